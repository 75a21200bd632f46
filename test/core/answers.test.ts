import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { answerOf, cleanAnswers, stateKey, toggledAnswer, withAnswer } from '../../src/core/answers.js';
import type { Answers } from '../../src/core/types.js';

const MEMBER_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];
const questionId = fc.oneof(fc.constantFrom(...MEMBER_NAMES), fc.string({ maxLength: 6 }));

describe('answers', () => {
  it('reads only own keys: a question called "constructor" has no answer until given one', () => {
    expect(answerOf({}, 'constructor')).to.deep.equal([]);
    expect(answerOf({}, 'toString')).to.deep.equal([]);
    expect(answerOf(JSON.parse('{"__proto__": ["a"]}') as Answers, '__proto__')).to.deep.equal(['a']);
  });

  it('keeps lists of texts without repeats, drops the rest', () => {
    expect(cleanAnswers({ a: ['x', 'x', 3, 'y'], b: [], c: 'z', d: null })).to.deep.equal({ a: ['x', 'y'], c: ['z'] });
    expect(cleanAnswers(null)).to.deep.equal({});
    expect(cleanAnswers('famille')).to.deep.equal({});
  });

  it('stores "__proto__" as an answer, never as a prototype, for any answers given', () => {
    fc.assert(
      fc.property(
        fc.dictionary(questionId, fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 })),
        fc.array(fc.tuple(questionId, fc.array(fc.string(), { maxLength: 2 }))),
        (given, edits) => {
          // Through JSON, as a URL or a site would give them: "__proto__" is then an own key.
          const parsed = JSON.parse(JSON.stringify(given)) as Record<string, unknown>;
          let answers = cleanAnswers(parsed);
          for (const [id, values] of edits) answers = withAnswer(answers, id, values);
          expect(Object.getPrototypeOf(answers)).to.equal(Object.prototype);
          for (const [id, values] of Object.entries(answers)) {
            expect(Object.hasOwn(answers, id)).to.equal(true);
            expect(values.length).to.be.greaterThan(0);
            expect(new Set(values).size).to.equal(values.length);
          }
          const last = edits.at(-1);
          if (last) expect(answerOf(answers, last[0])).to.deep.equal([...new Set(last[1])]);
        },
      ),
    );
  });

  it('tells two states apart by their answers and query, and "a" from "a,b"', () => {
    expect(stateKey({ a: ['x'] }, '')).to.equal(stateKey({ a: ['x'] }, ''));
    expect(stateKey({ a: ['x', 'y'] }, '')).not.to.equal(stateKey({ a: ['x,y'] }, ''));
    expect(stateKey(JSON.parse('{"__proto__": ["x"]}') as Answers, '')).not.to.equal(stateKey({}, ''));
  });

  it('ticks and unticks checkboxes, keeps one radio, and clears a radio with "no preference"', () => {
    const checkboxes = { id: 'attentes', multiple: true };
    const radios = { id: 'budget', multiple: false };
    let answers = toggledAnswer({}, checkboxes, 'formation', true);
    answers = toggledAnswer(answers, checkboxes, 'information', true);
    expect(answers).to.deep.equal({ attentes: ['formation', 'information'] });
    answers = toggledAnswer(answers, checkboxes, 'formation', false);
    expect(answers).to.deep.equal({ attentes: ['information'] });
    answers = toggledAnswer(answers, radios, 'gratuit', true);
    answers = toggledAnswer(answers, radios, 'max-200', true);
    expect(answers).to.deep.equal({ attentes: ['information'], budget: ['max-200'] });
    answers = toggledAnswer(answers, radios, '', true);
    expect(answers).to.deep.equal({ attentes: ['information'] });
    expect(toggledAnswer(answers, { id: '__proto__', multiple: true }, 'x', true)).to.have.own.property('__proto__');
  });
});
