// Properties of everything that reads the keepers' data: whatever the bytes, the text or the JSON,
// the readers do not throw, lose no letter and write nothing into Object.prototype.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';

const toolkit = await import('../../dist/cli/toolkit.js');

const isUtf8 = (bytes) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const noPollution = () => {
  for (const key of ['name', 'x', 'polluted', 'id']) assert.equal(Object.prototype[key], undefined, `Object.prototype.${key}`);
};

test('the code pages’ tables: CP850 and Mac Roman put the French letters where Excel writes them', () => {
  const { cp850, 'mac-roman': macRoman, 'windows-1252': windows1252 } = toolkit.HIGH_HALVES;
  for (const table of [cp850, macRoman, windows1252]) assert.equal(table.length, 128);
  assert.deepEqual(
    [0x82, 0x85, 0x8a, 0x87].map((byte) => cp850[byte - 0x80]),
    ['é', 'à', 'è', 'ç'],
  );
  assert.deepEqual(
    [0x8e, 0x88, 0x8f, 0x8d].map((byte) => macRoman[byte - 0x80]),
    ['é', 'à', 'è', 'ç'],
  );
  assert.deepEqual(
    [0xe9, 0xe0, 0xe8, 0xe7, 0x80, 0x92, 0x9c].map((byte) => windows1252[byte - 0x80]),
    ['é', 'à', 'è', 'ç', '€', '’', 'œ'],
  );
  // The browser's own Mac Roman, where Node has it.
  let browsers;
  try {
    browsers = new TextDecoder('macintosh').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  } catch {
    browsers = undefined;
  }
  if (browsers !== undefined) assert.equal(macRoman, browsers);
});

/** Bytes of `text` in a code page, from its table: undefined when the code page has no such letter. */
function encodeIn(encoding, text) {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const table = toolkit.HIGH_HALVES[encoding];
  const bytes = [];
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (table.includes(character)) bytes.push(0x80 + table.indexOf(character));
    else return undefined;
  }
  return Uint8Array.from(bytes);
}

/** French as a directory writes it: words with and without accents, capitals, punctuation. */
const FRENCH_WORDS = [
  'Société',
  'société',
  'réseau',
  'créée',
  'fête',
  'à',
  'où',
  'déjà',
  'garçon',
  'être',
  'élève',
  'œuvre',
  'cœur',
  'Noël',
  'naïf',
  'août',
  'île',
  'hôtel',
  'pâte',
  'dûment',
  'ça',
  'première',
  'français',
  'économie',
  'entreprises',
  'Marseille',
  'Aix-en-Provence',
  'artisans',
  'd’Arles',
  'chefs',
  'rencontres',
  'mensuelle',
  'très',
  'bâtiment',
  'Numérique',
  'cotisation',
  'à',
  'la',
  'des',
  'et',
];
const frenchText = fc
  .array(fc.constantFrom(...FRENCH_WORDS), { minLength: 1, maxLength: 12 })
  .chain((words) => fc.constantFrom(' ', ', ', ' ; ', ' | ', '\r\n').map((separator) => words.join(separator)))
  .filter((text) => [...text].some((character) => character.charCodeAt(0) >= 0x80));

test('property: French text saved as UTF-8, Windows-1252, CP850 or Mac Roman is read back as itself, and the code page named', () => {
  fc.assert(
    fc.property(frenchText, fc.constantFrom('utf-8', 'windows-1252', 'cp850', 'mac-roman'), (text, encoding) => {
      const bytes = encodeIn(encoding, text);
      // CP850 has no "œ" and no "’": such a text cannot be saved in it.
      fc.pre(bytes !== undefined);
      const read = toolkit.decodeBytes(bytes);
      assert.equal(read.text, text);
      assert.equal(read.encoding, encoding);
    }),
    { numRuns: 1000 },
  );
});

/**
 * The same French text as a code page can hold it: CP850 has no "’ “ ” … – — €", no "œ"; Excel
 * saves them as what it can, and so does this.
 */
function fitTo(encoding, text) {
  if (encoding !== 'cp850') return text;
  const plain = { '’': "'", '“': '"', '”': '"', '…': '...', '–': '-', '—': '-', '€': 'EUR', œ: 'oe', Œ: 'OE' };
  return [...text].map((character) => plain[character] ?? character).join('');
}

