// The data keepers' command line, run for real: `node dist/cli/cli.js …` in a child process, on the
// files of test/fixtures/, writing into a fresh temporary folder. `npm run test:node` builds it first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CHROMIUM_ARGS, findChrome } from '../chromium.mjs';
import { DEMO, fixture, readJson, ROOT, run, runIn, TEMPLATE, workspace } from './cli-helpers.mjs';

describe('validate', () => {
  test('says "283 réseaux, 0 problème" for the demo directory, and exits 0', () => {
    const { status, lines } = run('validate', DEMO);
    assert.equal(status, 0);
    assert.deepEqual(lines, ['283 réseaux, 0 problème']);
  });

  test('speaks English with --lang en, or in an English environment', () => {
    const { status, lines } = run('validate', DEMO, '--lang', 'en');
    assert.equal(status, 0);
    assert.deepEqual(lines, ['283 networks, 0 problems']);
    assert.deepEqual(runIn({ LANG: 'en_GB.UTF-8' }, 'validate', DEMO).lines, ['283 networks, 0 problems']);
    assert.deepEqual(runIn({ LANG: 'en_GB.UTF-8' }, 'validate', DEMO, '--lang', 'fr').lines, ['283 réseaux, 0 problème']);
  });

  test('gives every problem on its own line, naming the record by number and id and the field, and exits 1', () => {
    const { status, lines } = run('validate', fixture('broken.json'), '--lang', 'en');
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      'Network #2 ("mystere") skipped: field "family" — unknown family "associatif" (expected sectoriel, metier, territorial or thematique).',
      'Network #3 ("bon") skipped: field "id" — id already used above.',
      'Network #4 ("sans-nom") skipped: field "name" — missing or empty.',
      'Network #5 ("membres") skipped: field "members" — must be a number.',
      '1 network, 4 problems',
    ]);
  });

  test("prints a file's control characters as \\u escapes: no terminal sequence of the file's reaches the keeper's terminal", () => {
    const folder = workspace();
    // ESC ]0; sets the window's title, ESC [2J clears the screen, a carriage return writes over the line.
    const networks = [
      { id: 'ok', name: 'OK', family: 'sectoriel' },
      { id: 'x\u001b]0;PWNED\u0007\u001b[2J', name: 'X', family: 'associatif' },
      { id: 'y', name: 'Y', family: '\r0 problème\u009b2K' },
    ];
    writeFileSync(join(folder, 'escapes.json'), JSON.stringify({ format: 1, networks }));
    for (const command of ['validate', 'html']) {
      const { stdout, stderr } = run(command, join(folder, 'escapes.json'), '-o', join(folder, 'site'));
      assert.doesNotMatch(stdout + stderr, /(?![\t\n])\p{Cc}/u, command);
      assert.match(stdout + stderr, /x\\u001b\]0;PWNED\\u0007\\u001b\[2J/, command);
    }
  });

  test('says where a file that is not JSON breaks', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'cut.json'), '{\n  "networks": [\n    { "id" 1 }\n  ]\n}\n');
    const { status, lines } = run('validate', join(folder, 'cut.json'), '--lang', 'en');
    assert.equal(status, 1);
    assert.match(lines[0], /cut\.json is not valid JSON: .*line 3, column 12/);
  });

  test('says so, in one line, when the file is missing or is not a directory', () => {
    const missing = run('validate', 'nowhere.json');
    assert.equal(missing.status, 1);
    assert.deepEqual(missing.lines, ["Impossible de lire nowhere.json : ce fichier n'existe pas."]);
    const folder = workspace();
    writeFileSync(join(folder, 'list.json'), '{ "format": 2, "networks": [] }');
    const wrongFormat = run('validate', join(folder, 'list.json'));
    assert.equal(wrongFormat.status, 1);
    assert.match(wrongFormat.lines[0], /n'est pas un fichier de données/);
  });
});

