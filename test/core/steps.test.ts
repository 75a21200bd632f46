import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nextStep, previousStep, stepFromText, stepToText, validStep, type Step } from '../../src/core/steps.js';

describe('steps', () => {
  it('go from the first question to the last, then to the results, and stay there', () => {
    const visited: Step[] = [0];
    for (let i = 0; i < 4; i++) visited.push(nextStep(visited[visited.length - 1], 3));
    expect(visited).to.deep.equal([0, 1, 2, 'results', 'results']);
  });

  it('go back from the results to the last question, then one question at a time, and stay on the first', () => {
    const visited: Step[] = ['results'];
    for (let i = 0; i < 4; i++) visited.push(previousStep(visited[visited.length - 1], 3));
    expect(visited).to.deep.equal(['results', 2, 1, 0, 0]);
  });

  it('are only the results when there is no question', () => {
    expect([validStep(0, 0), nextStep(0, 0), previousStep('results', 0)]).to.deep.equal(['results', 'results', 'results']);
  });

  it('keep a step that exists, and bring one that does not within the questions', () => {
    expect([validStep(1, 3), validStep(3, 3), validStep(-2, 3), validStep(1.7, 3), validStep(Number.NaN, 3)]).to.deep.equal([
      1,
      'results',
      0,
      1,
      0,
    ]);
  });

  it('are written in the URL as the question number from 1, or "resultats", and read back the same', () => {
    expect([stepToText(0), stepToText(5), stepToText('results')]).to.deep.equal(['1', '6', 'resultats']);
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 99999 }), fc.constant('results' as const)), (step) => {
        expect(stepFromText(stepToText(step))).to.equal(step);
      }),
    );
  });

  it('read nothing from a text that is not a step', () => {
    for (const text of ['', '0', '-1', '1.5', 'abc', 'Resultats', '1e3', '01', '9999999', 'constructor']) {
      expect(stepFromText(text), text).to.equal(undefined);
    }
  });
});