const ACCENTED = /[àâçéèêëîïôùûüÿæœÀÂÇÉÈÊËÎÏÔÙÛÜŸÆŒ]/;

test('Windows-1252 whose only non-ASCII characters are typographic marks is read as Windows-1252, not as CP850 or Mac Roman', () => {
  for (const text of [
    'Moins de 200 €',
    'De 200 à 500€ par an',
    'visites…',
    '“Club”',
    'Club – Aix',
    'd’Arles',
    '« Bonjour »',
    '«Bonjour»',
    'Tarifs 2026 — 50 €, 100 € ; visites… et “rencontres”',
  ]) {
    const read = toolkit.decodeBytes(encodeIn('windows-1252', `id;name\r\na;${text}\r\n`));
    assert.deepEqual([read.encoding, read.text.split('\r\n')[1].slice(2)], ['windows-1252', text]);
  }
});

test('capitals and guillemets: CP850 and Mac Roman "Économique", "ÉCOLE", "À vous", "«Bonjour»" are read in their code page', () => {
  const cases = [
    ['cp850', 'Club Économique'],
    ['cp850', 'ÉCOLE'],
    ['cp850', 'À vous'],
    ['cp850', '« Bonjour », dit-il, à Aix'],
    ['mac-roman', 'Club Économique'],
    ['mac-roman', 'ÉCOLE'],
    ['mac-roman', 'À vous'],
    ['mac-roman', '«Bonjour»'],
    ['mac-roman', '« Bonjour »'],
    ['windows-1252', 'Club Économique'],
    ['windows-1252', 'ÉCOLE'],
    ['windows-1252', 'À vous'],
    ['windows-1252', '«Bonjour»'],
  ];
  for (const [encoding, text] of cases) {
    const read = toolkit.decodeBytes(encodeIn(encoding, text));
    assert.deepEqual([read.encoding, read.text], [encoding, text], `${encoding}: ${text}`);
  }
});

/** A word as French writes it: as it is, capitalised, or all in capitals. */
const frenchWord = fc
  .tuple(fc.constantFrom(...FRENCH_WORDS), fc.constantFrom('as-is', 'capitalised', 'capitals'))
  .map(([word, form]) =>
    form === 'capitals' ? word.toUpperCase() : form === 'capitalised' ? word[0].toUpperCase() + word.slice(1) : word,
  );
/** A piece of text: a word, a number, or typographic marks where French puts them. */
const frenchPiece = fc.oneof(
  { weight: 6, arbitrary: frenchWord },
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(' €', '€', '\u00a0€')).map(([n, euro]) => `${n}${euro}`),
  frenchWord.map((word) => `${word}…`),
  frenchWord.map((word) => `“${word}”`),
  frenchWord.map((word) => `« ${word} »`),
  frenchWord.map((word) => `«${word}»`),
  fc.tuple(fc.constantFrom('d’', 'l’', 'qu’', 'L’', 'D’'), frenchWord).map(([article, word]) => article + word),
);
const frenchTypography = fc
  .array(frenchPiece, { minLength: 1, maxLength: 10 })
  .chain((pieces) => fc.constantFrom(' ', ', ', ' ; ', ' – ', ' — ', '\r\n', ';').map((separator) => pieces.join(separator)))
  .filter((text) => [...text].some((character) => character.charCodeAt(0) >= 0x80));

test('property: French text with capitals, digits and typographic marks saved as Windows-1252 is read back as itself, windows-1252 named', () => {
  fc.assert(
    fc.property(frenchTypography, (text) => {
      const bytes = encodeIn('windows-1252', text);
      // "OÙ…" is 0x4F 0xD9 0x85, which UTF-8 reads as "Oم": valid UTF-8 is read as UTF-8.
      fc.pre(!isUtf8(bytes));
      const read = toolkit.decodeBytes(bytes);
      assert.equal(read.text, text);
      assert.equal(read.encoding, 'windows-1252');
    }),
    { numRuns: 3000 },
  );
});