describe('a file that is no data document', () => {
  /** [what it is, its text, what French says, what English says] */
  const cases = [
    [
      'an object without a networks list',
      '{ "format": 1, "title": "Le guide" }',
      "F n'est pas un fichier de données : il n'a pas de liste « networks ».",
      'F is not a data file: it has no "networks" list.',
    ],
    [
      'a document of another format',
      '{ "format": 2, "networks": [] }',
      "F n'est pas un fichier de données : il est au format « 2 », que cette version ne sait pas lire (format attendu : 1).",
      'F is not a data file: it is in format "2", which this version cannot read (expected format: 1).',
    ],
    [
      'a document whose format is the text "1", not the number 1',
      '{ "format": "1", "networks": [] }',
      `F n'est pas un fichier de données : il est au format « "1" », un texte et non le nombre 1, que cette version ne sait pas lire (format attendu : le nombre 1, sans guillemets).`,
      `F is not a data file: it is in format '"1"', a text and not the number 1, which this version cannot read (expected format: the number 1, without quotes).`,
    ],
    [
      'a text, not an object',
      '"networks"',
      "F n'est pas un fichier de données : ce n'est ni un objet ni une liste.",
      'F is not a data file: it is neither an object nor a list.',
    ],
    [
      'JSON broken where the engine says',
      '{\n  "networks": [\n    { "id" 1 }\n  ]\n}\n',
      "F n'est pas du JSON valide : ligne 3, colonne 12.",
      /^F is not valid JSON: Expected ':' after property name in JSON at position \d+ \(line 3, column 12\)$/,
    ],
    [
      'JSON cut in the middle',
      '{ "networks": [',
      "F n'est pas du JSON valide : le texte s'arrête au milieu d'une valeur.",
      /^F is not valid JSON: Unexpected end of JSON input/,
    ],
    [
      'JSON with a character out of place',
      '[1,]',
      "F n'est pas du JSON valide : caractère inattendu « ] ».",
      /^F is not valid JSON: Unexpected token/,
    ],
  ];
  // What only English says: the engine's messages and the English sentences.
  const ENGLISH_WORDS = /\b(is|not|the|has|no|it|which|cannot|expected|unexpected|token|position|input|after|property|name)\b/i;

  for (const [what, text, french, english] of cases) {
    test(`${what}: said in French words only, and in English with --lang en`, () => {
      const file = join(workspace(), 'document.json');
      writeFileSync(file, text);
      for (const command of ['validate', 'stats', 'export']) {
        const { status, lines } = run(command, file);
        assert.equal(status, 1);
        assert.deepEqual(lines, [french.replace('F', file)], `${command}`);
        assert.doesNotMatch(lines[0].replace(file, ''), ENGLISH_WORDS);
      }
      const { status, lines } = run('validate', file, '--lang', 'en');
      assert.equal(status, 1);
      assert.equal(lines.length, 1);
      if (typeof english === 'string') assert.equal(lines[0], english.replace('F', file));
      else assert.match(lines[0].replace(file, 'F'), english);
    });
  }
});

