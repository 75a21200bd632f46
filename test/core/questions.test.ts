import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { builtInQuestions, fieldValues, resolveQuestions, valuesByFrequency } from '../../src/core/questions.js';
import type { DataQuestion, Network, ResolvedQuestion } from '../../src/core/types.js';
import { compareInFrench } from '../../src/core/text.js';
import { AUDIENCES, FAMILIES, SERVICES, vocabularyTerm } from '../../src/core/vocabulary.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { optionLabel, questionText } from '../../src/i18n/labels.js';
import { makeNetwork, NETWORKS } from '../fixtures.js';

const byId = (questions: readonly ResolvedQuestion[], id: string) => questions.find((q) => q.id === id)!;
const optionOf = (question: ResolvedQuestion, value: string) => question.options.find((o) => o.value === value)!;

describe('builtInQuestions', () => {
  const questions = builtInQuestions();

  it('asks the design’s six questions, in order', () => {
    expect(questions.map((q) => q.id)).to.deep.equal(['attentes', 'famille', 'profil', 'territoire', 'rythme', 'budget']);
  });

  const shapes: [string, string, boolean, 'filter' | 'prefer'][] = [
    ['attentes', 'services', true, 'prefer'],
    ['famille', 'family', true, 'filter'],
    ['profil', 'audience', true, 'prefer'],
    ['territoire', 'territories', true, 'filter'],
    ['rythme', 'meetingFrequency', false, 'prefer'],
    ['budget', 'feeBand', false, 'prefer'],
  ];
  for (const [id, field, multiple, mode] of shapes) {
    it(`asks \`${id}\` about \`${field}\`, ${multiple ? 'checkboxes' : 'radios'}, ${mode}`, () => {
      const question = questions.find((q) => q.id === id)!;
      expect(question.field).to.equal(field);
      expect(question.multiple).to.equal(multiple);
      expect(question.mode).to.equal(mode);
    });
  }

  it('labels and explains each question in French and English, in the interface’s words', () => {
    for (const question of resolveQuestions(questions, NETWORKS)) {
      const id = question.id as keyof typeof fr.questions;
      expect(question.builtIn).to.equal(true);
      expect([questionText(question, 'fr', 'label'), questionText(question, 'en', 'label')]).to.deep.equal([
        fr.questions[id].label,
        en.questions[id].label,
      ]);
      expect([questionText(question, 'fr', 'help'), questionText(question, 'en', 'help')]).to.deep.equal([
        fr.questions[id].help,
        en.questions[id].help,
      ]);
    }
  });

  it('takes its services, families and audiences from the core’s vocabulary, in its order', () => {
    const values = (id: string) => (questions.find((q) => q.id === id)!.options as { value: string }[]).map((o) => o.value);
    expect(values('attentes')).to.deep.equal([...SERVICES]);
    expect(values('famille')).to.deep.equal([...FAMILIES]);
    expect(values('profil')).to.deep.equal([...AUDIENCES]);
  });

  it('offers every service, every family and every audience of the design', () => {
    const values = (id: string) => (questions.find((q) => q.id === id)!.options as { value: string }[]).map((o) => o.value);
    expect(values('attentes')).to.have.members([
      'information',
      'partage-experiences',
      'carnet-adresses',
      'rencontres-affaires',
      'rencontres-informelles',
      'formation',
      'lobbying',
      'projets-cooperatifs',
      'services-externalises',
      'visibilite',
    ]);
    expect(values('famille')).to.deep.equal(['sectoriel', 'metier', 'territorial', 'thematique']);
    expect(values('profil')).to.have.members([
      'createur',
      'tpe',
      'pme',
      'eti',
      'femmes',
      'jeunes-dirigeants',
      'independants',
      'repreneurs',
    ]);
  });

  it('builds the territories from the data', () => {
    expect(questions.find((q) => q.id === 'territoire')!.options).to.equal('auto');
  });

  it('matches each commune with itself and with the whole département, and the département with itself only', () => {
    const territoire = byId(resolveQuestions(questions, NETWORKS), 'territoire');
    expect(optionOf(territoire, 'Marseille').matches).to.deep.equal(['Marseille', 'Bouches-du-Rhône']);
    expect(optionOf(territoire, 'Bouches-du-Rhône').matches).to.deep.equal(['Bouches-du-Rhône']);
    expect(optionLabel(optionOf(territoire, 'Marseille'), 'fr')).to.equal('Marseille');
    expect(optionLabel(optionOf(territoire, 'Marseille'), 'en')).to.equal('Marseille');
  });

  describe('rythme', () => {
    const rythme = byId(resolveQuestions(questions, []), 'rythme');

    it('offers yearly, quarterly, monthly and weekly', () => {
      expect(rythme.options.map((o) => o.value)).to.deep.equal(['annuelle', 'trimestrielle', 'mensuelle', 'hebdomadaire']);
    });

    it('labels its options with the question’s own words, not the rhythms’', () => {
      expect(optionLabel(optionOf(rythme, 'mensuelle'), 'fr')).to.equal('Une fois par mois');
      expect(optionLabel(optionOf(rythme, 'mensuelle'), 'en')).to.equal(en.rhythmOptions.mensuelle);
      expect(fr.vocabulary.meetingFrequency.mensuelle).to.not.equal('Une fois par mois');
    });

    const rhythmRule: [string, string[]][] = [
      ['hebdomadaire', ['hebdomadaire', 'mensuelle', 'trimestrielle', 'semestrielle', 'annuelle', 'ponctuelle']],
      ['mensuelle', ['mensuelle', 'trimestrielle', 'semestrielle', 'annuelle', 'ponctuelle']],
      ['trimestrielle', ['trimestrielle', 'semestrielle', 'annuelle', 'ponctuelle']],
      ['annuelle', ['annuelle', 'ponctuelle']],
    ];
    for (const [value, matches] of rhythmRule) {
      it(`"${value}" matches that rhythm and every rarer one`, () => {
        expect(optionOf(rythme, value).matches).to.deep.equal(matches);
      });
    }

    it('"mensuelle" does not match a network that meets every week', () => {
      expect(optionOf(rythme, 'mensuelle').matches).not.to.include('hebdomadaire');
    });
  });

  describe('budget', () => {
    const budget = byId(resolveQuestions(questions, []), 'budget');

    const budgetRule: [string, string[]][] = [
      ['gratuit', ['gratuit']],
      ['max-200', ['gratuit', 'moins-200']],
      ['max-500', ['gratuit', 'moins-200', '200-500']],
      ['max-1000', ['gratuit', 'moins-200', '200-500', '500-1000']],
      ['any', ['gratuit', 'moins-200', '200-500', '500-1000', 'plus-1000']],
    ];
    for (const [value, matches] of budgetRule) {
      it(`"${value}" matches the fee bands ${matches.join(', ')}`, () => {
        expect(optionOf(budget, value).matches).to.deep.equal(matches);
      });
    }

    it('labels its options in both languages', () => {
      expect(optionLabel(optionOf(budget, 'max-200'), 'fr')).to.equal("Jusqu'à 200\u00a0€");
      expect(optionLabel(optionOf(budget, 'max-200'), 'en')).to.equal('Up to €200');
    });
  });
});

