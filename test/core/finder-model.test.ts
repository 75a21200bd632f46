import { expect } from '@open-wc/testing';
import { FinderModel } from '../../src/core/finder-model.js';
import { readDirectory } from '../../src/core/parse.js';
import type { Answers } from '../../src/core/types.js';
import { DOCUMENT, idsOf } from '../fixtures.js';

describe('FinderModel.evaluate', () => {
  const answers: Answers = { profil: ['tpe'] };
  /** A model whose search index is complete, as once the page has been idle. */
  function indexedModel(): FinderModel {
    const model = new FinderModel(readDirectory(DOCUMENT));
    while (!model.indexSome(() => true));
    return model;
  }

  it('gives back the list without a search at once when the search box is cleared', () => {
    const model = indexedModel();
    const before = model.evaluate(answers, '');
    const searched = model.evaluate(answers, 'marseille');
    expect(idsOf(searched.results)).not.to.deep.equal(idsOf(before.results));
    expect(model.evaluate(answers, '')).to.equal(before);
    expect(model.evaluate(answers, '   '), 'a blank search is no search').to.equal(before);
    expect(idsOf(model.evaluate(answers, '').results)).to.deep.equal(idsOf(indexedModel().evaluate(answers, '').results));
  });

  it('works the list out again for other answers or another place to measure from', () => {
    const model = indexedModel();
    const before = model.evaluate(answers, '');
    const otherAnswers = model.evaluate({ profil: ['pme'] }, '');
    expect(otherAnswers).not.to.equal(before);
    const near = { lat: 43.3, lon: 5.4 };
    const measured = model.evaluate(answers, '', near);
    expect(measured).not.to.equal(before);
    expect(model.evaluate(answers, '', near)).to.equal(measured);
  });
});
