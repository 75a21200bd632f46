import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/core/problems.js';
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

/**
 * Every text a language can give: its strings, and what each of its functions says for counts of
 * 0, 1, 2 and 1 500 (and a fraction), for a text argument, and for every kind of problem. A
 * function's text arguments (a host, a name, a date) are given as plain words.
 */
function everyText(strings: Strings): [where: string, text: string][] {
  const texts: [string, string][] = [];
  const problems: Problem[] = [];
  for (const subject of ['network', 'question', 'document'] as const)
    for (const code of ['not-object', 'missing', 'unknown-family', 'wrong-type', 'not-text-list', 'duplicate-id'] as const)
      for (const expected of ['text', 'number', 'list', 'object', 'label', 'boolean', 'mode', 'options', 'position'] as const)
        problems.push({ subject, index: 16, id: 'club-x', field: 'family', code, expected, value: 'sport' });
  const samples = [0, 1, 2, 1500, 2.5, 'Arles', 'Aubagne', 'territories'];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') texts.push([where, value]);
    else if (typeof value === 'function') {
      const calls: unknown[][] = where.endsWith('problem') || where.endsWith('problemReason') ? problems.map((p) => [p]) : [];
      if (where.endsWith('shortlistEmail')) calls.push([['A', 'B'], '• A\n', 'exemple.fr/selection']);
      else if (!calls.length) for (const a of samples) for (const b of samples) calls.push([a, b, String(a)]);
      for (const args of calls) walk((value as (...args: unknown[]) => unknown)(...args), `${where}(${args.map(String).join(', ')})`);
    } else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`);
  };
  walk(strings, '');
  return texts.filter(([where]) => where !== '.locale');
}

/** Each text that breaks `rule`, once, with the first place that gives it, for a readable failure. */
const breaking = (strings: Strings, rule: RegExp) => [
  ...new Map(
    everyText(strings).flatMap(([where, text]) => (rule.test(text) ? [[text, `${where}: ${JSON.stringify(text)}`] as const] : [])),
  ).values(),
];

describe('the interface’s typography', () => {
  it('French: a no-break space before « : », « ; », « ! », « ? » and « » », and after « « », never a breaking one', () => {
    expect(breaking(STRINGS.fr, /[^\u00a0\u202f][:;!?»]|«[^\u00a0\u202f]/)).to.deep.equal([]);
  });

  it('French: numbers kept whole on a line: thousands grouped by a narrow no-break space, a unit or « n° » held to its number', () => {
    expect(breaking(STRINGS.fr, /\d[ ,.]\d{3}\b|\d (€|km)|n° \d/)).to.deep.equal([]);
  });

  it('French: one apostrophe throughout, the straight one of the data and the search', () => {
    expect(breaking(STRINGS.fr, /’/)).to.deep.equal([]);
  });

  it('English: no space before a colon, a semicolon, a question or exclamation mark, and no French quotation marks', () => {
    expect(breaking(STRINGS.en, /\s[:;!?]|[«»]/)).to.deep.equal([]);
  });

  it('English: one spelling of e-mail, as the field is called', () => {
    expect(STRINGS.en.fields.email).to.equal('Email');
    expect(breaking(STRINGS.en, /e-mail/i)).to.deep.equal([]);
  });

  it('French: one word for e-mail, as the field is called', () => {
    expect(STRINGS.fr.fields.email).to.equal('Courriel');
    expect(breaking(STRINGS.fr, /e-?mail/i)).to.deep.equal([]);
  });
});
