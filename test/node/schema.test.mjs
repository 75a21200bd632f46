// schema.json must accept exactly the documents the widget reads without a problem.
// The widget's own validation (readDirectory) is the reference: for every document of the
// table below, both must give the same verdict, and that verdict must be the one written here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { AUDIENCES, FAMILIES, FEE_BANDS, readDirectory, RHYTHMS, SERVICES } from '../../dist/cli/toolkit.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const schema = readJson('../../schema.json');
const demo = readJson('../../demo/reseaux.json');

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateDocument = ajv.compile(schema);
const validateNetwork = ajv.getSchema(`${schema.$id}#/$defs/network`);

/** The schema's verdict, and its reasons. */
function schemaVerdict(document) {
  const valid = validateDocument(document);
  return { valid, why: valid ? '' : ajv.errorsText(validateDocument.errors) };
}

/** The widget's verdict: it reads the document, skips no record and ignores no field. */
function widgetVerdict(document) {
  try {
    const { problems } = readDirectory(document);
    return { valid: problems.length === 0, why: JSON.stringify(problems) };
  } catch (error) {
    if (error?.name !== 'DirectoryError') throw error;
    return { valid: false, why: `${error.kind}: ${error.message}` };
  }
}

// Small builders, so each case shows only what it is about.
const network = (fields = {}) => ({ id: 'cpme-13', name: 'CPME des Bouches-du-Rhône', family: 'territorial', ...fields });
const withNetwork = (fields) => ({ format: 1, networks: [network(fields)] });
const question = (fields = {}) => ({ id: 'attentes', field: 'services', label: 'Que cherchez-vous ?', options: 'auto', ...fields });
const withQuestion = (fields) => ({ questions: [question(fields)], networks: [network()] });
const option = (fields = {}) => ({ value: 'rencontres', ...fields });
const withOption = (fields) => withQuestion({ options: [option(fields)] });

const everyNetworkField = {
  id: 'femmes-chefs-entreprises-13',
  name: 'Femmes chefs d’entreprises 13',
  family: 'thematique',
  summary: 'Un réseau de dirigeantes.',
  description: 'Premier paragraphe.\n\nSecond paragraphe.',
  sectors: ['Commerce', 'Numérique'],
  territories: ['Marseille', 'Aix-en-Provence'],
  audience: ['femmes', 'pme'],
  services: ['formation', 'lobbying'],
  meetingFrequency: 'mensuelle',
  feeBand: '200-500',
  members: 120,
  founded: 1998,
  contact: {
    website: 'https://example.org',
    email: 'contact@example.org',
    phone: '+33 4 00 00 00 00',
    address: '1 rue de la République, Marseille',
  },
  geo: { lat: 43.2965, lon: 5.3698 },
  tags: ['dirigeantes'],
  updated: '2026-11-01',
};

const VALID = true;
const INVALID = false;

