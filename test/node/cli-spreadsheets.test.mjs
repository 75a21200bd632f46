// The keepers' spreadsheet as it really is (issue 10): files as Excel and LibreOffice save them
// (test/fixtures/make-excel-files.mjs makes them byte for byte), hostile headers and cells, the
// source file given as the output, and export → build giving back the whole document.
import assert from 'node:assert/strict';
import { existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import Papa from 'papaparse';
import { DEMO, fixture, readJson, run, runIn, workspace } from './cli-helpers.mjs';

const toolkit = await import('../../dist/cli/toolkit.js');

/** The two networks every Excel and LibreOffice fixture holds. */
const ARLES = {
  id: 'artisans-arles',
  name: 'Œuvre des artisans d’Arles',
  family: 'metier',
  summary: 'Les métiers d’art du pays d’Arles : bijoutiers, ébénistes… Cotisation 150 €.',
  description: 'Créée en 1998 ; elle réunit les artisans.\n\nChaque mois, un « petit-déjeuner » métiers.',
  territories: ['Arles', 'Tarascon', 'Saintes-Maries-de-la-Mer'],
  services: ['formation', 'rencontres-informelles'],
  meetingFrequency: 'mensuelle',
  feeBand: 'moins-200',
  members: 1234,
  geo: { lat: 43.6768, lon: 4.6303 },
  contact: { phone: '04 90 00 00 00' },
  updated: '2026-10-02',
};

function build(file, ...options) {
  const output = join(workspace(), 'reseaux.json');
  const result = run('build', file, '-o', output, '--updated', '2026-11-01', ...options);
  return { ...result, output, document: existsSync(output) ? readJson(output) : undefined };
}

describe('encodings: what Excel and LibreOffice save', () => {
  test('French Excel’s "CSV (séparateur : point-virgule)" is Windows-1252: read as such, said in one line, no "�"', () => {
    const { status, lines, document, output } = build(fixture('excel-windows-1252.csv'));
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(lines, [
      `${fixture('excel-windows-1252.csv')} n'est pas en UTF-8 : lu en Windows-1252 (le « CSV » de l'Excel français).`,
      `${output} écrit : 2 réseaux.`,
    ]);
    assert.deepEqual(document.networks[0], ARLES);
    assert.doesNotMatch(readFileSync(output, 'utf8'), /\uFFFD/);
  });

  test('a Windows-1252 sheet whose only characters beyond ASCII are typographic marks ("200 €") is read as Windows-1252, not CP850', () => {
    const folder = workspace();
    const sheet = 'id;name;family;summary;updated\nclub-a;“Club” – Aix;territorial;Moins de 200 €;2026-11-01\n';
    // codePageSheet, below, is there by the time a test runs.
    writeFileSync(join(folder, 'w.csv'), codePageSheet('windows-1252', sheet));
    const { status, lines, document } = build(join(folder, 'w.csv'));
    assert.equal(status, 0, lines.join('\n'));
    assert.match(lines[0], /lu en Windows-1252/);
    assert.deepEqual([document.networks[0].name, document.networks[0].summary], ['“Club” – Aix', 'Moins de 200 €']);
  });

  test('Excel’s "Texte Unicode" (UTF-16LE, a BOM, tabs), Excel’s "CSV UTF-8" and LibreOffice’s CSV give the same networks', () => {
    const reference = build(fixture('excel-windows-1252.csv')).document.networks;
    for (const name of ['excel-unicode.txt', 'excel-utf8.csv', 'libreoffice.csv']) {
      const { status, document, lines } = build(fixture(name));
      assert.equal(status, 0, `${name}: ${lines.join('\n')}`);
      assert.deepEqual(document.networks, reference, name);
    }
    assert.match(build(fixture('excel-unicode.txt')).lines[0], /lu en UTF-16LE/);
    assert.equal(build(fixture('excel-utf8.csv')).lines.length, 1, 'UTF-8 goes without saying');
  });

  test('a UTF-8 file with its BOM and one stray Latin-1 byte is refused, naming the line, instead of read garbled as Windows-1252', () => {
    const folder = workspace();
    const sheet = 'id;name;family\r\na;Société générale;metier\r\nb;Caf§ des arts;metier\r\n';
    // "§" stands for the "é" of line 3, one Latin-1 byte, 0xE9; the rest is UTF-8.
    const bytes = Buffer.concat([
      Buffer.from('\uFEFF'),
      ...sheet.split('§').flatMap((part, i) => (i ? [Buffer.from([0xe9]), Buffer.from(part)] : [Buffer.from(part)])),
    ]);
    writeFileSync(join(folder, 'mixed.csv'), bytes);
    const { status, lines, document } = build(join(folder, 'mixed.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.equal(document, undefined);
    assert.deepEqual(lines, [
      `${join(folder, 'mixed.csv')} begins with the UTF-8 mark (BOM), but line 3 holds bytes that are not UTF-8: nothing is guessed. Save it again as "CSV UTF-8", or type the letters of those lines again.`,
    ]);
    assert.deepEqual(toolkit.decodeBytes(bytes).invalidLines, [3]);
    assert.match(toolkit.decodeBytes(bytes).text, /Société générale/);
  });

  /** A sheet as Excel's "CSV (MS-DOS)" (CP850) or "CSV (Macintosh)" (Mac Roman) saves it, from the code page's table. */
  const codePageSheet = (encoding, text) =>
    Buffer.from(
      [...text].map((character) =>
        character.charCodeAt(0) < 0x80 ? character.charCodeAt(0) : 0x80 + toolkit.HIGH_HALVES[encoding].indexOf(character),
      ),
    );
  const accented =
    'id;name;family;summary\r\na;Société générale;metier;Créée à Aix, fête de l’été\r\nb;Garçon très âgé;sectoriel;Où déjà ?\r\n';

  for (const [encoding, french, english] of [
    ['cp850', "CP850 (le « CSV (MS-DOS) » d'Excel)", 'CP850 (Excel\'s "CSV (MS-DOS)")'],
    ['mac-roman', "Mac Roman (le « CSV (Macintosh) » d'Excel)", 'Mac Roman (Excel\'s "CSV (Macintosh)")'],
  ]) {
    test(`Excel’s ${english}: read as such, not as Windows-1252 ("Soci‚t‚", "SociŽtŽ"), and the note says which`, () => {
      const folder = workspace();
      const text = encoding === 'cp850' ? accented.replace('’', "'") : accented;
      writeFileSync(join(folder, 'sheet.csv'), codePageSheet(encoding, text));
      const { status, lines, document } = build(join(folder, 'sheet.csv'));
      assert.equal(status, 0, lines.join('\n'));
      assert.equal(
        lines[0],
        `${join(folder, 'sheet.csv')} n'est pas en UTF-8 : lu en ${french}, la lecture la plus vraisemblable de ses lettres accentuées ; vérifiez-les.`,
      );
      assert.deepEqual(
        document.networks.map((network) => [network.name, network.summary]),
        [
          ['Société générale', text.split('\r\n')[1].split(';')[3]],
          ['Garçon très âgé', 'Où déjà ?'],
        ],
      );
      assert.match(run('validate', join(folder, 'sheet.csv'), '--lang', 'en').lines[0], new RegExp(`read as ${english.split(' (')[0]}`));
    });
  }

  test('a file holding "�" already (ruined before) is refused, with the line and column', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'ruined.csv'), 'id;name;family\r\nx;Cr\uFFFD\uFFFDe;metier\r\n');
    const { status, lines } = build(join(folder, 'ruined.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.match(lines[0], /^Line 2, column "name": "Cr��e" holds "\uFFFD", a character lost before this file/);
  });

  test('validate warns about a data file ruined before ("Cr��e"), by record and field', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'ruined.json'),
      JSON.stringify({ networks: [{ id: 'a', name: 'A', family: 'metier', tags: ['Cr\uFFFD\uFFFDe'] }] }),
    );
    const { status, lines } = run('validate', join(folder, 'ruined.json'), '--lang', 'en');
    assert.equal(status, 0);
    assert.deepEqual(lines, [
      'Warning — Network #1 ("a"), field "tags": "Cr��e" holds "\uFFFD", a lost character (a Windows-1252 sheet once read as UTF-8?); type it again.',
      '1 network, 0 problems, 1 warning',
    ]);
  });

  test('validate warns about half a character (an emoji cut in two by a tool), which links and pages cannot carry', () => {
    const folder = workspace();
    // JSON.stringify writes a lone half as the escape \\ud83d, as a tool that cut a text in two would save it.
    writeFileSync(join(folder, 'cut.json'), JSON.stringify({ networks: [{ id: 'cafe\ud83d', name: 'A', family: 'metier' }] }));
    const { status, lines } = run('validate', join(folder, 'cut.json'), '--lang', 'en');
    assert.equal(status, 0);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0], /^Warning — Network #1 \("cafe.*"\), field "id": .* holds "\uFFFD", a lost character/);
  });

  test('validate and stats read a data file in UTF-16 or Windows-1252 too', () => {
    const folder = workspace();
    const text = JSON.stringify({ networks: [{ id: 'é', name: 'Réseau – œuvre', family: 'metier' }] });
    writeFileSync(join(folder, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    assert.deepEqual(run('validate', join(folder, 'utf16.json')).lines.at(-1), '1 réseau, 0 problème');
    writeFileSync(join(folder, 'latin.json'), Buffer.from(text.replace('–', '-').replace('œ', 'oe'), 'latin1'));
    const latin = run('validate', join(folder, 'latin.json'));
    assert.equal(latin.status, 0);
    assert.match(latin.lines[0], /lu en Windows-1252/);
  });
});

