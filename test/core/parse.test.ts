import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkNetworkFully,
  DirectoryError,
  isInCheckedForm,
  LIST_FIELDS,
  NUMBER_FIELDS,
  TEXT_FIELDS,
  parseDirectory,
  readDirectory,
} from '../../src/core/parse.js';
import type { Problem } from '../../src/core/problems.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { DOCUMENT, french, idsOf, NETWORKS } from '../fixtures.js';

/** What `readDirectory` throws, or a failure when it does not throw. */
function errorOf(read: () => unknown): DirectoryError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(DirectoryError);
    return error as DirectoryError;
  }
  expect.fail('expected a DirectoryError');
}

/** Problems as a host page or a log would see them, serialised: fields left undefined do not show. */
const reported = (problems: Problem[]): Problem[] => JSON.parse(JSON.stringify(problems)) as Problem[];

const good = (id: string) => ({ id, name: `Réseau ${id}`, family: 'metier' });

/** Reads one record between two good ones, as a data keeper's list would hold it. */
const readBetween = (record: unknown) => readDirectory([good('avant'), record, good('apres')]);

describe('readDirectory', () => {
  describe('the document', () => {
    it('reads a bare array as the networks list, with no title and the built-in questionnaire', () => {
      const directory = readDirectory(NETWORKS);
      expect(idsOf(directory.networks)).to.deep.equal(idsOf(NETWORKS));
      expect(directory.title).to.equal(undefined);
      expect(directory.questions).to.equal(undefined);
      expect(directory.skipped).to.equal(0);
      expect(reported(directory.problems)).to.deep.equal([]);
    });

    it('reads a format 1 document: title, update date and networks in order', () => {
      const directory = readDirectory(DOCUMENT);
      expect(directory.title).to.deep.equal({ fr: 'Réseaux de test', en: 'Test networks' });
      expect(directory.updated).to.equal('2026-11-01');
      expect(idsOf(directory.networks)).to.deep.equal(idsOf(NETWORKS));
      expect(directory.networks[0]).to.deep.equal(NETWORKS[0]);
    });

    it('reads a document without a format, or with a null one, as format 1', () => {
      expect(readDirectory({ networks: [good('a')] }).networks).to.have.length(1);
      expect(readDirectory({ format: null, networks: [good('a')] }).networks).to.have.length(1);
    });

    it('throws a `parse` error for text that is not JSON', () => {
      for (const text of ['', '<html>Not found</html>', '{"networks": [', '{ networks: [] }']) {
        const error = errorOf(() => parseDirectory(text));
        expect(error.kind, text).to.equal('parse');
        expect(error.name).to.equal('DirectoryError');
      }
    });

    it('parses JSON text the same way as the document itself', () => {
      expect(parseDirectory(JSON.stringify(DOCUMENT))).to.deep.equal(readDirectory(DOCUMENT));
    });

    const notDirectories: [string, unknown][] = [
      ['null', null],
      ['a number', 42],
      ['a string', 'réseaux'],
      ['an object with no networks', { title: 'Réseaux' }],
      ['networks that are an object', { networks: { a: good('a') } }],
      ['networks that are a string', { networks: 'a, b' }],
    ];
    for (const [what, document] of notDirectories) {
      it(`throws a \`format\` error for ${what}`, () => {
        const error = errorOf(() => readDirectory(document));
        expect(error.kind).to.equal('format');
        expect(error.details.format).to.equal(undefined);
      });
    }

    it('throws a `format` error naming the format for a document of a later format', () => {
      const error = errorOf(() => readDirectory({ format: 2, networks: [good('a')] }));
      expect(error.kind).to.equal('format');
      expect(error.details.format).to.equal('2');
      expect(error.message).to.contain('2');
    });

    it('ignores a title of the wrong type, says so, and loads the networks', () => {
      const directory = readDirectory({ title: 42, networks: [good('a')] });
      expect(directory.title).to.equal(undefined);
      expect(directory.networks).to.have.length(1);
      expect(directory.skipped).to.equal(0);
      expect(reported(directory.problems)).to.deep.equal([
        { subject: 'document', index: 0, field: 'title', code: 'wrong-type', expected: 'label' },
      ]);
    });
  });

  describe('places and feedback (since 2.0)', () => {
    it('reads places into a Map of positions, a place named like an Object member too', () => {
      const directory = readDirectory({
        places: { Arles: { lat: 43.68, lon: 4.63, note: 'centre' }, constructor: { lat: 1, lon: 2 } },
        networks: [good('a')],
      });
      expect([...(directory.places ?? [])]).to.deep.equal([
        ['Arles', { lat: 43.68, lon: 4.63 }],
        ['constructor', { lat: 1, lon: 2 }],
      ]);
      expect(directory.problems).to.deep.equal([]);
    });

    it('leaves out a place whose position is not one, says which, and keeps the others', () => {
      const directory = readDirectory({
        places: { Arles: { lat: 43.68, lon: 4.63 }, Nulle: { lat: 95, lon: 4 }, Texte: '43,5', Vide: { lat: 1 } },
        networks: [good('a')],
      });
      expect([...(directory.places?.keys() ?? [])]).to.deep.equal(['Arles']);
      expect(reported(directory.problems).map((problem) => problem.field)).to.deep.equal(['places.Nulle', 'places.Texte', 'places.Vide']);
      expect(fr.problem(directory.problems[0])).to.equal(
        french(
          'Champ « places.Nulle » du document ignoré : doit être une position { lat, lon } (latitude de -90 à 90, longitude de -180 à 180).',
        ),
      );
    });

    it('ignores places that are not an object, and feedback that is not a text, saying so', () => {
      const directory = readDirectory({ places: ['Arles'], feedback: 42, networks: [good('a')] });
      expect(directory.places).to.equal(undefined);
      expect(directory.feedback).to.equal(undefined);
      expect(reported(directory.problems).map((problem) => [problem.field, problem.expected])).to.deep.equal([
        ['feedback', 'text'],
        ['places', 'object'],
      ]);
    });

    it('reads feedback, and a network’s contact.joinUrl', () => {
      const directory = readDirectory({
        feedback: 'mailto:reseaux@cci.example',
        networks: [{ ...good('a'), contact: { joinUrl: 'https://a.example/visite' } }],
      });
      expect(directory.feedback).to.equal('mailto:reseaux@cci.example');
      expect(directory.networks[0].contact).to.deep.equal({ joinUrl: 'https://a.example/visite' });
    });
  });

  describe('network records', () => {
    const skipRules: [string, unknown, Omit<Problem, 'subject' | 'index'>][] = [
      ['a string', 'CPME 13', { code: 'not-object' }],
      ['a number', 13, { code: 'not-object' }],
      ['null', null, { code: 'not-object' }],
      ['an array', [good('x')], { code: 'not-object' }],
      ['a record with no id', { name: 'Sans id', family: 'metier' }, { field: 'id', code: 'missing' }],
      ['a record with an empty id', { id: '', name: 'Sans id', family: 'metier' }, { field: 'id', code: 'missing' }],
      ['a record with a numeric id', { id: 7, name: 'Sept', family: 'metier' }, { field: 'id', code: 'wrong-type', expected: 'text' }],
      ['a record with an empty name', { id: 'x', name: '', family: 'metier' }, { id: 'x', field: 'name', code: 'missing' }],
      ['a record with a null name', { id: 'x', name: null, family: 'metier' }, { id: 'x', field: 'name', code: 'missing' }],
      // A name of spaces would be a result with no name to read, for the eye or a screen reader.
      ['a record whose id is only spaces', { id: '  ', name: 'Blanc', family: 'metier' }, { field: 'id', code: 'missing' }],
      [
        'a record whose name is only white space',
        { id: 'x', name: ' \u00a0\t\n', family: 'metier' },
        { id: 'x', field: 'name', code: 'missing' },
      ],
      ['a record with no family', { id: 'x', name: 'X' }, { id: 'x', field: 'family', code: 'missing' }],
      [
        'a record with an unknown family',
        { id: 'x', name: 'X', family: 'associatif' },
        { id: 'x', field: 'family', code: 'unknown-family', value: 'associatif' },
      ],
      ['a summary that is a number', { ...good('x'), summary: 12 }, { id: 'x', field: 'summary', code: 'wrong-type', expected: 'text' }],
      [
        'a description that is a list',
        { ...good('x'), description: ['a', 'b'] },
        { id: 'x', field: 'description', code: 'wrong-type', expected: 'text' },
      ],
      [
        'an update date that is a number',
        { ...good('x'), updated: 20261101 },
        { id: 'x', field: 'updated', code: 'wrong-type', expected: 'text' },
      ],
      ['members given as text', { ...good('x'), members: '1200' }, { id: 'x', field: 'members', code: 'wrong-type', expected: 'number' }],
      [
        'a founding year that is a boolean',
        { ...good('x'), founded: true },
        { id: 'x', field: 'founded', code: 'wrong-type', expected: 'number' },
      ],
      [
        'sectors that are an object',
        { ...good('x'), sectors: { BTP: true } },
        { id: 'x', field: 'sectors', code: 'wrong-type', expected: 'list' },
      ],
      ['services that are a number', { ...good('x'), services: 3 }, { id: 'x', field: 'services', code: 'wrong-type', expected: 'list' }],
      ['tags holding a number', { ...good('x'), tags: ['tech', 3] }, { id: 'x', field: 'tags', code: 'not-text-list' }],
      ['an audience holding null', { ...good('x'), audience: ['tpe', null] }, { id: 'x', field: 'audience', code: 'not-text-list' }],
      [
        'a contact that is a string',
        { ...good('x'), contact: 'contact@x.fr' },
        { id: 'x', field: 'contact', code: 'wrong-type', expected: 'object' },
      ],
      [
        'a contact e-mail that is a number',
        { ...good('x'), contact: { email: 3 } },
        { id: 'x', field: 'contact.email', code: 'wrong-type', expected: 'text' },
      ],
      ['a geo that is a pair', { ...good('x'), geo: [43.3, 5.4] }, { id: 'x', field: 'geo', code: 'wrong-type', expected: 'object' }],
      [
        'a latitude given as text',
        { ...good('x'), geo: { lat: '43.3', lon: 5.4 } },
        { id: 'x', field: 'geo.lat', code: 'wrong-type', expected: 'number' },
      ],
      ['a geo with no longitude', { ...good('x'), geo: { lat: 43.3 } }, { id: 'x', field: 'geo.lon', code: 'missing' }],
    ];
    for (const [what, record, problem] of skipRules) {
      it(`skips ${what}, loads the rest and reports which record and field`, () => {
        const directory = readBetween(record);
        expect(idsOf(directory.networks)).to.deep.equal(['avant', 'apres']);
        expect(directory.skipped).to.equal(1);
        expect(reported(directory.problems)).to.deep.equal([{ subject: 'network', index: 1, ...problem }]);
      });
    }

    it('keeps the first of records sharing an id and reports the later ones as duplicates', () => {
      const directory = readDirectory([
        { id: 'cpme', name: 'La première', family: 'sectoriel' },
        good('autre'),
        { id: 'cpme', name: 'La seconde', family: 'metier' },
        { id: 'cpme', name: 'La troisième', family: 'metier' },
      ]);
      expect(directory.networks.map((n) => n.name)).to.deep.equal(['La première', 'Réseau autre']);
      expect(directory.skipped).to.equal(2);
      expect(reported(directory.problems)).to.deep.equal([
        { subject: 'network', index: 2, id: 'cpme', field: 'id', code: 'duplicate-id' },
        { subject: 'network', index: 3, id: 'cpme', field: 'id', code: 'duplicate-id' },
      ]);
    });

    it('loads a later record whose id was only used by a skipped one', () => {
      const directory = readDirectory([
        { id: 'cpme', name: '', family: 'sectoriel' },
        { id: 'cpme', name: 'CPME', family: 'sectoriel' },
      ]);
      expect(directory.networks.map((n) => n.name)).to.deep.equal(['CPME']);
      expect(directory.skipped).to.equal(1);
    });

    it('reads a list field given as one string as a list of one', () => {
      const [network] = readDirectory([
        { ...good('x'), sectors: 'BTP', territories: 'Marseille', services: 'formation', audience: 'tpe', tags: 'artisanat' },
      ]).networks;
      expect(network.sectors).to.deep.equal(['BTP']);
      expect(network.territories).to.deep.equal(['Marseille']);
      expect(network.services).to.deep.equal(['formation']);
      expect(network.audience).to.deep.equal(['tpe']);
      expect(network.tags).to.deep.equal(['artisanat']);
    });

    it('reads null, empty text and empty lists as absent, without skipping the record', () => {
      const directory = readDirectory([
        {
          ...good('x'),
          summary: null,
          description: '',
          sectors: null,
          territories: [],
          services: '',
          members: null,
          meetingFrequency: null,
          contact: null,
          geo: null,
          updated: '',
        },
      ]);
      expect(directory.skipped).to.equal(0);
      expect(directory.networks[0]).to.deep.equal({ id: 'x', name: 'Réseau x', family: 'metier' });
    });

    it('keeps only the contact details that are given, and drops a contact with none', () => {
      const [withSome, withNone] = readDirectory([
        { ...good('a'), contact: { website: 'www.a.fr', email: null, phone: '', address: '1 rue A' } },
        { ...good('b'), contact: { email: null } },
      ]).networks;
      expect(withSome.contact).to.deep.equal({ website: 'www.a.fr', address: '1 rue A' });
      expect(withNone).not.to.have.property('contact');
    });

    it('keeps unknown extra fields as they are', () => {
      const [network] = readDirectory([{ ...good('x'), source: 'CCI', rating: 4, extra: { a: [1] } }]).networks;
      expect(network.source).to.equal('CCI');
      expect(network.rating).to.equal(4);
      expect(network.extra).to.deep.equal({ a: [1] });
    });

    it('keeps vocabulary values outside the design’s lists', () => {
      const [network] = readDirectory([
        {
          ...good('x'),
          services: ['mentorat', 'formation'],
          audience: ['artisans'],
          meetingFrequency: 'bimensuelle',
          feeBand: '1000-2000',
        },
      ]).networks;
      expect(network.services).to.deep.equal(['mentorat', 'formation']);
      expect(network.audience).to.deep.equal(['artisans']);
      expect(network.meetingFrequency).to.equal('bimensuelle');
      expect(network.feeBand).to.equal('1000-2000');
    });

    it('does not change the document it reads', () => {
      const document = { networks: [{ ...good('x'), sectors: 'BTP', summary: null }] };
      const copy = structuredClone(document);
      readDirectory(document);
      expect(document).to.deep.equal(copy);
    });

    it('loads a record already in its checked form as it is, and a copy of one it had to change', () => {
      const clean = { ...good('clean'), sectors: ['BTP'], contact: { email: 'a@b.fr' }, geo: { lat: 43.3, lon: 5.4 }, extra: 1 };
      const untidy = { ...good('untidy'), sectors: 'BTP', summary: null, contact: { email: 'a@b.fr', phone: '' } };
      const [first, second] = readDirectory({ networks: [clean, untidy] }).networks;
      expect(first).to.equal(clean);
      expect(second).to.not.equal(untidy);
      expect(second).to.deep.include({ sectors: ['BTP'], contact: { email: 'a@b.fr' } });
      expect(second).to.not.have.property('summary');
    });

    it('takes a record as it is exactly when the full check would leave it as it is', () => {
      const anyValue = fc.constantFrom<unknown>(
        undefined,
        null,
        '',
        'x',
        'sectoriel',
        'inconnue',
        0,
        -5,
        1.5,
        NaN,
        Infinity,
        true,
        [],
        ['x'],
        ['x', 'y'],
        [1],
        ['x', null],
        {},
        { email: 'a@b.fr' },
        { email: '' },
        { email: null },
        { email: 'a@b.fr', other: 'x' },
        { email: 1 },
        { email: 'a@b.fr', phone: undefined },
        { lat: 43.3, lon: 5.4 },
        { lat: 43.3 },
        { lat: '43', lon: 5 },
        { lat: 1, lon: 2, alt: 3 },
        { lat: NaN, lon: 2 },
      );
      const checkedValues: [readonly string[], unknown[]][] = [
        [
          ['id', 'name', ...TEXT_FIELDS],
          ['x', 'Réseau'],
        ],
        [['family'], ['sectoriel', 'thematique']],
        [LIST_FIELDS, [['x'], ['x', 'y']]],
        [NUMBER_FIELDS, [0, -5, 1.5]],
        [['contact'], [{ email: 'a@b.fr' }, { email: 'a@b.fr', website: 'https://a.fr' }]],
        [['geo'], [{ lat: 43.3, lon: 5.4 }]],
      ];
      // Each field nearly always in its checked form, so that one odd value decides.
      const fieldValue = (checked: unknown[]) =>
        fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...checked) }, { weight: 1, arbitrary: anyValue });
      const record = fc.record(
        Object.fromEntries([
          ...checkedValues.flatMap(([keys, checked]) => keys.map((key) => [key, fieldValue(checked)] as const)),
          ['extra', anyValue],
        ]),
        { requiredKeys: ['id', 'name', 'family'] },
      );
      let takenAsItIs = 0;
      fc.assert(
        fc.property(record, (raw) => {
          let checked: unknown;
          try {
            checked = checkNetworkFully(raw);
          } catch {
            checked = undefined;
          }
          expect(isInCheckedForm(raw), JSON.stringify(raw)).to.equal(checked === raw);
          if (checked === raw) takenAsItIs++;
        }),
        { numRuns: 3000 },
      );
      expect(takenAsItIs).to.be.within(300, 2700);
    });

    it('counts every record either as loaded or as skipped with one problem', () => {
      const record = fc.oneof(
        fc.constant(good('a')),
        fc.constant(good('b')),
        fc.constant({ id: 'c', name: 'C', family: 'inconnue' }),
        fc.constant({ id: 'd', name: '' }),
        fc.constant('texte'),
        fc.record({
          id: fc.constantFrom('a', 'e'),
          name: fc.constant('E'),
          family: fc.constant('territorial'),
          tags: fc.constantFrom(['x'], [1], 'x', null),
        }),
      );
      fc.assert(
        fc.property(fc.array(record, { maxLength: 12 }), (records) => {
          const directory = readDirectory(records);
          expect(directory.networks.length + directory.skipped).to.equal(records.length);
          expect(directory.problems).to.have.length(directory.skipped);
          expect(new Set(idsOf(directory.networks)).size).to.equal(directory.networks.length);
        }),
      );
    });
  });

  describe('questions', () => {
    const question = {
      id: 'budget',
      field: 'feeBand',
      label: { fr: 'Quel budget ?', en: 'What budget?' },
      options: [{ value: 'gratuit' }],
    };

    it('reads a question, with `multiple` defaulting to true and `mode` to prefer', () => {
      const { questions } = readDirectory({ questions: [question], networks: [] });
      expect(questions).to.deep.equal([{ ...question, multiple: true, mode: 'prefer' }]);
    });

    it('keeps help, `multiple: false`, `mode: filter`, option labels and matches', () => {
      const { questions } = readDirectory({
        questions: [
          {
            ...question,
            help: 'Cotisation annuelle',
            multiple: false,
            mode: 'filter',
            options: [
              { value: 'max-200', label: { fr: "Jusqu'à 200 €", en: 'Up to €200' }, matches: ['gratuit', 'moins-200'] },
              { value: 'gratuit', label: 'Gratuit', matches: 'gratuit' },
            ],
          },
        ],
        networks: [],
      });
      expect(questions![0]).to.deep.equal({
        id: 'budget',
        field: 'feeBand',
        label: { fr: 'Quel budget ?', en: 'What budget?' },
        help: 'Cotisation annuelle',
        multiple: false,
        mode: 'filter',
        options: [
          { value: 'max-200', label: { fr: "Jusqu'à 200 €", en: 'Up to €200' }, matches: ['gratuit', 'moins-200'] },
          { value: 'gratuit', label: 'Gratuit', matches: ['gratuit'] },
        ],
      });
    });

    it('does not let a document’s question borrow the built-in questionnaire’s département rule', () => {
      const { questions } = readDirectory({ questions: [{ ...question, options: 'auto', autoAlsoMatches: ['Marseille'] }], networks: [] });
      expect(questions![0]).not.to.have.property('autoAlsoMatches');
    });

    it('keeps `options: "auto"` for the finder to build from the data', () => {
      const { questions } = readDirectory({ questions: [{ ...question, options: 'auto' }], networks: [] });
      expect(questions![0].options).to.equal('auto');
    });

    it('leaves the questions undefined (the built-in questionnaire) when the document has none', () => {
      expect(readDirectory({ networks: [] }).questions).to.equal(undefined);
      expect(readDirectory({ questions: null, networks: [] }).questions).to.equal(undefined);
    });

    it('ignores questions that are not a list, says so, and keeps the built-in questionnaire', () => {
      const directory = readDirectory({ questions: { budget: question }, networks: [good('a')] });
      expect(directory.questions).to.equal(undefined);
      expect(directory.networks).to.have.length(1);
      expect(reported(directory.problems)).to.deep.equal([
        { subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' },
      ]);
    });

    const badQuestions: [string, unknown, Omit<Problem, 'subject' | 'index'>][] = [
      ['a question that is a string', 'Quel budget ?', { code: 'not-object' }],
      ['a question with no id', { ...question, id: undefined }, { field: 'id', code: 'missing' }],
      ['a question with no field', { ...question, field: '' }, { id: 'budget', field: 'field', code: 'missing' }],
      ['a question whose field is a space', { ...question, field: ' ' }, { id: 'budget', field: 'field', code: 'missing' }],
      ['a question with no label', { ...question, label: undefined }, { id: 'budget', field: 'label', code: 'missing' }],
      [
        'a label with neither language',
        { ...question, label: { de: 'Budget' } },
        { id: 'budget', field: 'label', code: 'wrong-type', expected: 'label' },
      ],
      [
        '`multiple` given as text',
        { ...question, multiple: 'yes' },
        { id: 'budget', field: 'multiple', code: 'wrong-type', expected: 'boolean' },
      ],
      ['an unknown mode', { ...question, mode: 'exclude' }, { id: 'budget', field: 'mode', code: 'wrong-type', expected: 'mode' }],
      ['no options', { ...question, options: undefined }, { id: 'budget', field: 'options', code: 'missing', expected: 'options' }],
      [
        'options that are neither a list nor "auto"',
        { ...question, options: 'all' },
        { id: 'budget', field: 'options', code: 'wrong-type', expected: 'options' },
      ],
      [
        'an option that is a string',
        { ...question, options: [{ value: 'a' }, 'b'] },
        { id: 'budget', field: 'options[1]', code: 'wrong-type', expected: 'object' },
      ],
      [
        'an option with no value',
        { ...question, options: [{ label: 'Gratuit' }] },
        { id: 'budget', field: 'options[0].value', code: 'missing' },
      ],
      [
        'an option whose matches hold a number',
        { ...question, options: [{ value: 'a', matches: [200] }] },
        { id: 'budget', field: 'options[0].matches', code: 'not-text-list' },
      ],
    ];
    for (const [what, raw, problem] of badQuestions) {
      it(`skips ${what} and reports it, without counting it among skipped networks`, () => {
        const other = { ...question, id: 'autre' };
        const directory = readDirectory({ questions: [other, raw], networks: [good('a')] });
        expect(directory.questions!.map((q) => q.id)).to.deep.equal(['autre']);
        expect(directory.skipped).to.equal(0);
        expect(directory.networks).to.have.length(1);
        expect(reported(directory.problems)).to.deep.equal([{ subject: 'question', index: 1, ...problem }]);
      });
    }

    it('keeps the first of questions sharing an id', () => {
      const directory = readDirectory({ questions: [question, { ...question, field: 'services' }], networks: [] });
      expect(directory.questions!.map((q) => q.field)).to.deep.equal(['feeBand']);
      expect(reported(directory.problems)).to.deep.equal([
        { subject: 'question', index: 1, id: 'budget', field: 'id', code: 'duplicate-id' },
      ]);
    });
  });
});