test('property: the same text saved as CP850 or Mac Roman is read back as itself when it holds an accented letter', () => {
  fc.assert(
    fc.property(frenchTypography, fc.constantFrom('cp850', 'mac-roman'), (typed, encoding) => {
      const text = fitTo(encoding, typed);
      // Marks alone (no accented letter) may be read as Windows-1252: see decodeCodePage. So may
      // Mac Roman's "…" after a capital: byte 0xC9, Windows-1252's "É" ("CHEFS…" or "CAFÉ").
      fc.pre(ACCENTED.test(text) && !(encoding === 'mac-roman' && /\p{Lu}…/u.test(text)));
      const bytes = encodeIn(encoding, text);
      // Mac Roman's "’é" is 0xD5 0x8E, which UTF-8 reads as "Վ": valid UTF-8 is read as UTF-8.
      fc.pre(bytes !== undefined && !isUtf8(bytes));
      const read = toolkit.decodeBytes(bytes);
      assert.equal(read.text, text);
      assert.equal(read.encoding, encoding);
    }),
    { numRuns: 3000 },
  );
});

test('property: bytes that are not UTF-8 are read as a code page, one character a byte, and give back those bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) => {
      fc.pre(!isUtf8(bytes) && bytes[0] !== 0xff && bytes[0] !== 0xfe && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf));
      const { text, encoding } = toolkit.decodeBytes(bytes);
      if (encoding.startsWith('utf-16')) return;
      assert.ok(['windows-1252', 'cp850', 'mac-roman'].includes(encoding), encoding);
      assert.equal(text.length, bytes.length);
      assert.deepEqual(encodeIn(encoding, text), bytes);
    }),
  );
});

test('property: UTF-8 and UTF-16 with their BOMs are read back exactly', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      assert.equal(toolkit.decodeBytes(Buffer.from(`\uFEFF${text}`, 'utf8')).text, text);
      assert.equal(toolkit.decodeBytes(Buffer.from(`\uFEFF${text}`, 'utf16le')).text, text);
    }),
  );
});

test('property: any bytes are read without throwing, and without "�" unless the text holds one itself', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const { text, encoding } = toolkit.decodeBytes(bytes);
      if (['windows-1252', 'cp850', 'mac-roman'].includes(encoding)) assert.equal(text.length, bytes.length);
      if (encoding === 'utf-8' && text.includes('\uFFFD')) assert.ok(isUtf8(bytes));
    }),
  );
});

/** Sheet text made of what breaks readers: separators, quotes, line ends, hostile names, document rows. */
const sheetText = fc
  .array(
    fc.constantFrom(
      'id',
      'name',
      'family',
      'metier',
      '__proto__',
      'constructor',
      'prototype',
      '.',
      ';',
      ',',
      '\t',
      '"',
      '\r',
      '\n',
      '\r\n',
      '|',
      '#',
      '#title',
      '#json:',
      "'",
      '=',
      'json:',
      'contact.',
      'geo.lat',
      '1,5',
      '[',
      ']',
      '{}',
      'é',
      ' ',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

test('property: a sheet of anything is read without throwing; its records have no prototype; nothing reaches Object.prototype', () => {
  fc.assert(
    fc.property(sheetText, (text) => {
      const sheet = toolkit.readSheet(text);
      for (const row of sheet.rows) assert.equal(Object.getPrototypeOf(row.record), null);
      toolkit.buildDocument(text, { today: '2026-12-01' });
      noPollution();
    }),
    { numRuns: 500 },
  );
});

test('property: any JSON document is validated without throwing (but for a document that is none), and pollutes nothing', () => {
  const hostileKey = fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'networks',
    'places',
    'questions',
    'contact',
    'geo',
    'options',
    'label',
    'fr',
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
    object: fc
      .dictionary(fc.oneof(hostileKey, fc.string()), tie('value'), { maxKeys: 4 })
      .map((entries) => JSON.parse(JSON.stringify(entries))),
  }));
  const documents = fc.oneof(
    json.value,
    fc.record({ networks: fc.array(json.object, { maxLength: 4 }), places: json.value, questions: json.value }),
  );
  fc.assert(
    fc.property(documents, (document) => {
      try {
        toolkit.validateDocument(document);
      } catch (error) {
        assert.equal(error?.name, 'DirectoryError', String(error));
      }
      toolkit.documentFindings(document);
      toolkit.exportDocument(document);
      noPollution();
    }),
    { numRuns: 500 },
  );
});