describe('build', () => {
  test('makes a data document from a clean spreadsheet: lists split on |, numbers as numbers, dotted columns nested', () => {
    const folder = workspace();
    const output = join(folder, 'reseaux.json');
    const { status, lines } = run('build', fixture('clean.csv'), '-o', output, '--updated', '2026-11-01', '--title', 'Réseaux de test');
    assert.equal(status, 0, lines.join('\n'));
    assert.deepEqual(lines, [`${output} écrit : 3 réseaux.`]);
    const document = readJson(output);
    assert.deepEqual(
      { ...document, networks: undefined },
      { format: 1, title: 'Réseaux de test', updated: '2026-11-01', networks: undefined },
    );
    assert.deepEqual(document.networks[0], {
      id: 'btp-aubagne',
      name: "Club BTP d'Aubagne",
      family: 'metier',
      summary: "Les entreprises du bâtiment du pays d'Aubagne.",
      sectors: ['BTP'],
      territories: ['Aubagne'],
      services: ['information', 'rencontres-affaires'],
      meetingFrequency: 'mensuelle',
      feeBand: 'moins-200',
      members: 45,
      contact: { website: 'https://btp-aubagne.example', email: 'contact@btp-aubagne.example' },
      geo: { lat: 43.2927, lon: 5.5708 },
      tags: ['bâtiment', 'chantiers'],
      updated: '2026-10-02',
    });
    assert.equal('contact' in document.networks[1], false, 'empty cells are left out');
    assert.deepEqual(document.networks[1].territories, ['Marseille', 'Aix-en-Provence']);
  });

  test(
    'writes a reseaux.json that a page can hold inline, as the README shows: a text with </script> or <!-- runs and hides nothing',
    { skip: !findChrome() && 'no Chrome or Chromium here' },
    async () => {
      const folder = workspace();
      const sheet = join(folder, 'reseaux.csv');
      writeFileSync(
        sheet,
        'id;name;family;summary\r\nx;</script><script>globalThis.hit = 1</script>;metier;<!--<script>\r\ny;Y;metier;Un club.\r\n',
      );
      const output = join(folder, 'reseaux.json');
      const { status, lines } = run('build', sheet, '-o', output, '--updated', '2026-11-01');
      assert.equal(status, 0, lines.join('\n'));
      const json = readFileSync(output, 'utf8');
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        await page.setContent(
          `<!doctype html><reseaupro-finder><script type="application/json">${json}</script></reseaupro-finder><p id="after">after</p>`,
        );
        const seen = await page.evaluate(() => {
          const scripts = [...globalThis.document.querySelectorAll('script')];
          return {
            hit: globalThis.hit,
            scripts: scripts.length,
            after: globalThis.document.getElementById('after')?.textContent,
            data: scripts[0].textContent,
          };
        });
        assert.deepEqual({ ...seen, data: undefined }, { hit: undefined, scripts: 1, after: 'after', data: undefined });
        assert.deepEqual(JSON.parse(seen.data), readJson(output));
        assert.equal(readJson(output).networks[0].name, '</script><script>globalThis.hit = 1</script>');
      } finally {
        await browser.close();
      }
    },
  );

  test('reads a French Excel export: semicolons, a BOM, CRLF, accents, paragraphs in quoted cells, decimal commas', () => {
    const folder = workspace();
    const output = join(folder, 'reseaux.json');
    const { status } = run('build', fixture('excel-fr.csv'), '-o', output, '--updated', '2026-11-01');
    assert.equal(status, 0);
    const [arles, aix] = readJson(output).networks;
    assert.equal(arles.name, "Association des artisans d'Arles");
    assert.equal(
      arles.description,
      "Créée en 1998, l'association réunit les artisans du pays d'Arles.\n\nChaque mois, un petit-déjeuner « métiers » ; chaque année, la fête de l'artisanat.",
    );
    assert.deepEqual(arles.territories, ['Arles', 'Tarascon', 'Saintes-Maries-de-la-Mer']);
    assert.equal(arles.members, 1234);
    assert.deepEqual(arles.geo, { lat: 43.6768, lon: 4.6303 });
    assert.deepEqual(arles.contact, { phone: '04 90 00 00 00' });
    assert.equal(aix.id, 'numerique-aix');
    assert.match(aix.description, /^Un réseau de start-up.*\n\nAteliers « IA et PME »/s);
  });

  test('reports each problem with its spreadsheet line and column, writes nothing and exits 1', () => {
    const folder = workspace();
    const output = join(folder, 'reseaux.json');
    const { status, lines } = run('build', fixture('broken.csv'), '-o', output);
    assert.equal(status, 1);
    // Row 2 holds a description on two lines of the file: it is still one row of the spreadsheet,
    // and the next rows are 3 and 4, where Excel and LibreOffice show them.
    assert.deepEqual(lines, [
      // Why is the widget's words, with its French no-break spaces.
      'Ligne 3, colonne « family » : famille inconnue «\u00a0associatif\u00a0» (attendu\u00a0: sectoriel, metier, territorial ou thematique).',
      "Ligne 4, colonne « members » : « beaucoup » n'est pas un nombre.",
      'Ligne 4, colonne « name » : absent ou vide.',
      "3 problèmes : aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez.",
    ]);
    assert.equal(existsSync(output), false);
  });

  test('reports problems in English with --lang en', () => {
    const { status, lines } = run('build', fixture('broken.csv'), '-o', join(workspace(), 'x.json'), '--lang', 'en');
    assert.equal(status, 1);
    assert.equal(lines[0], 'Line 3, column "family": unknown family "associatif" (expected sectoriel, metier, territorial or thematique).');
    assert.equal(lines.at(-1), '3 problems: no data file was made. Fix the spreadsheet, then try again.');
  });

  test('adds the questions of --questions, checked like the rest', () => {
    const folder = workspace();
    const output = join(folder, 'reseaux.json');
    assert.equal(run('build', fixture('clean.csv'), '-o', output, '--questions', fixture('questions.json')).status, 0);
    assert.deepEqual(
      readJson(output).questions.map((question) => question.id),
      ['territoire'],
    );
    writeFileSync(join(folder, 'bad-questions.json'), JSON.stringify([{ id: 'q', field: 'sectors', options: 'auto' }]));
    const bad = run(
      'build',
      fixture('clean.csv'),
      '-o',
      join(folder, 'other.json'),
      '--questions',
      join(folder, 'bad-questions.json'),
      '--lang',
      'en',
    );
    assert.equal(bad.status, 1);
    assert.equal(bad.lines[0], 'Question #1 ("q") skipped: field "label" — missing or empty.');
    assert.equal(existsSync(join(folder, 'other.json')), false);
  });

  test('says so when the spreadsheet is empty, or a quote is never closed', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'empty.csv'), '');
    assert.equal(
      run('build', join(folder, 'empty.csv'), '-o', join(folder, 'empty.json')).lines[0],
      "Le fichier est vide : il faut au moins la ligne d'en-tête.",
    );
    writeFileSync(join(folder, 'open.csv'), 'id,name,family,summary\nx,X,metier,"Une citation sans fin\n');
    const open = run('build', join(folder, 'open.csv'), '-o', join(folder, 'open.json'), '--lang', 'en');
    assert.equal(open.status, 1);
    assert.equal(
      open.lines[0],
      'Line 2, column "summary": a quote opened in this cell is never closed: none of the rows after it is read. Close it, or write it "" if it is part of the text.',
    );
    assert.equal(existsSync(join(folder, 'open.json')), false);
  });

  test('refuses a sheet with a header and no network (it would empty the guide), and validate warns of such a data file', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'header.csv'), 'id;name;family;summary\r\n');
    const built = run('build', join(folder, 'header.csv'), '-o', join(folder, 'header.json'));
    assert.equal(built.status, 1);
    assert.equal(existsSync(join(folder, 'header.json')), false);
    assert.match(built.lines[0], /^Ligne 1 : le tableur a des titres de colonnes, mais aucun réseau : /);
    writeFileSync(join(folder, 'empty.json'), JSON.stringify({ format: 1, networks: [] }));
    const checked = run('validate', join(folder, 'empty.json'), '--lang', 'en');
    assert.equal(checked.status, 0);
    assert.ok(
      checked.lines.some((line) => line.endsWith('no network: the finder will say the directory is empty.')),
      checked.lines.join('\n'),
    );
  });

  test('warns of a network named as an earlier one, but for case, accents and spaces: a visitor cannot tell them apart', () => {
    const folder = workspace();
    const network = (id, name) => ({ id, name, family: 'territorial' });
    const path = join(folder, 'twins.json');
    writeFileSync(
      path,
      JSON.stringify({ networks: [network('a', 'Club des Entreprises'), network('b', 'Autre'), network('c', ' club des  entréprises ')] }),
    );
    const checked = run('validate', path);
    assert.equal(checked.status, 0, 'a warning, not an error');
    assert.deepEqual(
      checked.lines.filter((line) => line.includes('même nom')),
      [
        'Attention — Réseau n° 3 (« c »), champ « name » : même nom que le réseau « a » : leurs fiches et leurs pages auront le même titre, et une personne ne saura lequel choisir.',
      ],
    );
    const demo = run('validate', DEMO);
    assert.ok(!demo.lines.some((line) => line.includes('même nom')), demo.lines.join('\n'));
  });

  test('reads dates as French Excel saves them (01/11/2026) as ISO dates', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'dates.csv'), 'id;name;family;updated\r\nx;X;metier;1/11/2026\r\n');
    assert.equal(run('build', join(folder, 'dates.csv'), '-o', join(folder, 'dates.json')).status, 0);
    assert.equal(readJson(join(folder, 'dates.json')).networks[0].updated, '2026-11-01');
  });

  test('without -o, writes beside the spreadsheet, and never over an existing file', () => {
    const folder = workspace();
    copyFileSync(fixture('clean.csv'), join(folder, 'reseaux.csv'));
    assert.equal(run('build', join(folder, 'reseaux.csv')).status, 0);
    const first = readFileSync(join(folder, 'reseaux.json'), 'utf8');
    const again = run('build', join(folder, 'reseaux.csv'));
    assert.equal(again.status, 1);
    assert.match(again.lines[0], /existe déjà/);
    assert.equal(readFileSync(join(folder, 'reseaux.json'), 'utf8'), first);
  });
});