test('an .xlsx workbook is named for what it is, with how to save it as CSV', () => {
  const folder = workspace();
  writeFileSync(join(folder, 'reseaux.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  const { status, lines } = run('build', join(folder, 'reseaux.xlsx'), '-o', join(folder, 'reseaux.json'), '--lang', 'en');
  assert.equal(status, 1);
  assert.deepEqual(lines, [
    `${join(folder, 'reseaux.xlsx')} is a workbook (.xls, .xlsx or .ods), not a sheet saved as text: save it as CSV (File > Save As > CSV UTF-8), then try again with that CSV file.`,
  ]);
});

test('an Excel 97-2003 workbook (.xls) is named for what it is too, and no empty reseaux.json is written', () => {
  const folder = workspace();
  const xls = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
  writeFileSync(join(folder, 'reseaux.xls'), xls);
  const { status, lines } = run('build', join(folder, 'reseaux.xls'), '-o', join(folder, 'reseaux.json'));
  assert.equal(status, 1);
  assert.deepEqual(lines, [
    `${join(folder, 'reseaux.xls')} est un classeur (.xls, .xlsx ou .ods), pas un tableur enregistré en texte : enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.`,
  ]);
  assert.equal(existsSync(join(folder, 'reseaux.json')), false);
});

test('a picture renamed .csv is named for what it is, not read as rows of a sheet', () => {
  const folder = workspace();
  writeFileSync(join(folder, 'reseaux.csv'), Buffer.from('89504e470d0a1a0a0000000d4948445200000014', 'hex'));
  const { status, lines } = run('build', join(folder, 'reseaux.csv'), '-o', join(folder, 'reseaux.json'), '--lang', 'en');
  assert.equal(status, 1);
  assert.deepEqual(lines, [
    `${join(folder, 'reseaux.csv')} is not a sheet saved as text (a picture, a PDF?): open the spreadsheet, save it as CSV (File > Save As > CSV UTF-8), then try again with that CSV file.`,
  ]);
});

describe('a hostile header', () => {
  for (const column of ['__proto__.name', 'constructor.prototype.name', 'contact.__proto__.polluted']) {
    test(`"${column}" is refused by column, nothing written, and nothing reaches Object.prototype`, () => {
      const folder = workspace();
      writeFileSync(join(folder, 'hostile.csv'), `id;${column};family\r\nx;Pirate;metier\r\n`);
      const { status, lines, document } = build(join(folder, 'hostile.csv'));
      assert.equal(status, 1, lines.join('\n'));
      assert.equal(document, undefined);
      assert.match(
        lines[0],
        new RegExp(`^Ligne 1, colonne « ${column.replace(/[.*]/g, '\\$&')} » : le nom de colonne .* n'est pas permis`),
      );
    });
  }

  test('in the process itself, no column name writes into Object.prototype; records have no prototype', () => {
    const sheet = 'id;__proto__.name;constructor.prototype.x;contact.__proto__.y;family\r\nx;Pirate;1;2;metier\r\n';
    const { issues } = toolkit.buildDocument(sheet, { today: '2026-12-01' });
    assert.equal({}.name, undefined);
    assert.equal({}.x, undefined);
    assert.equal({}.y, undefined);
    assert.equal(issues.filter((issue) => issue.kind === 'forbidden-column').length, 3);
    const clean = toolkit.buildDocument('id;name;family;toString\r\nx;X;metier;t\r\n', { today: '2026-12-01' });
    assert.equal(Object.getPrototypeOf(clean.document.networks[0]), null);
    assert.equal(clean.document.networks[0].toString, 't');
  });
});

describe('formulas in cells', () => {
  const document = {
    format: 1,
    networks: [
      {
        id: '=1+1',
        name: '=HYPERLINK("https://evil.example","Cliquez")',
        family: 'metier',
        summary: '+33 4 90 00 00 00',
        description: '-- une liste\n- à puces',
        tags: ['@mention', 'normal'],
        sectors: ['\tindenté'],
        contact: { address: "'=déjà échappé" },
        geo: { lat: -12.5, lon: -0.25 },
      },
    ],
  };

  test('export writes no cell a spreadsheet would run: each is quoted after an apostrophe, as OWASP advises', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'formulas.json'), JSON.stringify(document));
    assert.equal(run('export', join(folder, 'formulas.json'), '-o', join(folder, 'formulas.csv')).status, 0);
    const text = readFileSync(join(folder, 'formulas.csv'), 'utf8');
    const cells = text.split(/\r\n/)[1].split(';');
    // A negative number is a number, not a formula: it stays one.
    for (const cell of cells) assert.ok(!/^[=+\-@\t\r]/.test(cell) || /^-\d+(,\d+)?$/.test(cell), `cell ${cell}`);
    assert.match(text, /\r\n"'=1\+1";"'=HYPERLINK\(""https:\/\/evil.example"",""Cliquez""\)";metier;"'\+33 4 90/);
    assert.match(text, /;-12,5;-0,25;/, 'numbers stay numbers');
  });

  test('a number column holding text, and a header named after a field of the data, are guarded too', () => {
    const hostile = {
      format: 1,
      networks: [
        {
          id: 'x',
          name: 'X',
          family: 'metier',
          members: '=HYPERLINK("http://evil.example","x")',
          founded: "+cmd|' /C calc'!A0",
          geo: { lat: '=1+1', lon: -5 },
          '=HYPERLINK("http://evil.example","x")': 'piège',
        },
      ],
    };
    const { csv } = toolkit.exportDocument(hostile);
    const [header, row] = Papa.parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    const cell = (column) => row[header.indexOf(column)];
    assert.equal(cell('members'), '\'=HYPERLINK("http://evil.example","x")');
    assert.equal(cell('founded'), "'+cmd|' /C calc'!A0");
    assert.equal(cell('geo.lat'), "'=1+1");
    assert.equal(cell('geo.lon'), '-5', 'a real negative number stays a number');
    assert.ok(header.includes('\'=HYPERLINK("http://evil.example","x")'), header.join(' ; '));
    // build takes the apostrophe away from the header as from any cell.
    const sheet = toolkit.readSheet(csv);
    assert.ok(sheet.columns.includes('=HYPERLINK("http://evil.example","x")'), sheet.columns.join(' ; '));
  });

  test('the full-width ＝ ＋ － ＠, which Apple Numbers and Japanese Excel run as = + - @, are guarded too, and read back', () => {
    const wide = {
      format: 1,
      networks: [
        {
          id: "＝cmd|' /C calc'!A0",
          name: '＝HYPERLINK("https://evil.example","Cliquez")',
          family: 'metier',
          summary: '＋33 4 90 00 00 00',
          tags: ['＠SUM(1)', 'normal'],
          sectors: ['－2+3'],
          '＝HYPERLINK("http://evil.example","x")': 'piège',
        },
      ],
    };
    const { csv } = toolkit.exportDocument(wide);
    const [header, row] = Papa.parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    const cell = (column) => row[header.indexOf(column)];
    assert.equal(cell('id'), "'＝cmd|' /C calc'!A0");
    assert.equal(cell('name'), '\'＝HYPERLINK("https://evil.example","Cliquez")');
    assert.equal(cell('summary'), "'＋33 4 90 00 00 00");
    assert.equal(cell('tags'), "'＠SUM(1) | normal");
    assert.equal(cell('sectors'), "'－2+3");
    assert.ok(header.includes('\'＝HYPERLINK("http://evil.example","x")'), header.join(' ; '));
    const sheet = toolkit.readSheet(csv);
    assert.deepEqual(sheet.rows[0].record.id, wide.networks[0].id);
    assert.deepEqual(sheet.rows[0].record.tags, wide.networks[0].tags);
    assert.ok(sheet.columns.includes('＝HYPERLINK("http://evil.example","x")'), sheet.columns.join(' ; '));
  });

  test('a formula after white space (spaces, a tab, a line break, a no-break space…) is guarded too, and read back', () => {
    // LibreOffice's "Trim spaces", opening a CSV, takes the spaces away: " =HYPERLINK(…)" is then a
    // formula, which "Evaluate formulas" runs.
    const spaced = {
      format: 1,
      networks: [
        {
          id: ' =1+1',
          name: '\u00a0=HYPERLINK("https://evil.example","Cliquez")',
          family: 'metier',
          summary: '  +33 4 90 00 00 00',
          description: '\n-2+3',
          tags: ['\u3000＠SUM(1)', 'normal'],
          contact: { address: "' @déjà échappé" },
          ' \u2003=SUM(A1:A9)': 'piège',
        },
      ],
    };
    const { csv } = toolkit.exportDocument(spaced);
    const [header, row] = Papa.parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    const cell = (column) => row[header.indexOf(column)];
    assert.equal(cell('id'), "' =1+1");
    assert.equal(cell('name'), '\'\u00a0=HYPERLINK("https://evil.example","Cliquez")');
    assert.equal(cell('summary'), "'  +33 4 90 00 00 00");
    assert.equal(cell('description'), "'\n-2+3");
    // A list whose item has spaces at its ends is written as JSON: it begins with "[".
    assert.equal(cell('tags'), '["\u3000＠SUM(1)","normal"]');
    assert.equal(cell('contact.address'), "'' @déjà échappé");
    assert.ok(header.includes("' \u2003=SUM(A1:A9)"), header.join(' ; '));
    // Every cell, trimmed as LibreOffice trims it, is no formula.
    for (const text of [...header, ...row]) assert.doesNotMatch(text.trim(), /^[=+\-@＝＋－＠]/, JSON.stringify(text));
    // build takes the apostrophe away, and the cells are as they were (a column's name is read trimmed, as every one is).
    const sheet = toolkit.readSheet(csv);
    const { [' \u2003=SUM(A1:A9)']: extra, ...known } = spaced.networks[0];
    const { '=SUM(A1:A9)': readExtra, ...readKnown } = sheet.rows[0].record;
    assert.deepEqual({ ...readKnown, contact: { ...readKnown.contact } }, known);
    assert.equal(readExtra, extra);
  });

  /** What a spreadsheet may take away before a formula: white space, which LibreOffice's "Trim spaces" trims. */
  const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u202f', '\u2003', '\u3000', '\ufeff', '\u000b', '\u000c');
  /** Text that begins, or not, with what a spreadsheet runs, after white space or not. */
  const hostileText = fc.oneof(
    fc.string(),
    fc
      .tuple(
        fc.option(space, { nil: '' }),
        fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'=", "''+", '#', '＝', '＋', '－', '＠', "'＝", "' ="),
        fc.string(),
      )
      .map(([before, start, rest]) => before + start + rest),
  );
  const anything = fc.oneof(hostileText, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.jsonValue());
  const hostileRecord = fc.dictionary(hostileText, anything, { maxKeys: 4 }).chain((extra) =>
    fc
      .record(
        {
          id: anything,
          name: anything,
          family: anything,
          summary: anything,
          sectors: fc.oneof(fc.array(hostileText, { maxLength: 3 }), anything),
          members: anything,
          founded: anything,
          geo: fc.record({ lat: anything, lon: anything }, { requiredKeys: [] }),
          contact: fc.dictionary(hostileText, anything, { maxKeys: 3 }),
          updated: anything,
        },
        { requiredKeys: [] },
      )
      .map((known) => ({ ...extra, ...known })),
  );
  /** A number as writeSheet writes it for French Excel, which reads it as a number: `-5`, `-12,5`, `-1e-7`. */
  const NUMBER_TEXT = /^-?\d+(,\d+)?(e[+-]?\d+)?$/;

  test('property: no cell and no header of the sheet begins with a formula character, after white space or not, unless it is a real number', () => {
    fc.assert(
      fc.property(fc.array(hostileRecord, { maxLength: 4 }), hostileRecord, (networks, fields) => {
        const { csv } = toolkit.exportDocument({ ...fields, networks });
        const { data, errors } = Papa.parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', newline: '\r\n' });
        assert.deepEqual(errors, []);
        for (const cells of data)
          for (const cell of cells)
            assert.ok(!/^\s*[=+\-@\t\r＝＋－＠]/.test(cell) || NUMBER_TEXT.test(cell), `cell ${JSON.stringify(cell)}`);
      }),
      { numRuns: 300 },
    );
  });

  test('a formula saved as LibreOffice saves an array formula, {=…}, is warned about; text that begins with + - @ is none', () => {
    // LibreOffice's "Save cell formulas" writes every formula from "=" (a typed +A1 as =+A1), and an
    // array formula {=…}; Excel saves no formula in a CSV. "+33…", "- bénévoles", "@club" are texts.
    const folder = workspace();
    writeFileSync(
      join(folder, 'array.csv'),
      'id;name;family;summary;description;contact.phone;tags\r\n' + 'a;A;metier;"{=SOMME(A1:A2)}";- bénévoles;+33 4 91 00 00 00;@club\r\n',
    );
    const { status, lines, document: built } = build(join(folder, 'array.csv'));
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(lines.slice(1), [
      "Attention — Ligne 2, colonne « summary » : « {=SOMME(A1:A2)} » est une formule du tableur, pas sa valeur : le guide l'afficherait telle quelle. Écrivez la valeur elle-même.",
    ]);
    assert.deepEqual(
      [built.networks[0].description, built.networks[0].contact.phone, built.networks[0].tags],
      ['- bénévoles', '+33 4 91 00 00 00', ['@club']],
    );
  });

  test('build reads them back to the same text', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'formulas.json'), JSON.stringify(document));
    run('export', join(folder, 'formulas.json'), '-o', join(folder, 'formulas.csv'));
    const { status, document: back, lines } = build(join(folder, 'formulas.csv'));
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(back.networks, document.networks);
  });
});