describe('fieldValues', () => {
  const cases: [string, unknown, string[]][] = [
    ['a list', ['BTP', 'Numérique'], ['BTP', 'Numérique']],
    ['one text, as a list of one', 'mensuelle', ['mensuelle']],
    ['an empty text, as nothing', '', []],
    ['absent, as nothing', undefined, []],
    ['a number, as its text', 1946, ['1946']],
    ['an object, as nothing', { a: 1 }, []],
  ];
  for (const [what, value, expected] of cases) {
    it(`reads ${what}`, () => {
      expect(fieldValues(makeNetwork('x', { field: value }), 'field')).to.deep.equal(expected);
    });
  }
});

describe('valuesByFrequency', () => {
  it('lists the values present, most frequent first', () => {
    const networks = [
      makeNetwork('a', { territories: ['Marseille', 'Aubagne'] }),
      makeNetwork('b', { territories: ['Marseille'] }),
      makeNetwork('c', { territories: ['Aubagne', 'Marseille'] }),
      makeNetwork('d', { territories: ['Zénith'] }),
      makeNetwork('e'),
    ];
    expect(valuesByFrequency(networks, 'territories')).to.deep.equal(['Marseille', 'Aubagne', 'Zénith']);
  });

  it('counts a value once per network even when the network repeats it', () => {
    const networks = [makeNetwork('a', { tags: ['x', 'x', 'x'] }), makeNetwork('b', { tags: ['y'] }), makeNetwork('c', { tags: ['y'] })];
    expect(valuesByFrequency(networks, 'tags')).to.deep.equal(['y', 'x']);
  });

  it('counts as fieldValues reads: each value once per network, whatever the field holds', () => {
    const word = fc.constantFrom('Aix', 'aix', 'Arles', '', 'constructor', '__proto__', 'Éoures', '3');
    const fieldValue = fc.oneof(
      word,
      fc.integer({ min: 0, max: 5 }),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.oneof(word, fc.integer({ min: 0, max: 3 }), fc.constant(null)), { maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(fc.option(fieldValue, { nil: undefined }), { maxLength: 30 }), (values) => {
        const networks = values.map((value, i) =>
          makeNetwork(`n${i}`, value === undefined ? {} : ({ territories: value } as Partial<Network>)),
        );
        const counts = new Map<string, number>();
        for (const network of networks)
          for (const value of new Set(fieldValues(network, 'territories'))) counts.set(value, (counts.get(value) ?? 0) + 1);
        // The reference: most frequent first, ties in French collation, then in the order first met.
        const expected = [...counts]
          .sort(([a, countOfA], [b, countOfB]) => countOfB - countOfA || compareInFrench(a, b))
          .map(([value]) => value);
        expect(valuesByFrequency(networks, 'territories')).to.deep.equal(expected);
      }),
    );
  });

  it('breaks ties in French collation: accented capitals sort with their letter', () => {
    const networks = ['Zélande', 'Étang-des-Aulnes', 'Aubagne', 'eguilles', 'Éoures'].map((place, i) =>
      makeNetwork(`n${i}`, { territories: [place] }),
    );
    expect(valuesByFrequency(networks, 'territories')).to.deep.equal(['Aubagne', 'eguilles', 'Éoures', 'Étang-des-Aulnes', 'Zélande']);
  });
});