/** [what the document shows, the document, the expected verdict] */
const cases = [
  // Documents the widget reads without a problem.
  ['the minimal document', { networks: [] }, VALID],
  ['a bare array of networks', [network(), network({ id: 'cci' })], VALID],
  ['an empty bare array', [], VALID],
  ['a network with every field', { networks: [everyNetworkField] }, VALID],
  [
    'a full document: $schema, format, title, updated, questions',
    {
      $schema: 'https://unpkg.com/reseaupro-finder/schema.json',
      format: 1,
      title: 'Le guide des réseaux professionnels du 13',
      updated: '2026-11-01',
      questions: [question()],
      networks: [everyNetworkField],
    },
    VALID,
  ],
  [
    'optional network fields that are null',
    withNetwork({
      summary: null,
      description: null,
      sectors: null,
      territories: null,
      audience: null,
      services: null,
      meetingFrequency: null,
      feeBand: null,
      members: null,
      founded: null,
      contact: null,
      geo: null,
      tags: null,
      updated: null,
    }),
    VALID,
  ],
  ['optional texts and lists that are empty', withNetwork({ summary: '', description: '', sectors: '', services: [], tags: [] }), VALID],
  ['a list given as one text', withNetwork({ territories: 'Marseille' }), VALID],
  [
    'vocabulary values outside the usual lists',
    withNetwork({ audience: ['artisans'], feeBand: 'sur-devis', meetingFrequency: 'quotidienne' }),
    VALID,
  ],
  ['a contact with empty texts and an unknown key', withNetwork({ contact: { website: '', email: null, linkedin: 'x' } }), VALID],
  ['an empty contact', withNetwork({ contact: {} }), VALID],
  ['a geo position with an extra key', withNetwork({ geo: { lat: 43.3, lon: 5.4, zoom: 12 } }), VALID],
  [
    'unknown extra fields everywhere',
    {
      generator: 'tableur',
      questions: [question({ note: 'x', options: [option({ note: 'y' })] })],
      networks: [network({ logo: 'logo.png', partners: [{ id: 1 }] })],
    },
    VALID,
  ],
  ['format, title and updated that are null', { format: null, title: null, updated: null, networks: [] }, VALID],
  [
    'places and feedback, as the README writes them',
    {
      feedback: 'mailto:reseaux@cci.example',
      places: { Arles: { lat: 43.68, lon: 4.63 }, Aubagne: { lat: 43.29, lon: 5.57, zoom: 12 } },
      networks: [network({ contact: { joinUrl: 'https://cpme13.example/adherer' } })],
    },
    VALID,
  ],
  ['places and feedback that are null', { places: null, feedback: null, networks: [] }, VALID],
  ['a place whose latitude is beyond 90', { places: { Arles: { lat: 95, lon: 4.63 } }, networks: [] }, INVALID],
  ['a place whose longitude is beyond -180', { places: { Arles: { lat: 43.68, lon: -181 } }, networks: [] }, INVALID],
  ['a place whose lat is a text', { places: { Arles: { lat: '43.68', lon: 4.63 } }, networks: [] }, INVALID],
  ['a place without lon', { places: { Arles: { lat: 43.68 } }, networks: [] }, INVALID],
  ['a place with a blank name', { places: { ' ': { lat: 43.68, lon: 4.63 } }, networks: [] }, INVALID],
  ['places that are a list', { places: [{ lat: 43.68, lon: 4.63 }], networks: [] }, INVALID],
  ['a feedback that is a number', { feedback: 13, networks: [] }, INVALID],
  ['a contact joinUrl that is a list', withNetwork({ contact: { joinUrl: ['https://cpme13.example'] } }), INVALID],
  ['an empty title', { title: '', networks: [] }, VALID],
  ['a title in French only', { title: { fr: 'Le guide' }, networks: [] }, VALID],
  [
    'a title in English only, French empty, and an unknown language',
    { title: { fr: '', en: 'The guide', de: 'Der Führer' }, networks: [] },
    VALID,
  ],
  ['questions that are null', { questions: null, networks: [] }, VALID],
  ['an empty questionnaire', { questions: [], networks: [] }, VALID],
  [
    'a question with every field and explicit options',
    withQuestion({
      id: 'budget',
      field: 'feeBand',
      label: { fr: 'Quel budget annuel ?', en: 'What yearly budget?' },
      help: { fr: 'Cotisation annuelle', en: null },
      multiple: false,
      mode: 'filter',
      options: [
        option({ value: 'max-200', label: { fr: 'Jusqu’à 200 €', en: 'Up to €200' }, matches: ['gratuit', 'moins-200'] }),
        option({ value: 'gratuit', label: 'Gratuit', matches: 'gratuit' }),
        option({ value: 'plus-1000', label: null, matches: null }),
      ],
    }),
    VALID,
  ],
  ['a question whose multiple, mode and help are null', withQuestion({ multiple: null, mode: null, help: null }), VALID],
  ['a question with no options', withQuestion({ options: [] }), VALID],

  // Documents the widget cannot use at all.
  ['a document that is a text', 'networks', INVALID],
  ['a document that is null', null, INVALID],
  ['a document that is a number', 1, INVALID],
  ['a document without networks', { format: 1, title: 'Le guide' }, INVALID],
  ['networks that are not a list', { networks: { cci: network() } }, INVALID],
  ['format 2', { format: 2, networks: [] }, INVALID],
  ['format "1" as a text', { format: '1', networks: [] }, INVALID],

  // Document fields the widget ignores, with a problem.
  ['a title that is a number', { title: 13, networks: [] }, INVALID],
  ['a title object with neither fr nor en', { title: { de: 'Der Führer' }, networks: [] }, INVALID],
  ['a title object whose fr and en are empty', { title: { fr: '', en: null }, networks: [] }, INVALID],
  ['a title object whose fr is not a text', { title: { fr: 13, en: 'The guide' }, networks: [] }, INVALID],
  ['a document date that is a number', { updated: 20261101, networks: [] }, INVALID],
  ['questions that are not a list', { questions: question(), networks: [] }, INVALID],

  // Networks the widget skips.
  ['a network that is not an object', { networks: ['cpme-13'] }, INVALID],
  ['a network that is a list', { networks: [[network()]] }, INVALID],
  ['a network without id', { networks: [{ name: 'CPME', family: 'territorial' }] }, INVALID],
  ['a network with an empty id', withNetwork({ id: '' }), INVALID],
  ['a network whose id is a number', withNetwork({ id: 13 }), INVALID],
  ['a network with a null name', withNetwork({ name: null }), INVALID],
  ['a network whose name is white space alone', withNetwork({ name: ' \u00a0' }), INVALID],
  ['a network whose id is a space', withNetwork({ id: ' ' }), INVALID],
  ['a network of an unknown family', withNetwork({ family: 'sportif' }), INVALID],
  ['a text field that is a number', withNetwork({ summary: 42 }), INVALID],
  ['a list holding a number', withNetwork({ sectors: ['BTP', 3] }), INVALID],
  ['a list that is an object', withNetwork({ services: { formation: true } }), INVALID],
  ['a number field that is a text', withNetwork({ members: '120' }), INVALID],
  ['a contact that is a text', withNetwork({ contact: 'contact@example.org' }), INVALID],
  ['a contact that is a list', withNetwork({ contact: ['contact@example.org'] }), INVALID],
  ['a contact email that is a list', withNetwork({ contact: { email: ['a@example.org'] } }), INVALID],
  ['a geo position without lon', withNetwork({ geo: { lat: 43.3 } }), INVALID],
  ['a geo position whose lat is a text', withNetwork({ geo: { lat: '43.3', lon: 5.4 } }), INVALID],
  ['a geo position that is a list', withNetwork({ geo: [43.3, 5.4] }), INVALID],

  // Questions the widget skips.
  ['a question that is not an object', { questions: ['attentes'], networks: [] }, INVALID],
  ['a question without id', withQuestion({ id: undefined }), INVALID],
  ['a question without field', withQuestion({ field: undefined }), INVALID],
  ['a question whose field is a tab', withQuestion({ field: '\t' }), INVALID],
  ['a question without label', withQuestion({ label: undefined }), INVALID],
  ['a question with an empty label', withQuestion({ label: '' }), INVALID],
  ['a question whose label object has neither fr nor en', withQuestion({ label: { es: '¿Qué buscas?' } }), INVALID],
  ['a question whose help is a number', withQuestion({ help: 1 }), INVALID],
  ['a question whose multiple is a text', withQuestion({ multiple: 'false' }), INVALID],
  ['a question with an unknown mode', withQuestion({ mode: 'exclude' }), INVALID],
  ['a question without options', withQuestion({ options: undefined }), INVALID],
  ['options that are neither auto nor a list', withQuestion({ options: 'all' }), INVALID],
  ['an option that is a text', withQuestion({ options: ['rencontres'] }), INVALID],
  ['an option without value', withOption({ value: undefined, label: 'Rencontres' }), INVALID],
  ['an option whose label is a list', withOption({ label: ['Rencontres'] }), INVALID],
  ['an option whose matches hold a number', withOption({ matches: ['rencontres-affaires', 1] }), INVALID],
];