describe('problem messages', () => {
  const unknownFamily: Problem = { subject: 'network', index: 1, id: 'b', field: 'family', code: 'unknown-family', value: 'associatif' };

  it('names the record number (from 1), its id, the field and why, in French', () => {
    expect(fr.problem(unknownFamily)).to.equal(
      french(
        'Réseau n° 2 (« b ») ignoré : champ « family » — famille inconnue « associatif » (attendu : sectoriel, metier, territorial ou thematique).',
      ),
    );
  });

  it('names the record number (from 1), its id, the field and why, in English', () => {
    expect(en.problem(unknownFamily)).to.equal(
      'Network #2 ("b") skipped: field "family" — unknown family "associatif" (expected sectoriel, metier, territorial or thematique).',
    );
  });

  it('describes a record with no usable id by its number alone', () => {
    expect(fr.problem({ subject: 'network', index: 0, code: 'not-object' })).to.equal(
      french("Réseau n° 1 ignoré : ce n'est pas un objet."),
    );
    expect(en.problem({ subject: 'network', index: 0, code: 'not-object' })).to.equal('Network #1 skipped: not an object.');
  });

  it('describes a skipped question and an ignored document field', () => {
    const question: Problem = { subject: 'question', index: 2, id: 'budget', field: 'mode', code: 'wrong-type', expected: 'mode' };
    expect(fr.problem(question)).to.equal(
      french('Question n° 3 (« budget ») ignorée : champ « mode » — doit être « filter » ou « prefer ».'),
    );
    expect(en.problem(question)).to.equal('Question #3 ("budget") skipped: field "mode" — must be "filter" or "prefer".');
    const title: Problem = { subject: 'document', index: 0, field: 'title', code: 'wrong-type', expected: 'label' };
    expect(fr.problem(title)).to.equal(french('Champ « title » du document ignoré : doit être un texte ou un objet { fr, en }.'));
    expect(en.problem(title)).to.equal('Document field "title" ignored: must be a text or a { fr, en } object.');
  });

  it('phrases every problem the reader reports with its record number, id and field, in both languages', () => {
    const records = [
      good('ok'),
      { id: 'famille', name: 'F', family: 'associatif' },
      { id: 'nom', name: '', family: 'metier' },
      { ...good('membres'), members: 'beaucoup' },
      { ...good('tags'), tags: [1] },
      { ...good('contact'), contact: { phone: 491000000 } },
      { ...good('geo'), geo: { lat: 43 } },
      good('ok'),
    ];
    const { problems } = readDirectory(records);
    expect(problems).to.have.length(7);
    for (const problem of problems) {
      for (const message of [fr.problem(problem), en.problem(problem)]) {
        expect(message).to.contain(String(problem.index + 1));
        expect(message).to.contain(problem.id!);
        expect(message).to.contain(problem.field!);
        expect(message).not.to.match(/undefined|null|\[object/);
      }
    }
  });
});
