// Properties of everything that reads the keepers' data: whatever the bytes, the text or the JSON,
// the readers do not throw, lose no letter and write nothing into Object.prototype.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';

const toolkit = await import('../../dist/cli/toolkit.js');

/** Windows-1252's letters, with the code each has there. */
const WINDOWS_1252 = new Map([
  ...Array.from({ length: 0x80 }, (_, code) => [String.fromCharCode(code), code]),
  ...Array.from({ length: 0x60 }, (_, i) => [String.fromCharCode(0xa0 + i), 0xa0 + i]),
  ...[...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((character, i) => [
    character,
    [
      0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99,
      0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
    ][i],
  ]),
]);
const windows1252Text = fc.string({ unit: fc.constantFrom(...WINDOWS_1252.keys()), minLength: 1 });
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

test('property: Windows-1252 text that is not valid UTF-8 is read back letter for letter, without "�"', () => {
  fc.assert(
    fc.property(windows1252Text, (text) => {
      const bytes = Uint8Array.from([...text].map((character) => WINDOWS_1252.get(character)));
      fc.pre(!isUtf8(bytes) && bytes[0] !== 0xff && bytes[0] !== 0xfe && !text.includes('\0'));
      const { text: read, encoding } = toolkit.decodeBytes(bytes);
      assert.equal(encoding, 'windows-1252');
      assert.equal(read, text);
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
      if (encoding === 'windows-1252') assert.equal(text.length, bytes.length);
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