/** The document as it would arrive from a file: a field set to `undefined` is left out. */
const asJson = (document) => JSON.parse(JSON.stringify(document));

for (const [name, value, expected] of cases) {
  test(`${expected ? 'valid' : 'invalid'}: ${name}`, () => {
    const document = asJson(value);
    const bySchema = schemaVerdict(document);
    const byWidget = widgetVerdict(document);
    assert.equal(
      bySchema.valid,
      byWidget.valid,
      `the schema says ${bySchema.valid} (${bySchema.why}), the widget ${byWidget.valid} (${byWidget.why})`,
    );
    assert.equal(byWidget.valid, expected, `expected ${expected}: ${byWidget.why || bySchema.why}`);
  });
}

test('the schema compiles in strict mode, without a warning', () => {
  const warnings = [];
  const logger = { log() {}, warn: (...args) => warnings.push(args.join(' ')), error: (...args) => warnings.push(args.join(' ')) };
  const strictAjv = new Ajv2020({ strict: true, logger });
  assert.doesNotThrow(() => strictAjv.compile(schema));
  assert.deepEqual(warnings, []);
});

test('every network of the demo directory is valid', () => {
  assert.ok(demo.networks.length > 0);
  for (const [index, record] of demo.networks.entries()) {
    assert.ok(validateNetwork(record), `networks[${index}] (${record.id}): ${ajv.errorsText(validateNetwork.errors)}`);
  }
  assert.deepEqual(schemaVerdict(demo), { valid: true, why: '' });
  assert.equal(widgetVerdict(demo).valid, true);
});