describe('the source is never destroyed', () => {
  test('build x.csv -o x.csv and export x.json -o x.json are refused, the file untouched', () => {
    const folder = workspace();
    const sheet = join(folder, 'x.csv');
    writeFileSync(sheet, readFileSync(fixture('clean.csv')));
    const refused = run('build', sheet, '-o', sheet);
    assert.equal(refused.status, 1);
    assert.deepEqual(refused.lines, [`${sheet} est le fichier lu : il ne sera pas écrasé. Donnez un autre nom avec -o.`]);
    assert.deepEqual(readFileSync(sheet), readFileSync(fixture('clean.csv')));
    const data = join(folder, 'x.json');
    writeFileSync(data, readFileSync(DEMO));
    assert.equal(run('export', data, '-o', data).status, 1);
    assert.equal(run('export', data, '-o', join(folder, '.', 'x.json')).status, 1);
    assert.deepEqual(readFileSync(data), readFileSync(DEMO));
  });

  test('nor through a link to it, nor over the questions file', () => {
    const folder = workspace();
    const sheet = join(folder, 'x.csv');
    writeFileSync(sheet, readFileSync(fixture('clean.csv')));
    symlinkSync(sheet, join(folder, 'link.csv'));
    linkSync(sheet, join(folder, 'hard.csv'));
    assert.equal(run('build', sheet, '-o', join(folder, 'link.csv')).status, 1);
    assert.equal(run('build', sheet, '-o', join(folder, 'hard.csv')).status, 1);
    const questions = join(folder, 'questions.json');
    writeFileSync(questions, readFileSync(fixture('questions.json')));
    assert.equal(run('build', sheet, '--questions', questions, '-o', questions).status, 1);
    assert.deepEqual(readFileSync(sheet), readFileSync(fixture('clean.csv')));
    assert.deepEqual(readFileSync(questions), readFileSync(fixture('questions.json')));
  });

  test('a write cut short (a full disk) leaves the good reseaux.json as it was, and no stray file', () => {
    const folder = workspace();
    const good = join(folder, 'reseaux.json');
    assert.equal(run('build', fixture('clean.csv'), '-o', good).status, 0);
    const before = readFileSync(good);
    const sheet = join(folder, 'demo.csv');
    assert.equal(run('export', DEMO, '-o', sheet).status, 0);
    // 64 KiB at most per file: the demo's 283 networks do not fit.
    const { status, lines } = runIn({ fileSizeLimit: 64 }, 'build', sheet, '-o', good, '--lang', 'en');
    assert.equal(status, 1);
    assert.match(lines.at(-1), new RegExp(`^Cannot write ${good.replace(/[.]/g, '\\.')}:`));
    assert.deepEqual(readFileSync(good), before);
    assert.deepEqual(readdirSync(folder).sort(), ['demo.csv', 'reseaux.json']);
  });
});

