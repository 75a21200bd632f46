import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LONG_LIST, SHORT_LIST, shownOptions } from '../../src/core/option-list.js';

const COMMUNES = [
  'Marseille',
  'Aix-en-Provence',
  'Arles',
  'Aubagne',
  'Martigues',
  'Salon-de-Provence',
  'Istres',
  'Vitrolles',
  'Marignane',
  'La Ciotat',
  'Châteaurenard',
  'Tarascon',
  'Gardanne',
  'Miramas',
];
const none = COMMUNES.map(() => false);

describe('shownOptions', () => {
  it(`shows every option of a question of ${LONG_LIST} options or fewer, in order`, () => {
    const labels = COMMUNES.slice(0, LONG_LIST);
    expect(
      shownOptions(
        labels,
        labels.map(() => false),
        { filter: 'zzz', expanded: false },
      ),
    ).to.deep.equal({ shown: labels.map((_, i) => i), hidden: 0 });
  });

  it(`shows ${SHORT_LIST} options of a longer one, the most frequent first, and how many others there are`, () => {
    expect(shownOptions(COMMUNES, none, undefined)).to.deep.equal({ shown: [0, 1, 2, 3, 4, 5, 6, 7], hidden: 6 });
  });

  it('puts the selected options first, all of them, however many', () => {
    const selected = COMMUNES.map((_, i) => i === 12 || i === 10);
    expect(shownOptions(COMMUNES, selected, undefined).shown.slice(0, 3)).to.deep.equal([10, 12, 0]);
    const many = COMMUNES.map((_, i) => i >= 4);
    const { shown, hidden } = shownOptions(COMMUNES, many, undefined);
    expect(shown).to.deep.equal([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(hidden).to.equal(4);
  });

  it('filters by label, accents and case ignored: "chateau" finds Châteaurenard', () => {
    expect(shownOptions(COMMUNES, none, { filter: 'chateau', expanded: false })).to.deep.equal({ shown: [10], hidden: 0 });
    expect(shownOptions(COMMUNES, none, { filter: ' PROVENCE ', expanded: false }).shown).to.deep.equal([1, 5]);
    expect(shownOptions(COMMUNES, none, { filter: 'mar', expanded: false }).shown).to.deep.equal([0, 4, 8]);
  });

  it('shows the places nearest first when distances are measured, the options without one after them, in order', () => {
    // Marseille, Aix, Arles, Aubagne, ... each with its distance in km from Aubagne; Tarascon (11) unknown.
    const km = [16, 28, 87, 0, 44, 50, 57, 38, 33, 13, 12, undefined, 36, 61];
    const distances = COMMUNES.map((_, i) => km[i]);
    expect(shownOptions(COMMUNES, none, undefined, distances)).to.deep.equal({ shown: [3, 10, 9, 0, 1, 8, 12, 7], hidden: 6 });
    const all = shownOptions(COMMUNES, none, { filter: '', expanded: true }, distances).shown;
    expect(all.slice(-3), 'the farthest, then the one without a distance').to.deep.equal([13, 2, 11]);
    expect(shownOptions(COMMUNES, none, { filter: 'mar', expanded: false }, distances).shown, 'filtered').to.deep.equal([0, 8, 4]);
    const selected = COMMUNES.map((_, i) => i === 2 || i === 0);
    expect(shownOptions(COMMUNES, selected, undefined, distances).shown.slice(0, 4), 'the selected first, in order').to.deep.equal([
      0, 2, 3, 10,
    ]);
  });

  it('never loses or repeats an option when ordered by distance, and puts a nearer one first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }), { minLength: LONG_LIST + 1, maxLength: 40 }),
        fc.boolean(),
        (distances, expanded) => {
          const labels = distances.map((_, i) => `Commune ${i}`);
          const { shown, hidden } = shownOptions(
            labels,
            labels.map(() => false),
            { filter: '', expanded },
            distances,
          );
          expect(new Set(shown).size).to.equal(shown.length);
          expect(shown.length + hidden).to.equal(labels.length);
          const far = (i: number) => distances[i] ?? Infinity;
          for (let k = 1; k < shown.length; k++) expect(far(shown[k - 1])).to.be.at.most(far(shown[k]));
        },
      ),
    );
  });

  it('shows every option once expanded', () => {
    expect(shownOptions(COMMUNES, none, { filter: '', expanded: true })).to.deep.equal({ shown: COMMUNES.map((_, i) => i), hidden: 0 });
  });

  it('never loses or repeats an option: shown and hidden make the whole list, without a filter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 0, maxLength: 40 }),
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.boolean(),
        (labels, flags, expanded) => {
          const selected = labels.map((_, i) => flags[i] ?? false);
          const { shown, hidden } = shownOptions(labels, selected, { filter: '', expanded });
          expect(new Set(shown).size).to.equal(shown.length);
          expect(shown.length + hidden).to.equal(labels.length);
          for (let i = 0; i < labels.length; i++) if (selected[i]) expect(shown).to.include(i);
        },
      ),
    );
  });

  it('shows every selected option even when all are selected', () => {
    expect(
      shownOptions(
        COMMUNES,
        COMMUNES.map(() => true),
        undefined,
      ),
    ).to.deep.equal({ shown: COMMUNES.map((_, i) => i), hidden: 0 });
  });
});
