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