describe('export → build gives back the same document', () => {
  const full = {
    format: 1,
    title: { fr: 'Le guide des réseaux', en: 'The guide to networks' },
    updated: '2026-11-01',
    lang: 'fr',
    feedback: 'mailto:reseaux@cci.example',
    places: { Arles: { lat: 43.68, lon: 4.63 }, 'Pays | Aubagne': { lat: 43.29, lon: 5.57 } },
    questions: [{ id: 'q', field: 'sectors', label: 'Secteur ?', options: 'auto' }],
    networks: [
      {
        id: '  espaces autour  ',
        name: ' Nom ',
        family: 'metier',
        sectors: ['BTP | Travaux publics', ' espace'],
        territories: ['Arles', 'Pays | Aubagne'],
        tags: ['[crochet]'],
        members: 0,
        founded: -44,
        geo: { lat: 1e21, lon: -1.5e-10 },
        contact: { joinUrl: 'https://adherer.example', fax: '04 00' },
        rank: 3,
        extra: { nested: [1, 'a'] },
        note: 'texte',
      },
    ],
  };

  test('title, updated, lang, feedback, places, questions, lists holding "|", spaces, ids, tiny and huge numbers, extra fields', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'full.json'), JSON.stringify(full));
    const exported = run('export', join(folder, 'full.json'), '-o', join(folder, 'full.csv'));
    assert.equal(exported.status, 0, exported.lines.join('\n'));
    const { status, document, lines } = build(join(folder, 'full.csv'));
    assert.equal(status, 0, lines.join('\n'));
    // `updated` is the sheet's, not today's: the --updated of the helper is set aside here.
    assert.deepEqual({ ...document, updated: full.updated }, full);
    const again = run('build', join(folder, 'full.csv'), '-o', join(folder, 'again.json'));
    assert.equal(readJson(join(folder, 'again.json')).updated, '2026-11-01', 'the sheet’s #updated row', again.lines.join('\n'));
  });

  test('a title in another language and $schema go through as JSON rows; a contact that is no object is named', () => {
    const folder = workspace();
    const odd = {
      format: 1,
      title: { fr: 'Guide', de: 'Leitfaden' },
      updated: '2026-11-01',
      $schema: 'https://unpkg.com/reseaupro-finder/schema.json',
      networks: [{ id: 'a', name: 'A', family: 'metier', sectors: ['Questions | réponses'] }],
    };
    writeFileSync(join(folder, 'odd.json'), JSON.stringify(odd));
    run('export', join(folder, 'odd.json'), '-o', join(folder, 'odd.csv'));
    assert.match(readFileSync(join(folder, 'odd.csv'), 'utf8'), /\r\n#json:title;"\{""fr"":""Guide"",""de"":""Leitfaden""\}"\r\n/);
    assert.deepEqual(build(join(folder, 'odd.csv')).document, odd);
    writeFileSync(
      join(folder, 'contact.json'),
      JSON.stringify({ networks: [{ id: 'a', name: 'A', family: 'metier', contact: 'https://a.example' }] }),
    );
    const { lines } = run('export', join(folder, 'contact.json'), '-o', join(folder, 'contact.csv'), '--lang', 'en');
    assert.ok(lines.includes('Fields no cell can hold, left out: contact.'), lines.join('\n'));
  });

  test('the demo directory, whole', () => {
    const folder = workspace();
    assert.equal(run('export', DEMO, '-o', join(folder, 'demo.csv')).status, 0);
    const back = run('build', join(folder, 'demo.csv'), '-o', join(folder, 'back.json'));
    assert.equal(back.status, 0);
    assert.deepEqual(readJson(join(folder, 'back.json')), readJson(DEMO));
  });

  /** Text a record may hold: anything but a lone "\r" or "\r\n" (a line break inside a cell is read as "\n"), never blank. */
  const text = fc
    .string({
      unit: fc.constantFrom(
        'a',
        'é',
        ' ',
        '|',
        ';',
        ',',
        '"',
        "'",
        '=',
        '+',
        '-',
        '@',
        '#',
        '\t',
        '\n',
        '[',
        ']',
        '€',
        '’',
        'Z',
        '0',
        '.',
        '\\',
      ),
    })
    .filter((value) => value.trim() !== '');
  const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
  const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31') }).map((value) => value.toISOString().slice(0, 10));
  const record = fc.record(
    {
      id: text,
      name: text,
      family: fc.constantFrom('sectoriel', 'metier', 'territorial', 'thematique'),
      summary: text,
      description: text,
      sectors: fc.array(text, { minLength: 1, maxLength: 3 }),
      territories: fc.array(text, { minLength: 1, maxLength: 3 }),
      audience: fc.array(fc.constantFrom('tpe', 'pme', 'createur'), { minLength: 1, maxLength: 2 }),
      meetingFrequency: fc.constantFrom('mensuelle', 'annuelle'),
      members: fc.integer({ min: 0 }),
      founded: fc.integer({ min: -9999, max: 9999 }),
      contact: fc.record({ website: text, email: text, phone: text, joinUrl: text }, { requiredKeys: [] }),
      geo: fc.record({ lat: number, lon: number }),
      tags: fc.array(text, { minLength: 1, maxLength: 3 }),
      updated: date,
      extra: fc.oneof(text, fc.jsonValue()),
    },
    { requiredKeys: ['id', 'name', 'family'] },
  );
  const documents = fc
    .record(
      {
        title: fc.oneof(
          text,
          fc.record({ fr: text, en: text }, { requiredKeys: [] }).filter((title) => Object.keys(title).length > 0),
        ),
        updated: date,
        lang: fc.constantFrom('fr', 'en'),
        feedback: text,
        places: fc.dictionary(
          text,
          fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
        ),
        questions: fc.constant([{ id: 'q', field: 'sectors', label: 'Q', options: 'auto' }]),
        // At least one: a sheet of no network is refused (below, "a sheet with no network is refused").
        networks: fc.uniqueArray(record, { selector: (network) => network.id, minLength: 1, maxLength: 5 }),
      },
      { requiredKeys: ['updated', 'networks'] },
    )
    // An empty contact is no contact; a JSON value whose text is blank is no value.
    .map((document) => ({
      format: 1,
      ...document,
      networks: document.networks.map((network) => {
        if (!network.contact || Object.keys(network.contact).length) return network;
        const rest = { ...network };
        delete rest.contact;
        return rest;
      }),
    }));

  test('property: over generated documents', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const { csv } = toolkit.exportDocument(document);
        const { document: back, issues } = toolkit.buildDocument(csv, { today: '2000-01-01' });
        assert.deepEqual(issues, []);
        // Through JSON, as the file is written: objects without a prototype compare as plain ones.
        assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(document)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('labels instead of codes', () => {
  const sheet = [
    'id;name;family;audience;meetingFrequency;feeBand;services',
    'a;A;Réseau métier;TPE | pme;Mensuelle;Moins de 200 €;Formation',
    'b;B;sectoriel;Micro firm (0–9 staff);once a month;under €200;Partage d’expériences | artisanat',
    'c;C;metier;artisans;chaque semaine;gratuit;formation',
  ].join('\r\n');

  test('build reads the French and English labels of the vocabulary as their codes, with a note', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'labels.csv'), `${sheet}\r\n`);
    const { status, lines, document } = build(join(folder, 'labels.csv'));
    assert.equal(status, 0, lines.join('\n'));
    const [a, b, c] = document.networks;
    assert.deepEqual(
      [a.family, a.audience, a.meetingFrequency, a.feeBand, a.services],
      ['metier', ['tpe', 'pme'], 'mensuelle', 'moins-200', ['formation']],
    );
    assert.deepEqual(
      [b.audience, b.meetingFrequency, b.feeBand, b.services],
      [['tpe'], 'mensuelle', 'moins-200', ['partage-experiences', 'artisanat']],
    );
    assert.deepEqual([c.audience, c.meetingFrequency], [['artisans'], 'hebdomadaire']);
    assert.ok(lines.includes('Note — Ligne 2, colonne « audience » : « TPE » lu comme « tpe ».'), lines.join('\n'));
    assert.ok(lines.includes('Note — Ligne 2, colonne « family » : « Réseau métier » lu comme « metier ».'));
  });

  test('a question of the document on any field (sectors) is checked as well', () => {
    const folder = workspace();
    const questions = [{ id: 'secteur', field: 'sectors', label: 'Secteur ?', options: [{ value: 'BTP' }, { value: 'Numérique' }] }];
    writeFileSync(join(folder, 'q.json'), JSON.stringify(questions));
    writeFileSync(join(folder, 's.csv'), 'id;name;family;sectors\r\na;A;metier;BTP | Numerique\r\n');
    const { status, lines } = build(join(folder, 's.csv'), '--questions', join(folder, 'q.json'), '--lang', 'en');
    assert.equal(status, 0);
    assert.ok(
      lines.includes(
        'Warning — Line 2, column "sectors": "Numerique" is an option of no question on this field (secteur): no answer will find it.',
      ),
      lines.join('\n'),
    );
  });

  test('a column the format does not know is warned about once, on the header’s line, with the one it is closest to', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'cols.csv'), 'id;name;family;contact.site;adress\r\na;A;metier;https://a.example;1 rue\r\nb;B;metier;;\r\n');
    const { status, lines } = build(join(folder, 'cols.csv'), '--lang', 'en');
    assert.equal(status, 0);
    assert.deepEqual(lines.slice(1), [
      'Warning — Line 1, column "contact.site": unknown name "contact.site": did you mean "contact.website"?',
      'Warning — Line 1, column "adress": unknown name "adress": did you mean "contact.address"?',
    ]);
  });

  test('and warns, with line and column, about a value no question on its field offers', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'labels.csv'), `${sheet}\r\n`);
    const { lines } = build(join(folder, 'labels.csv'), '--lang', 'en');
    assert.ok(
      lines.includes(
        'Warning — Line 3, column "services": "artisanat" is an option of no question on this field (attentes): no answer will find it.',
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.includes(
        'Warning — Line 4, column "audience": "artisans" is an option of no question on this field (profil): no answer will find it.',
      ),
    );
  });

  test('validate warns about labels in a data file, naming the code to write (exit 0)', () => {
    const folder = workspace();
    const document = {
      networks: [{ id: 'a', name: 'A', family: 'metier', audience: ['TPE'], meetingFrequency: 'Mensuelle', feeBand: 'Moins de 200 €' }],
    };
    writeFileSync(join(folder, 'labels.json'), JSON.stringify(document));
    const { status, lines } = run('validate', join(folder, 'labels.json'));
    assert.equal(status, 0);
    assert.deepEqual(lines, [
      'Attention — Réseau n° 1 (« a »), champ « audience » : « TPE » est un libellé : écrivez le code « tpe », sans quoi aucune réponse ne le trouve.',
      'Attention — Réseau n° 1 (« a »), champ « meetingFrequency » : « Mensuelle » est un libellé : écrivez le code « mensuelle », sans quoi aucune réponse ne le trouve.',
      'Attention — Réseau n° 1 (« a »), champ « feeBand » : « Moins de 200 € » est un libellé : écrivez le code « moins-200 », sans quoi aucune réponse ne le trouve.',
      '1 réseau, 0 problème, 3 avertissements',
    ]);
  });
});