describe('export', () => {
  test('then build gives back the same networks, for the whole demo directory', () => {
    const folder = workspace();
    const sheet = join(folder, 'reseaux.csv');
    assert.equal(run('export', DEMO, '-o', sheet).status, 0);
    const text = readFileSync(sheet, 'utf8');
    assert.ok(text.startsWith('\uFEFFid;name;family;'), 'a BOM and semicolons, for French Excel');
    assert.equal(run('build', sheet, '-o', join(folder, 'back.json')).status, 0);
    assert.deepEqual(readJson(join(folder, 'back.json')).networks, readJson(DEMO).networks);
  });

  test('writes records the widget would skip as they are, to be fixed in the sheet, and says which', () => {
    const folder = workspace();
    const { status, stderr } = run('export', fixture('broken.json'), '-o', join(folder, 'broken.csv'));
    assert.equal(status, 0);
    assert.match(stderr, /Réseau n°\u00a02 \(«\u00a0mystere\u00a0»\) ignoré/);
    assert.match(readFileSync(join(folder, 'broken.csv'), 'utf8'), /\r\nmystere;Le club mystère;associatif;/);
  });
});

describe('stats', () => {
  test('gives families, profiles, missing fields, records not checked for a year, and duplicate names', () => {
    const { status, lines } = run('stats', fixture('stats.json'), '--today', '2026-11-28', '--lang', 'en');
    assert.equal(status, 0);
    assert.equal(lines[0], '4 networks as of 28 November 2026');
    assert.equal(lines[1], 'By family: sectoriel 2, metier 1, territorial 0, thematique 1');
    assert.equal(lines[2], 'Detailed profiles: 2; short profiles: 2');
    assert.ok(lines.includes('  description       2 (b, d)'));
    assert.ok(lines.includes('  contact           3 (b, c, d)'));
    assert.ok(lines.includes('Checked over a year ago: 1 (b)'), 'c was checked exactly a year ago, not over');
    assert.ok(lines.includes('Never checked (no "updated"): 1 (d)'));
    assert.ok(lines.includes('Duplicate names: "Club Alpha" (a, b)'));
  });

  test('counts, per question, the networks that give it no answer, and points at a field no network fills', () => {
    const folder = workspace();
    const document = {
      questions: [
        { id: 'services', field: 'service', label: 'Services ?', options: 'auto' },
        { id: 'famille', field: 'family', label: 'Famille ?', options: 'auto' },
      ],
      networks: [
        { id: 'a', name: 'A', family: 'metier', services: ['formation'] },
        { id: 'b', name: 'B', family: 'sectoriel' },
      ],
    };
    writeFileSync(join(folder, 'typo.json'), JSON.stringify(document));
    const { lines } = run('stats', join(folder, 'typo.json'), '--lang', 'en');
    assert.ok(
      lines.includes(
        'Question "services" (service), networks without an answer: 2 (a, b) — no network fills this field: is it spelt right?',
      ),
    );
    assert.ok(lines.includes('Question "famille" (family), networks without an answer: 0'));
  });
});

