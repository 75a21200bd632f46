import { expect } from '@open-wc/testing';
import { BUDGET_OPTIONS, BUILT_IN_QUESTION_IDS, RHYTHM_OPTIONS, VOCABULARY, type VocabularyField } from '../../src/core/vocabulary.js';
import { STRINGS, type Strings } from '../../src/i18n/index.js';
import { labelsInEveryLanguage, valueLabel } from '../../src/i18n/labels.js';

// The type check (tsc -p tsconfig.test.json) fails if a language may lack a word of the core's lists.
// @ts-expect-error a language without the label of every service does not compile
const lacking: Strings['vocabulary']['services'] = { information: 'Information' };
// @ts-expect-error nor one with a label for a value the core does not have
const extra: Strings['vocabulary']['family'] = { ...STRINGS.fr.vocabulary.family, sportif: 'Réseau sportif' };
// @ts-expect-error nor one without the texts of a built-in question
const noBudget: Strings['questions'] = { ...STRINGS.fr.questions, budget: undefined };
// Exported only so that they count as used: their types are the test.
export { lacking, extra, noBudget };

describe('the interface’s words for the core’s vocabulary', () => {
  for (const [lang, strings] of Object.entries(STRINGS)) {
    it(`${lang} has exactly one label for each value of each vocabulary, and the texts of each built-in question`, () => {
      for (const field of Object.keys(VOCABULARY) as VocabularyField[]) {
        expect(Object.keys(strings.vocabulary[field])).to.have.members([...VOCABULARY[field]]);
        for (const label of Object.values(strings.vocabulary[field])) expect(label).to.be.a('string').and.not.equal('');
      }
      expect(Object.keys(strings.questions)).to.have.members([...BUILT_IN_QUESTION_IDS]);
      expect(Object.keys(strings.rhythmOptions)).to.have.members([...RHYTHM_OPTIONS]);
      expect(Object.keys(strings.budgetOptions)).to.have.members(BUDGET_OPTIONS.map(([value]) => value));
    });
  }

  it('words a vocabulary value in the interface’s language, and any other value as it is', () => {
    expect(valueLabel('services', 'lobbying', 'fr')).to.equal('Représentation, lobbying');
    expect(valueLabel('services', 'lobbying', 'en')).to.equal('Representation, lobbying');
    expect(valueLabel('family', 'metier', 'en')).to.equal('Trade network');
    expect(valueLabel('services', 'mentorat', 'en')).to.equal('mentorat');
    expect(valueLabel('territories', 'Marseille', 'fr')).to.equal('Marseille');
    expect(valueLabel('services', 'constructor', 'fr')).to.equal('constructor');
    expect(valueLabel('toString', 'length', 'fr')).to.equal('length');
  });

  it('gives the search every language’s label of a value, and nothing for a value outside the vocabularies', () => {
    expect(labelsInEveryLanguage('family', 'metier')).to.have.members(['Réseau métier', 'Trade network']);
    expect(labelsInEveryLanguage('services', 'rencontres-informelles')).to.have.members(['Rencontres informelles', 'Informal meetups']);
    expect(labelsInEveryLanguage('services', 'mentorat')).to.deep.equal([]);
    expect(labelsInEveryLanguage('__proto__', 'constructor')).to.deep.equal([]);
  });
});