describe('Excel’s "sep=;" first line', () => {
  // Excel reads the line, hides it, and numbers the header row 1: the keeper looks for the rows there.
  const sheet = 'id;name;family;summary\r\na;A;metier;Un, deux, trois\r\nb;B;associatif;x\r\n';

  test('names the separator; rows are numbered as Excel shows them, without it, and a note says so', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'sep.csv'), `sep=;\r\n${sheet}`);
    const { status, lines } = build(join(folder, 'sep.csv'));
    assert.equal(status, 1);
    assert.equal(
      lines[0],
      "Note — La première ligne du fichier, « sep=; », qu'Excel cache, n'est pas comptée : les lignes sont numérotées comme Excel les montre, l'en-tête en ligne 1. Si votre tableur montre cette ligne (LibreOffice, selon sa version), ajoutez 1 aux numéros de ligne.",
    );
    // The widget's words (why), with its French no-break spaces, after the command line's (where).
    assert.match(lines[1], /^Ligne 3, colonne « family » : famille inconnue «\u00a0associatif\u00a0»/);
    const english = build(join(folder, 'sep.csv'), '--lang', 'en').lines;
    assert.match(english[0], /^Note — The file's first line, "sep=;", which Excel hides, is not counted: .* add 1 to the line numbers\.$/);
  });

  test('the same rows with it or without it, whatever the line breaks; no note without it', () => {
    const without = toolkit.readSheet(sheet);
    for (const text of [`sep=;\r\n${sheet}`, `SEP=;\n${sheet.replace(/\r\n/g, '\n')}`, `\uFEFFsep=; \r${sheet.replace(/\r\n/g, '\r')}`]) {
      const read = toolkit.readSheet(text);
      assert.equal(read.headerLine, 1, JSON.stringify(text));
      assert.deepEqual(
        read.rows.map((row) => row.line),
        [2, 3],
      );
      assert.deepEqual(read.rows, without.rows);
    }
    assert.equal(without.separatorLine, undefined);
  });

  test('stats --stale gives the rows as Excel numbers them too, with the notes build gives of the sheet', () => {
    const file = join(workspace(), 'sep.csv');
    writeFileSync(file, `sep=;\r\nid;name;family;updated\r\na;A;metier;2020-01-01\r\nb;B;metier;01/11/95\r\n`);
    for (const stale of [['--stale', '12'], []]) {
      const { stdout, stderr } = run('stats', file, ...stale, '--today', '2026-11-28');
      if (stale.length) assert.match(stdout, /^ {2}Ligne 2 — a — A — /m);
      // Where the rows are counted from, and the century a date was given: as build says them.
      assert.match(stderr, /^Note — La première ligne du fichier, « sep=; », qu'Excel cache/m, stale.join(' '));
      assert.match(stderr, /^Attention — Ligne 3, colonne « updated » : la date « 01\/11\/95 » n'a que deux chiffres d'année/m);
    }
  });
});

describe('a sheet with no network is refused', () => {
  test('a header row and no network row: no reseaux.json of 0 networks, which would empty the guide; exit 1', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'header.csv'), '\uFEFFid;name;family;summary\r\n');
    const { status, lines, document } = build(join(folder, 'header.csv'));
    assert.equal(status, 1);
    assert.equal(document, undefined, 'nothing written');
    assert.deepEqual(lines, [
      "Ligne 1 : le tableur a des titres de colonnes, mais aucun réseau : un reseaux.json sans réseau viderait le guide sur chaque site qui l'affiche, et aucun n'est fait. Ajoutez les réseaux sous la ligne d'en-tête.",
      "1 problème : aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez.",
    ]);
    assert.deepEqual(build(join(folder, 'header.csv'), '--lang', 'en').lines, [
      'Line 1: the sheet has column titles but no network: a reseaux.json of no network would empty the guide on every site that shows it, and none is made. Add the networks below the header row.',
      '1 problem: no data file was made. Fix the spreadsheet, then try again.',
    ]);
  });

  test('nor with empty rows and the document’s own rows (#title) under the header, after a sep=; line', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'rows.csv'), 'sep=;\r\nid;name;family\r\n;;\r\n\r\n#title;Annuaire\r\n');
    const { status, lines, document } = build(join(folder, 'rows.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.equal(document, undefined);
    assert.match(lines[1], /^Line 1: the sheet has column titles but no network: /);
  });

  test('every row skipped as bad (0 good networks) is refused the same way, each problem named', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'bad.csv'), 'id;name;family\r\na;A;associatif\r\nb;;metier\r\n');
    const { status, lines, document } = build(join(folder, 'bad.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.equal(document, undefined);
    assert.deepEqual(
      lines.map((line) => line.replace(/\u00a0/g, ' ')),
      [
        'Line 2, column "family": unknown family "associatif" (expected sectoriel, metier, territorial or thematique).',
        'Line 3, column "name": missing or empty.',
        '2 problems: no data file was made. Fix the spreadsheet, then try again.',
      ],
    );
  });
});