describe('JSON nested absurdly deep', () => {
  /** `{"a":{"a":…"x"…}}`, `levels` objects deep, as text: JSON.parse reads it, a recursive walk does not. */
  const nestedObjects = (levels) => `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`;
  const nestedLists = (levels) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const network = (extra) =>
    `{"networks":[{"id":"a","name":"A","family":"metier","extra":${extra}},{"id":"b","name":"B","family":"metier","extra":[1]}]}`;

  test('validate names the field as a problem and exits 1, instead of "Erreur inattendue : Maximum call stack size exceeded"', () => {
    const file = join(workspace(), 'deep.json');
    writeFileSync(file, network(nestedObjects(2000)));
    const { status, lines } = run('validate', file);
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      "Réseau n° 1 (« a »), champ « extra » : la valeur s'imbrique sur plus de 100 niveaux : aucun annuaire n'en a besoin, et les outils ne la lisent pas.",
      'Attention — Réseau n° 1 (« a »), champ « extra » : nom inconnu « extra » : il est gardé, mais le widget ne le lit pas.',
      'Attention — Réseau n° 2 (« b »), champ « extra » : nom inconnu « extra » : il est gardé, mais le widget ne le lit pas.',
      '2 réseaux, 1 problème, 2 avertissements',
    ]);
  });

  test('a document field nested as deep is named too; 100 levels are still read', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'deep.json'), `{"places":${nestedLists(200000)},"networks":[]}`);
    const deep = run('validate', join(folder, 'deep.json'), '--lang', 'en');
    assert.equal(deep.status, 1);
    assert.ok(
      deep.lines.includes(
        'Document, field "places": the value nests more than 100 levels deep: no directory needs that, and the tools do not read it.',
      ),
      deep.lines.join('\n'),
    );
    writeFileSync(join(folder, 'fine.json'), network(nestedObjects(99)));
    assert.equal(run('validate', join(folder, 'fine.json')).status, 0);
  });

  test('export of a 200,000-deep list leaves that field out with a note, and writes the rest', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'deep.json'), network(nestedLists(200000)));
    const { status, stdout, stderr } = run('export', join(folder, 'deep.json'), '-o', join(folder, 'deep.csv'), '--lang', 'en');
    assert.equal(status, 0, stderr);
    assert.equal(stderr, 'Fields nested more than 100 levels deep, left out: extra.\n');
    assert.equal(stdout, `Wrote ${join(folder, 'deep.csv')}: 2 networks.\n`);
    const sheet = readFileSync(join(folder, 'deep.csv'), 'utf8');
    assert.match(sheet, /;json:extra\r\na;A;metier;.*;\r\nb;B;metier;.*;\[1\]\r\n/);
  });

  /** A network whose field at `column` (dotted: `contact.website`) is `deep`, as JSON text. */
  const networkWithDeep = (column, deep) => {
    const [field, inner] = column.split('.');
    const value = inner ? `{"${inner}":${deep}}` : deep;
    return `{"format":1,"networks":[{"id":"a","name":"A","family":"territorial","${field}":${value}},{"id":"b","name":"B","family":"metier","summary":"Court.","tags":["x"]}]}`;
  };

  test('export leaves out a known column nested as deep (summary, name, description, tags, contact.website, geo.lat) with a note, and writes the rest', () => {
    const folder = workspace();
    const cases = [
      ['summary', nestedObjects(20000)],
      ['name', nestedObjects(20000)],
      ['description', nestedLists(20000)],
      ['tags', `[${nestedLists(20000)}]`],
      ['contact.website', nestedLists(20000)],
      ['geo.lat', nestedObjects(20000)],
    ];
    for (const [column, deep] of cases) {
      const input = join(folder, `${column}.json`);
      const output = join(folder, `${column}.csv`);
      writeFileSync(input, networkWithDeep(column, deep));
      const { status, stdout, stderr } = run('export', input, '-o', output, '--lang', 'en');
      assert.equal(status, 0, `${column}: ${stderr}`);
      assert.doesNotMatch(stderr, /nexpected/, column);
      assert.equal(stderr.split('\n')[0], `Fields nested more than 100 levels deep, left out: ${column}.`, column);
      assert.equal(stdout, `Wrote ${output}: 2 networks.\n`, column);
      const [header, first, second] = readFileSync(output, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      const at = header.split(';').indexOf(column);
      assert.ok(at >= 0, column);
      assert.equal(first.split(';')[at], '', `${column}: the cell is empty`);
      assert.match(second, /^b;B;metier;Court\.;/, column);
    }
  });

  test('property: whichever known column nests too deep, export names it alone and leaves its cell empty', async () => {
    const toolkit = await import('../../dist/cli/toolkit.js');
    const columns = readFileSync(TEMPLATE, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]
      .split(';');
    fc.assert(
      fc.property(
        fc.constantFrom(...columns),
        fc.integer({ min: 101, max: 30000 }),
        fc.boolean(),
        fc.boolean(),
        (column, levels, lists, inList) => {
          const nested = lists ? nestedLists(levels) : nestedObjects(levels);
          const document = JSON.parse(networkWithDeep(column, inList ? `[${nested}]` : nested));
          const { csv, tooDeep, records } = toolkit.exportDocument(document);
          assert.deepEqual(tooDeep, [column]);
          assert.equal(records, 2);
          const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
          assert.equal(first.split(';')[header.split(';').indexOf(column)], '');
        },
      ),
      { numRuns: 60 },
    );
  });

  test('build refuses a JSON cell nested as deep, by line and column', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'deep.csv'), `id;name;family;json:extra\r\na;A;metier;"${nestedObjects(5000).replace(/"/g, '""')}"\r\n`);
    const { status, lines } = run('build', join(folder, 'deep.csv'), '-o', join(folder, 'deep.json'), '--lang', 'en');
    assert.equal(status, 1);
    assert.equal(
      lines[0],
      'Line 2, column "json:extra": the value nests more than 100 levels deep: no directory needs that, and the tools do not read it.',
    );
  });
});