describe('vocabularyTerm', () => {
  it('names a known value of a field that has a vocabulary', () => {
    expect(vocabularyTerm('services', 'lobbying')).to.deep.equal({ field: 'services', value: 'lobbying' });
    expect(vocabularyTerm('feeBand', '200-500')).to.deep.equal({ field: 'feeBand', value: '200-500' });
  });

  it('gives nothing for a value or a field outside the vocabularies', () => {
    expect(vocabularyTerm('services', 'mentorat')).to.equal(undefined);
    expect(vocabularyTerm('territories', 'Marseille')).to.equal(undefined);
    expect(vocabularyTerm('services', 'constructor')).to.equal(undefined);
    expect(vocabularyTerm('constructor', 'name')).to.equal(undefined);
    expect(vocabularyTerm('toString', 'length')).to.equal(undefined);
    expect(vocabularyTerm('__proto__', 'length')).to.equal(undefined);
  });
});

describe('resolveQuestions', () => {
  const question = (fields: Partial<DataQuestion>): DataQuestion => ({
    id: 'q',
    field: 'territories',
    label: 'Où ?',
    multiple: true,
    mode: 'filter',
    options: 'auto',
    ...fields,
  });

  it('builds auto options from the data, most frequent first, ties in French collation', () => {
    const networks = [
      makeNetwork('a', { territories: ['Marseille', 'Étang'] }),
      makeNetwork('b', { territories: ['Zone', 'Marseille'] }),
      makeNetwork('c', { territories: ['Aix', 'Étang', 'Marseille'] }),
      makeNetwork('d', { territories: ['Zone'] }),
      makeNetwork('e', { territories: ['Berre'] }),
    ];
    const [resolved] = resolveQuestions([question({})], networks);
    expect(resolved.options.map((o) => o.value)).to.deep.equal(['Marseille', 'Étang', 'Zone', 'Aix', 'Berre']);
  });

  it('orders the fixture’s territories, each present once, alphabetically in French', () => {
    const [resolved] = resolveQuestions([question({})], NETWORKS);
    expect(resolved.options.map((o) => o.value)).to.deep.equal([
      'Aix-en-Provence',
      'Arles',
      'Aubagne',
      'Bouches-du-Rhône',
      'La Ciotat',
      'Marseille',
      'Tarascon',
    ]);
  });

  it('labels an auto option by its value, and it matches that value', () => {
    const [resolved] = resolveQuestions([question({})], [makeNetwork('a', { territories: ['Arles'] })]);
    expect(resolved.options).to.deep.equal([{ value: 'Arles', matches: ['Arles'] }]);
    expect(optionLabel(resolved.options[0], 'fr')).to.equal('Arles');
  });

  it('labels known vocabulary values from the design, in both languages, even for auto options', () => {
    const [resolved] = resolveQuestions([question({ field: 'family' })], NETWORKS);
    expect(resolved.options.map((o) => o.value)).to.deep.equal(['sectoriel', 'metier', 'territorial', 'thematique']);
    expect(resolved.options[0].term).to.deep.equal({ field: 'family', value: 'sectoriel' });
    expect(optionLabel(resolved.options[0], 'fr')).to.equal('Réseau sectoriel');
    expect(optionLabel(resolved.options[0], 'en')).to.equal('Sector network');
  });

  it('keeps the labels and matches the document gives, and fills in the rest', () => {
    const [resolved] = resolveQuestions(
      [
        question({
          field: 'services',
          options: [
            { value: 'apprendre', label: 'Apprendre', matches: ['formation', 'information'] },
            { value: 'formation' },
            { value: 'mentorat' },
          ],
        }),
      ],
      [],
    );
    expect(resolved.options).to.deep.equal([
      { value: 'apprendre', label: 'Apprendre', matches: ['formation', 'information'] },
      { value: 'formation', term: { field: 'services', value: 'formation' }, matches: ['formation'] },
      { value: 'mentorat', matches: ['mentorat'] },
    ]);
    expect(resolved.options.map((option) => optionLabel(option, 'en'))).to.deep.equal(['Apprendre', 'Training', 'mentorat']);
  });

  it('labels an option by its value when the question’s field shares a name with an Object method', () => {
    const [resolved] = resolveQuestions([question({ field: 'constructor', options: [{ value: 'name' }] })], []);
    expect(resolved.options[0].term).to.equal(undefined);
    expect(optionLabel(resolved.options[0], 'fr')).to.equal('name');
  });

  it('gives an auto question no options when no network has a value for its field', () => {
    const [resolved] = resolveQuestions([question({ field: 'sectors' })], [makeNetwork('a')]);
    expect(resolved.options).to.deep.equal([]);
  });

  it('keeps every other property of the question', () => {
    const [resolved] = resolveQuestions([question({ help: 'Aide', multiple: false })], []);
    expect(resolved).to.include({ id: 'q', field: 'territories', label: 'Où ?', help: 'Aide', multiple: false, mode: 'filter' });
  });
});