describe('line endings', () => {
  test('CRLF, LF and a lone CR mixed in one file are all row breaks; a line break inside a quoted cell stays in it', () => {
    const { status, lines, document } = build(fixture('mixed-line-endings.csv'));
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(
      document.networks.map((network) => [network.id, network.description]),
      [
        ['a', 'Deux\nlignes'],
        ['b', 'Une'],
        ['c', 'x'],
      ],
    );
  });

  test('row breaks are made one as the rules say, whatever the sheet, now that runs are copied whole', () => {
    // The rules, a character at a time, as the code read a sheet before it copied runs whole (a 20 MB
    // sheet took 9 s on the keepers' page; how long it takes is for a benchmark, not a test): a CR,
    // LF or CRLF outside quotes ends a row and is written LF; inside a quoted cell it is kept.
    const byCharacter = (text, delimiter) => {
      let out = '';
      let quoted = false;
      let cellStart = true;
      for (let i = 0; i < text.length; i++) {
        const character = text[i];
        if (quoted) {
          if (character === '"') {
            if (text[i + 1] === '"') {
              out += '""';
              i++;
              continue;
            }
            quoted = false;
          }
          out += character;
          continue;
        }
        if (character === '\r' || character === '\n') {
          if (character === '\r' && text[i + 1] === '\n') i++;
          out += '\n';
          cellStart = true;
          continue;
        }
        if (character === '"' && cellStart) quoted = true;
        cellStart = character === delimiter;
        out += character;
      }
      return out;
    };
    const sheet = fc.stringOf(fc.constantFrom('a', 'é', ';', ',', '"', '\r', '\n', ' '), { maxLength: 60 });
    fc.assert(
      fc.property(sheet, fc.constantFrom(';', ','), (text, delimiter) => {
        assert.equal(toolkit.normaliseRowBreaks(text, delimiter), byCharacter(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  test('and lines are counted right after them', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'mixed.csv'), 'id;name;family\r\na;A;metier\nb;B;sectoriel\rc;C;associatif\r\n');
    const { status, lines } = build(join(folder, 'mixed.csv'));
    assert.equal(status, 1);
    // The widget's words (why), with its French no-break spaces, after the command line's (where).
    assert.match(lines[0], /^Ligne 4, colonne « family » : famille inconnue «\u00a0associatif\u00a0»/);
  });
});

describe('members and founded are whole numbers', () => {
  test('"1200", "1 200", "1,200" (quoted in a comma-separated file), "1.200" and "1’200" are all twelve hundred', () => {
    const folder = workspace();
    const rows = ['1200', '1 200', '"1,200"', '1.200', '1’200', '1\u00a0200'].map((members, i) => `n${i},N${i},metier,${members},1998`);
    writeFileSync(join(folder, 'counts.csv'), ['id,name,family,members,founded', ...rows].join('\n'));
    const { status, document, lines } = build(join(folder, 'counts.csv'));
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(
      document.networks.map((network) => [network.members, network.founded]),
      rows.map(() => [1200, 1998]),
    );
  });

  test('a decimal, a misplaced separator or a word is a problem by line and column; the rest of the row is kept', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'counts.csv'),
      'id;name;family;members;founded\r\na;A;metier;1,5;1998\r\nb;B;metier;12,00;19.98\r\nc;C;metier;beaucoup;1 99\r\n',
    );
    const { status, lines } = build(join(folder, 'counts.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.deepEqual(lines.slice(0, -1), [
      'Line 2, column "members": "1,5" is not a whole number (a count of members, a year: 1200, 1 200 or 1,200 for twelve hundred).',
      'Line 3, column "members": "12,00" is not a whole number (a count of members, a year: 1200, 1 200 or 1,200 for twelve hundred).',
      'Line 3, column "founded": "19.98" is not a whole number (a count of members, a year: 1200, 1 200 or 1,200 for twelve hundred).',
      'Line 4, column "members": "beaucoup" is not a number.',
      'Line 4, column "founded": "1 99" is not a whole number (a count of members, a year: 1200, 1 200 or 1,200 for twelve hundred).',
    ]);
    const sheet = toolkit.readSheet('id;name;family;members\r\na;A;metier;1,5\r\n');
    assert.deepEqual({ ...sheet.rows[0].record }, { id: 'a', name: 'A', family: 'metier' }, 'the field is left out, the record kept');
  });

  test('a position cell that is no number is said once, on its cell: not again as a missing latitude, nor out of range', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'geo.csv'),
      'id;name;family;geo.lat;geo.lon\r\na;A;metier;abc;5,4\r\nb;B;metier;1e999;5,4\r\nc;C;metier;43,3;5,4\r\n',
    );
    const { status, lines } = build(join(folder, 'geo.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      'Line 2, column "geo.lat": "abc" is not a number.',
      'Line 3, column "geo.lat": "1e999" is not a number.',
      '2 problems: no data file was made. Fix the spreadsheet, then try again.',
    ]);
  });

  test('property: any whole number, its thousands grouped by any one separator, reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('', ' ', ',', '.', '’', '\u00a0', '\u202f'),
        fc.constantFrom(';', ','),
        (number, separator, delimiter) => {
          const digits = String(Math.abs(number));
          const grouped = separator === '' ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separator);
          const cell = `${number < 0 ? '-' : ''}${grouped}`;
          const quoted = cell.includes(delimiter) ? `"${cell}"` : cell;
          const sheet = toolkit.readSheet(
            `id${delimiter}name${delimiter}family${delimiter}members\na${delimiter}A${delimiter}metier${delimiter}${quoted}\n`,
          );
          assert.deepEqual(sheet.issues, []);
          assert.equal(sheet.rows[0].record.members, number);
        },
      ),
    );
  });
});