describe('the command line itself', () => {
  test('explains itself for an unknown command, and exits 2', () => {
    const { status, lines } = run('publish', DEMO);
    assert.equal(status, 2);
    assert.equal(lines[0], 'Commande inconnue « publish ». Commandes : validate, build, export, stats, html.');
    assert.ok(lines.some((line) => line.startsWith('Usage : npx reseaupro-finder')));
  });

  test('shows its usage with --help', () => {
    const { status, stdout } = run('--help', '--lang', 'en');
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: npx reseaupro-finder <command> FILE/m);
    // What a path for --base-url gives, and what only the full address does.
    assert.match(stdout, /--base-url https:\/\/site\.example\/reseaux\/\]\s+the pages' public address: their canonical and hreflang/);
    assert.match(stdout, /or their path \/reseaux\/: those links alone/);
    assert.match(run('--help').stdout, /ou leur chemin \/reseaux\/ : ces liens seuls/);
  });

  test('prints the version of the package it runs from with --version or -v, and exits 0', () => {
    // Read from package.json when it runs: the version a keeper has installed, not one written into the code.
    const { version } = readJson(join(ROOT, 'package.json'));
    for (const flag of ['--version', '-v']) {
      const { status, stdout, stderr } = run(flag);
      assert.equal(status, 0, stderr);
      assert.equal(stdout, `${version}\n`, flag);
      assert.equal(stderr, '', flag);
    }
    // Beside a command, as --help is: the version alone, and nothing run.
    assert.equal(run('validate', 'nowhere.json', '--version').stdout, `${version}\n`);
    // The usage names it, in both languages.
    assert.match(run('--help', '--lang', 'en').stdout, /-v, --version/);
    assert.match(run('--help').stdout, /-v, --version/);
  });

  test("prints the installed package's version, read from the package.json two folders above the command", () => {
    // The command as a keeper's node_modules holds it, beside a package.json that says another version.
    const folder = workspace();
    mkdirSync(join(folder, 'dist/cli'), { recursive: true });
    for (const file of readdirSync(join(ROOT, 'dist/cli'))) copyFileSync(join(ROOT, 'dist/cli', file), join(folder, 'dist/cli', file));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'reseaupro-finder', version: '9.8.7-test', type: 'module' }));
    const { status, stdout } = spawnSync(process.execPath, [join(folder, 'dist/cli/cli.js'), '--version'], { encoding: 'utf8' });
    assert.equal(status, 0);
    assert.equal(stdout, '9.8.7-test\n');
  });
});

describe('the template', () => {
  test('demo/reseaux-modele.csv has the header and three example rows that build cleanly', () => {
    const folder = workspace();
    const { status } = run('build', TEMPLATE, '-o', join(folder, 'modele.json'));
    assert.equal(status, 0);
    assert.equal(readJson(join(folder, 'modele.json')).networks.length, 3);
    assert.ok(readFileSync(TEMPLATE, 'utf8').startsWith('\uFEFFid;name;family;summary;description;'));
  });
});

test("the keepers' tools, the command line and the keepers' page, write one apostrophe, the straight one of the widget", () => {
  for (const file of ['src/cli/messages.ts', 'src/cli/static-site.ts', 'src/keepers/words.ts']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const curly = source.split('\n').filter((line) => line.includes('’') && !/^\s*(\/\/|\*|\/\*)/.test(line));
    assert.deepEqual(curly, [], file);
  }
});