test('the one deliberate difference: a "$schema" that is not a text is refused by the schema, ignored by the widget', () => {
  const document = { $schema: 1, networks: [] };
  assert.equal(schemaVerdict(document).valid, false);
  assert.equal(widgetVerdict(document).valid, true);
});

test('the other deliberate difference, which the README names: a "lang" that is no language tag is refused by the schema, taken by the widget', () => {
  const document = { lang: 'français', networks: [] };
  assert.equal(schemaVerdict(document).valid, false);
  assert.equal(widgetVerdict(document).valid, true);
  assert.match(
    readFileSync(new URL('../../README.md', import.meta.url), 'utf8'),
    /stricter in two places[^.]*`lang` that is no language tag/,
  );
});

test('repeated ids, which JSON Schema cannot express, are left to the widget', () => {
  const document = { networks: [network(), network()] };
  assert.equal(schemaVerdict(document).valid, true);
  assert.equal(widgetVerdict(document).valid, false);
  assert.match(schema.description, /unique/);
});

// The vocabulary is the core's (src/core/vocabulary.ts); schema.json, a static file, says it again.
test('the schema names the core’s vocabulary, value for value and in its order', () => {
  const network = schema.$defs.network.properties;
  assert.deepEqual(network.family.enum, [...FAMILIES]);
  /** The values a field's description lists after "usually". */
  const usual = (field) => {
    const listed = /usually ([^.]+?)\. Other values are kept\./.exec(network[field].description);
    assert.ok(listed, `the description of ${field} lists its usual values`);
    return listed[1].split(/, | or /);
  };
  assert.deepEqual(usual('audience'), [...AUDIENCES]);
  assert.deepEqual(usual('services'), [...SERVICES]);
  assert.deepEqual(usual('meetingFrequency'), [...RHYTHMS]);
  assert.deepEqual(usual('feeBand'), [...FEE_BANDS]);
});