describe('dates are days of the calendar', () => {
  const sheetOf = (...dates) => ['id;name;family;updated', ...dates.map((date, i) => `n${i};N${i};metier;${date}`)].join('\r\n');
  const days = (text) => toolkit.readSheet(text).rows.map((row) => row.record.updated);

  test('French day/month by default; the column’s own order where one date tells it (11/25/2026 is month first)', () => {
    assert.deepEqual(days(sheetOf('01/11/2026', '1/2/2026', '2026-03-04')), ['2026-11-01', '2026-02-01', '2026-03-04']);
    assert.deepEqual(days(sheetOf('25/11/2026', '01/12/2026')), ['2026-11-25', '2026-12-01']);
    assert.deepEqual(days(sheetOf('11/25/2026', '12/01/2026', '1.2.2026')), ['2026-11-25', '2026-12-01', '2026-01-02']);
  });

  test('a two-digit year (01/11/26, Excel’s short date) is completed as Excel and LibreOffice do, 00–29 → 20xx, 30–99 → 19xx', () => {
    assert.deepEqual(days(sheetOf('01/11/26', '1/2/29', '31/12/30', '05.06.99', '29/02/28', '01/11/2026')), [
      '2026-11-01',
      '2029-02-01',
      '1930-12-31',
      '1999-06-05',
      '2028-02-29',
      '2026-11-01',
    ]);
    // An American Excel's short date, month first: the column's order holds for two-digit years too.
    assert.deepEqual(days(sheetOf('11/25/26', '12/01/26')), ['2026-11-25', '2026-12-01']);
    // 2027 is no leap year; a year of one or three digits is no date.
    assert.deepEqual(
      toolkit.readSheet(sheetOf('29/02/27', '1/2/3', '01/11/026')).issues.map(({ line, fault }) => [line, fault]),
      [
        [2, 'impossible'],
        [3, 'unreadable'],
        [4, 'unreadable'],
      ],
    );
  });

  test('build warns of each year it completed, naming the day it became, and still writes the file', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'short.csv'), `${sheetOf('01/11/26', '2026-11-02', '15/03/95 00:00')}\r\n\r\n#updated;28/11/26\r\n`);
    const output = join(folder, 'reseaux.json');
    const { status, lines } = run('build', join(folder, 'short.csv'), '-o', output);
    assert.equal(status, 0, lines.join('\n'));
    // The file written (stdout), then the warnings (stderr). The #updated row is named by its first
    // cell, where the keeper sees "#updated": the header row has no column of that name.
    assert.deepEqual(lines.slice(1), [
      "Attention — Ligne 2, colonne « updated » : la date « 01/11/26 » n'a que deux chiffres d'année : elle est lue comme Excel et LibreOffice la lisent, le 1er novembre 2026 (2026-11-01) ; vérifiez-la, ou écrivez l'année en entier.",
      "Attention — Ligne 4, colonne « updated » : la date « 15/03/95 00:00 » n'a que deux chiffres d'année : elle est lue comme Excel et LibreOffice la lisent, le 15 mars 1995 (1995-03-15) ; vérifiez-la, ou écrivez l'année en entier.",
      "Attention — Ligne 6 (« #updated ») : la date « 28/11/26 » n'a que deux chiffres d'année : elle est lue comme Excel et LibreOffice la lisent, le 28 novembre 2026 (2026-11-28) ; vérifiez-la, ou écrivez l'année en entier.",
    ]);
    const document = readJson(output);
    assert.deepEqual(
      [document.updated, ...document.networks.map((network) => network.updated)],
      ['2026-11-28', '2026-11-01', '2026-11-02', '1995-03-15'],
    );
    assert.match(
      run('build', join(folder, 'short.csv'), '-o', output, '--lang', 'en').lines[1],
      /^Warning — Line 2, column "updated": the date "01\/11\/26" has a two-digit year: it is read as Excel and LibreOffice read it, 1 November 2026 \(2026-11-01\); check it, or write the year in full\.$/,
    );
  });

  test('an impossible or unreadable date is a problem by line and column; the record is kept without it', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'dates.csv'),
      `${sheetOf('2026-02-30', '2026-13-13', 'hier', '30/02/2026', '29/02/2028')}\r\n\r\n#updated;31/04/2026\r\n`,
    );
    const { status, lines } = build(join(folder, 'dates.csv'), '--lang', 'en');
    assert.equal(status, 1);
    assert.deepEqual(lines.slice(0, -1), [
      'Line 2, column "updated": "2026-02-30" is no day of the calendar (that day or month does not exist).',
      'Line 3, column "updated": "2026-13-13" is no day of the calendar (that day or month does not exist).',
      'Line 4, column "updated": "hier" is not a date: write it YYYY-MM-DD (2026-11-01) or DD/MM/YYYY (01/11/2026).',
      'Line 5, column "updated": "30/02/2026" is no day of the calendar (that day or month does not exist).',
      'Line 8 ("#updated"): "31/04/2026" is no day of the calendar (that day or month does not exist).',
    ]);
    const sheet = toolkit.readSheet(sheetOf('hier', '29/02/2028'));
    assert.deepEqual(
      sheet.rows.map((row) => ({ ...row.record })),
      [
        { id: 'n0', name: 'N0', family: 'metier' },
        { id: 'n1', name: 'N1', family: 'metier', updated: '2028-02-29' },
      ],
    );
  });

  test('in a column of both orders, a date that reads either way is a problem; the others are read their only way', () => {
    const sheet = toolkit.readSheet(sheetOf('13/05/2026', '05/13/2026', '05/06/2026', '07/07/2026'));
    assert.deepEqual(days(sheetOf('13/05/2026', '05/13/2026', '05/06/2026', '07/07/2026')), [
      '2026-05-13',
      '2026-05-13',
      undefined,
      '2026-07-07',
    ]);
    assert.deepEqual(sheet.issues, [{ kind: 'bad-date', line: 4, column: 'updated', value: '05/06/2026', fault: 'ambiguous' }]);
  });

  test('the #updated row is read on its own: it does not vote in the column’s order, and is day first unless it can only be month first', () => {
    const sheet = toolkit.readSheet(`${sheetOf('11/25/2026', '05/06/2026')}\r\n#updated;25/11/2026\r\n`);
    assert.deepEqual(sheet.issues, []);
    assert.deepEqual(
      sheet.rows.map((row) => row.record.updated),
      ['2026-11-25', '2026-05-06'],
    );
    assert.equal(sheet.document.updated, '2026-11-25');
    // Alone, a date that reads either way is day first; one that cannot be is month first.
    assert.equal(toolkit.readSheet(`${sheetOf('11/25/2026')}\r\n#updated;05/06/2026\r\n`).document.updated, '2026-06-05');
    assert.equal(toolkit.readSheet(`${sheetOf('25/11/2026')}\r\n#updated;11/25/2026\r\n`).document.updated, '2026-11-25');
  });

  test('an impossible date (31/31/2026, 02/30/2026) does not vote for an order: the others are read as the column’s valid dates say', () => {
    const sheet = toolkit.readSheet(sheetOf('31/31/2026', '05/06/2026', '25/11/2026'));
    assert.deepEqual(
      sheet.rows.map((row) => row.record.updated),
      [undefined, '2026-06-05', '2026-11-25'],
    );
    assert.deepEqual(sheet.issues, [{ kind: 'bad-date', line: 2, column: 'updated', value: '31/31/2026', fault: 'impossible' }]);
    assert.equal(toolkit.dateOrder(['31/31/2026', '05/06/2026']), 'day-first');
    assert.equal(toolkit.dateOrder(['02/30/2026', '11/25/2026', '05/06/2026']), 'month-first');
  });

  test('validate refuses an updated that is no day (exit 1), and takes an ISO date-time, which the widget shows as its day', () => {
    const folder = workspace();
    const document = {
      updated: '2026-02-30',
      networks: [
        { id: 'a', name: 'A', family: 'metier', updated: 'hier' },
        { id: 'b', name: 'B', family: 'metier', updated: '2026-11-01T09:30:00Z' },
        { id: 'c', name: 'C', family: 'metier', updated: '2028-02-29' },
      ],
    };
    writeFileSync(join(folder, 'dates.json'), JSON.stringify(document));
    const { status, lines } = run('validate', join(folder, 'dates.json'));
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      "Document, champ « updated » : « 2026-02-30 » n'est pas un jour du calendrier écrit AAAA-MM-JJ (2026-11-01, par exemple).",
      "Réseau n° 1 (« a »), champ « updated » : « hier » n'est pas un jour du calendrier écrit AAAA-MM-JJ (2026-11-01, par exemple).",
      '3 réseaux, 2 problèmes',
    ]);
  });

  test('--updated and --today must be days of the calendar: refused with exit 2, never written, never "Invalid time value"', () => {
    const folder = workspace();
    const output = join(folder, 'x.json');
    for (const [option, value] of [
      ['--updated', '2026-99-99'],
      ['--updated', '2026-02-29'],
      ['--today', '2026-13-45'],
    ]) {
      const command = option === '--updated' ? ['build', fixture('clean.csv'), '-o', output] : ['stats', DEMO];
      const { status, lines } = run(...command, option, value, '--lang', 'en');
      assert.equal(status, 2, `${option} ${value}`);
      assert.deepEqual(lines, [`"${value}" is no day of the calendar written YYYY-MM-DD (2026-11-01, for one).`]);
    }
    assert.equal(existsSync(output), false);
    assert.equal(run('stats', DEMO, '--today', '2028-02-29').status, 0);
  });

  test('stats compares days, not texts: "hier" is not a recent date, an ISO date-time is its day', () => {
    const folder = workspace();
    const document = {
      networks: [
        { id: 'a', name: 'A', family: 'metier', updated: 'hier' },
        { id: 'b', name: 'B', family: 'metier', updated: '2026-11-01T09:30:00Z' },
        { id: 'c', name: 'C', family: 'metier', updated: '2024-01-01' },
      ],
    };
    writeFileSync(join(folder, 'dates.json'), JSON.stringify(document));
    const stale = run('stats', join(folder, 'dates.json'), '--today', '2026-11-28', '--stale', '12', '--lang', 'en');
    assert.deepEqual(stale.lines, [
      'To call: 2 networks not checked for over 12 months as of 28 November 2026, or never:',
      '  Network #1 — a — A — unreadable date of check "hier"',
      '  Network #3 — c — C — checked 1 January 2024',
    ]);
    const { lines } = run('stats', join(folder, 'dates.json'), '--today', '2026-11-28', '--lang', 'en');
    assert.ok(lines.includes('Checked over a year ago: 1 (c)'), lines.join('\n'));
    assert.ok(lines.includes('Unreadable date of check ("updated" that is no day of the calendar): 1 (a)'), lines.join('\n'));
  });

  /** Any day from year 1000 to 9999, as [year, month, day]. */
  const day = fc
    .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
  const iso = ({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const pad = (number, padded) => (padded ? String(number).padStart(2, '0') : String(number));

  test('property: a day written ISO, day first, or month first in a column that shows it, reads back as that day', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('iso', 'day-first', 'month-first'),
        fc.constantFrom('/', '.', '-'),
        fc.boolean(),
        (date, order, separator, padded) => {
          const [first, second] = order === 'month-first' ? [date.month, date.day] : [date.day, date.month];
          const written = order === 'iso' ? iso(date) : [pad(first, padded), pad(second, padded), date.year].join(separator);
          // A month-first column is known by a date whose second part is over 12: the 25th of November.
          const evidence = order === 'month-first' ? ['11/25/2026'] : [];
          const sheet = toolkit.readSheet(sheetOf(written, ...evidence));
          assert.deepEqual(sheet.issues, []);
          assert.equal(sheet.rows[0].record.updated, iso(date));
        },
      ),
    );
  });

  test('property: year, month and day that are no day of the calendar are refused, in every form', () => {
    const notADay = fc
      .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 0, max: 99 }), day: fc.integer({ min: 0, max: 99 }) })
      .filter(
        ({ year, month, day }) => month < 1 || month > 12 || day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day,
      );
    fc.assert(
      fc.property(notADay, (date) => {
        assert.equal(toolkit.isoDay(iso(date)), undefined);
        assert.equal(toolkit.dayOf(`${iso(date)}T10:00:00Z`), undefined);
        assert.deepEqual(toolkit.readSheetDate(`${date.day}/${date.month}/${date.year}`, 'day-first'), { fault: 'impossible' });
        assert.deepEqual(toolkit.readSheetDate(`${date.month}/${date.day}/${date.year}`, 'month-first'), { fault: 'impossible' });
        const sheet = toolkit.readSheet(sheetOf(iso(date)));
        assert.equal(sheet.issues.filter((issue) => issue.kind === 'bad-date').length, 1);
        assert.equal(sheet.rows[0].record.updated, undefined);
      }),
    );
  });
});

describe('stats of a sheet', () => {
  // A quote left open swallows the rows after it: they must not vanish from the counts unsaid.
  const sheet = 'id,name,family,summary\nx,X,metier,ok\ny,Y,metier,"sans fin\nz,Z,metier,z\n';

  test('names the rows it could not read, as build does, and exits 1', () => {
    const file = join(workspace(), 'open.csv');
    writeFileSync(file, sheet);
    const { status, stdout, stderr } = run('stats', file, '--today', '2026-11-28');
    assert.equal(status, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      `Ligne 3, colonne « summary » : un guillemet ouvert dans cette cellule n'est jamais fermé : aucune des lignes qui la suivent n'est lue. Fermez-le, ou écrivez-le "" s'il fait partie du texte.`,
      '1 problème : les comptes ci-dessus ne tiennent pas compte des lignes et cellules en cause (une date illisible y est comptée comme telle). Corrigez le tableur, puis réessayez.',
    ]);
    assert.match(stdout, /^1 réseau au 28 novembre 2026/);
  });

  test('with --stale too, in English', () => {
    const file = join(workspace(), 'open.csv');
    writeFileSync(file, sheet);
    const { status, stderr } = run('stats', file, '--today', '2026-11-28', '--stale', '12', '--lang', 'en');
    assert.equal(status, 1);
    assert.match(
      stderr,
      /^Line 3, column "summary": a quote opened in this cell is never closed: none of the rows after it is read\. Close it, or write it "" if it is part of the text\.\n1 problem: the counts above leave out the rows and cells at fault/,
    );
  });

  test('a date it cannot read ("hier") is said unreadable, as in a data file, not "never checked"; build still leaves it out', () => {
    const folder = workspace();
    const file = join(folder, 'hier.csv');
    writeFileSync(file, 'id;name;family;updated\nclub-a;Club A;territorial;hier\nclub-b;Club B;territorial;2020-01-01\n');
    const stale = run('stats', file, '--today', '2026-12-01', '--stale', '12', '--lang', 'en');
    assert.equal(stale.status, 1);
    assert.deepEqual(stale.stdout.trim().split('\n'), [
      'To call: 2 networks not checked for over 12 months as of 1 December 2026, or never:',
      '  Line 2 — club-a — Club A — unreadable date of check "hier"',
      '  Line 3 — club-b — Club B — checked 1 January 2020',
    ]);
    assert.match(stale.stderr, /^Line 2, column "updated": "hier" is not a date/);
    const stats = run('stats', file, '--today', '2026-12-01', '--lang', 'en');
    assert.match(stats.stdout, /^Never checked \(no "updated"\): 0$/m);
    assert.match(stats.stdout, /^Unreadable date of check .*: 1 \(club-a\)$/m);
    const built = build(file);
    assert.equal(built.status, 1);
    assert.equal(toolkit.readSheet(readFileSync(file, 'utf8')).rows[0].record.updated, undefined);
  });
});

describe('stats --stale', () => {
  test('lists the networks not checked for N months, or never, one a line, never checked first, with how to reach them', () => {
    const { status, lines } = run('stats', fixture('stats.json'), '--today', '2026-11-28', '--stale', '12');
    assert.equal(status, 0);
    assert.deepEqual(lines, [
      'À rappeler : 2 réseaux non vérifiés depuis plus de 12 mois au 28 novembre 2026, ou jamais :',
      '  Réseau n° 4 — d — Réseau Delta — jamais vérifié',
      '  Réseau n° 2 — b — CLUB ALPHA — vérifié le 30 juin 2025',
    ]);
  });

  test('gives the spreadsheet’s lines when it reads a sheet', () => {
    const { status, lines } = run('stats', fixture('clean.csv'), '--today', '2026-11-28', '--stale', '2', '--lang', 'en');
    assert.equal(status, 0);
    assert.equal(lines[0], 'To call: 1 network not checked for over 2 months as of 28 November 2026, or never:');
    assert.equal(lines[1], "  Line 3 — femmes-cheffes — Femmes cheffes d'entreprise — checked 15 September 2026");
  });

  test('agrees with one network to call, and writes the first of a month "1er" in French', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'one.json'),
      JSON.stringify({ networks: [{ id: 'a', name: 'A', family: 'metier', updated: '2020-03-01' }] }),
    );
    const { status, lines } = run('stats', join(folder, 'one.json'), '--today', '2026-12-01', '--stale', '12');
    assert.equal(status, 0);
    assert.deepEqual(lines, [
      'À rappeler : 1 réseau non vérifié depuis plus de 12 mois au 1er décembre 2026, ou jamais :',
      '  Réseau n° 1 — a — A — vérifié le 1er mars 2020',
    ]);
  });

  test('says so when no one is to call, and refuses a number of months that is not one', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'fresh.json'),
      JSON.stringify({ networks: [{ id: 'a', name: 'A', family: 'metier', updated: '2026-11-02' }] }),
    );
    assert.deepEqual(run('stats', join(folder, 'fresh.json'), '--today', '2026-12-01', '--stale', '1', '--lang', 'en').lines, [
      'No network to call: all were checked 1 month ago or less.',
    ]);
    const bad = run('stats', fixture('stats.json'), '--stale', 'douze');
    assert.equal(bad.status, 2);
    assert.equal(bad.lines[0], "« douze » n'est pas un nombre de mois (--stale 12, par exemple).");
  });
});

describe('validate: what loads but will not work as meant', () => {
  const document = {
    format: 1,
    title: { FR: 'Le guide', en: 'The guide' },
    feedback: 'écrivez-nous',
    places: { Arles: { lat: 43.68, lon: 4.63 }, Aubagne: { lat: 'nord', lon: 5.57 } },
    categories: [],
    questions: [
      {
        id: 'budget',
        field: 'feeBand',
        label: { fr: 'Budget ?', 'en-GB': 'Budget?' },
        options: [{ value: 'petit', matches: ['gratuit'] }, { value: 'petit' }, { value: 'x', matches: [] }],
        multi: false,
      },
      { id: 'vide', field: 'sectors', label: 'Vide', options: [] },
    ],
    networks: [
      {
        id: 'a',
        name: 'A',
        family: 'metier',
        adress: '1 rue',
        territories: ['Arles', 'Tarascon', 'Bouches-du-Rhône'],
        contact: { site: 'https://a.example', joinUrl: 'javascript:alert(1)' },
        feeBand: 'moins-200',
      },
      { id: 'b', name: 'B', family: 'sectoriel', geo: { lat: 95, lon: 5 } },
    ],
  };

  test('places, feedback, joinUrl, geo, label keys, options and unknown keys: warnings, and an error for a place the widget skips', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'doc.json'), JSON.stringify(document));
    const { status, lines } = run('validate', join(folder, 'doc.json'), '--lang', 'en');
    assert.equal(status, 1, 'the position of Aubagne is no position: the widget skips it');
    assert.deepEqual(lines, [
      'Document field "places.Aubagne" ignored: must be a position { lat, lon } (latitude from -90 to 90, longitude from -180 to 180).',
      'Warning — Network #1 ("a"), field "feeBand": "moins-200" is an option of no question on this field (budget): no answer will find it.',
      'Warning — Document, field "categories": unknown name "categories": it is kept, but the widget does not read it.',
      'Warning — Document, field "title": "FR" is not a label language (fr or en): write "fr".',
      'Warning — Document, field "feedback": "écrivez-nous" is neither an email address nor a mailto: or https: link: "Report an error" will not show.',
      'Warning — Question #1 ("budget"), field "multi": unknown name "multi": did you mean "multiple"?',
      'Warning — Question #1 ("budget"), field "label": "en-GB" is not a label language (fr or en): write "en".',
      'Warning — Question #1 ("budget"), field "options[1]": the option "petit" appears twice.',
      'Warning — Question #1 ("budget"), field "options[2].matches": empty option.',
      'Warning — Question #2 ("vide"), field "options": the question has no option.',
      'Warning — Network #1 ("a"), field "adress": unknown name "adress": did you mean "contact.address"?',
      'Warning — Network #1 ("a"), field "contact.site": unknown name "site": did you mean "website"?',
      'Warning — Network #1 ("a"), field "contact.joinUrl": "javascript:alert(1)" is not an http(s) link: the guide shows it without a link, as text.',
      'Warning — Network #2 ("b"), field "geo": latitude and longitude out of range (95, 5): are they swapped?',
      'Warning — Network #1 ("a"), field "territories": "Tarascon" has no position in "places": no distance can be measured from it.',
      '2 networks, 1 problem, 14 warnings',
    ]);
  });

  test('a clean document with places says nothing but its count, and exits 0', () => {
    const folder = workspace();
    const clean = {
      places: { Arles: { lat: 43.68, lon: 4.63 } },
      networks: [{ id: 'a', name: 'A', family: 'metier', territories: ['Arles'], contact: { joinUrl: 'https://a.example/adherer' } }],
    };
    writeFileSync(join(folder, 'clean.json'), JSON.stringify(clean));
    assert.deepEqual(run('validate', join(folder, 'clean.json')).lines, ['1 réseau, 0 problème']);
  });
});
