// `npx reseaupro-finder html`: static pages for search engines and visitors without JavaScript, run for
// real on the demo directory and on hostile records, into fresh temporary folders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { CHROMIUM_ARGS, findChrome } from '../chromium.mjs';
import { fixture, runIn } from './cli-helpers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/cli.js');
const DEMO = join(ROOT, 'demo/reseaux.json');
const demo = JSON.parse(readFileSync(DEMO, 'utf8'));
const toolkit = await import('../../dist/cli/toolkit.js');

const html = (...args) => spawnSync(process.execPath, [CLI, 'html', ...args], { encoding: 'utf8', env: { ...process.env, LANG: '' } });
const workspace = () => mkdtempSync(join(tmpdir(), 'reseaupro-site-'));
const read = (site, path) => readFileSync(join(site, path), 'utf8');
const files = (dir) => readdirSync(dir, { recursive: true }).filter((path) => path.endsWith('.html'));

function built(document = DEMO) {
  const dir = workspace();
  const site = join(dir, 'site');
  let input = document;
  if (typeof document !== 'string') {
    input = join(dir, 'reseaux.json');
    writeFileSync(input, JSON.stringify(document));
  }
  const result = html(input, '-o', site);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  return { site, result };
}

describe('html', () => {
  const { site, result } = built();

  test('says what it wrote, in one line', () => {
    assert.match(result.stdout, /283 fiches en français et en anglais/);
  });

  test('writes an index of every network grouped by family, in French and in English', () => {
    for (const [path, lang, families] of [
      ['index.html', 'fr', ['Réseau sectoriel', 'Réseau métier', 'Réseau territorial', 'Réseau thématique']],
      ['en/index.html', 'en', ['Sector network', 'Trade network', 'Local network', 'Thematic network']],
    ]) {
      const page = read(site, path);
      assert.match(page, new RegExp(`<html lang="${lang}">`));
      const headings = [...page.matchAll(/<h3>(.+?) \(/g)].map((match) => match[1]);
      assert.deepEqual(headings, families);
      assert.equal([...page.matchAll(/<li><a href=/g)].length, 283);
    }
  });

  test('writes one page per network in each language, with its profile and schema.org Organization JSON-LD', () => {
    assert.equal(readdirSync(join(site, 'reseaux')).length, 283);
    assert.equal(readdirSync(join(site, 'en/networks')).length, 283);
    const network = demo.networks.find((candidate) => candidate.description && candidate.contact?.website);
    const page = read(site, `reseaux/${network.id}.html`);
    assert.match(page, /Fiche détaillée/);
    const [, json] = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
    const organization = JSON.parse(json);
    assert.equal(organization['@type'], 'Organization');
    assert.equal(organization['@context'], 'https://schema.org');
    assert.equal(organization.name, network.name);
    assert.match(organization.url, /^https?:\/\//);
    assert.match(read(site, `en/networks/${network.id}.html`), /Detailed profile/);
  });

  test('needs no script: the only script elements are JSON-LD data', () => {
    for (const path of files(site)) {
      const scripts = [...read(site, path).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      assert.ok(
        scripts.every((tag) => tag === '<script type="application/ld+json">'),
        `${path}: ${scripts.join(' ')}`,
      );
    }
  });

  test('links between pages lead to pages that exist: index, profiles, same family, the other language', () => {
    let checked = 0;
    for (const path of ['index.html', 'en/index.html', `reseaux/${demo.networks[0].id}.html`, `en/networks/${demo.networks[5].id}.html`]) {
      const page = read(site, path);
      for (const [, href] of page.matchAll(/href="([^"]+)"/g)) {
        if (/^(https?|mailto|tel):/.test(href)) continue;
        const [file, section] = href.split('#');
        const target = join(site, dirname(path), file);
        assert.ok(existsSync(target), `${path} links to ${href}, which does not exist`);
        if (section !== undefined) assert.match(readFileSync(target, 'utf8'), new RegExp(`id="${section}"`), `${path} links to ${href}`);
        checked += 1;
      }
    }
    assert.ok(checked > 600);
    assert.match(read(site, `reseaux/${demo.networks[0].id}.html`), /Dans la même famille/);
  });

  test('writes the list alone for inside <reseaupro-finder>, with absolute links given --base-url', () => {
    const dir = join(workspace(), 'site');
    assert.equal(html(DEMO, '-o', dir, '--base-url', 'https://example.org/reseaux/').status, 0);
    const fragment = read(dir, 'fragment.html');
    assert.match(fragment, /^<nav lang="fr" aria-label="Tous les réseaux">/);
    assert.match(fragment, /href="https:\/\/example\.org\/reseaux\/reseaux\/[a-z0-9-]+\.html"/);
    assert.doesNotMatch(fragment, /<script/);
  });
});

describe('html with hostile or awkward data', () => {
  const { site } = built({
    networks: [
      {
        id: 'x<script>',
        name: '<img src=x onerror=alert(1)>',
        family: 'thematique',
        contact: { website: 'javascript:alert(1)', email: 'a@b.fr' },
      },
      { id: 'X-SCRIPT', name: 'Même fichier ?', family: 'thematique', summary: '</script><script>alert(1)</script>' },
    ],
  });

  test('escapes every text and links only safe schemes', () => {
    const index = read(site, 'index.html');
    assert.doesNotMatch(index, /<img/);
    assert.match(index, /&lt;img src=x onerror=alert\(1\)&gt;/);
    const names = toolkit.pageNames(['x<script>', 'X-SCRIPT']);
    const page = read(site, `reseaux/${names.get('x<script>')}.html`);
    assert.doesNotMatch(page, /href="javascript:/);
    assert.match(page, /href="mailto:a@b\.fr"/);
    // JSON-LD cannot close its script element.
    const other = read(site, `reseaux/${names.get('X-SCRIPT')}.html`);
    assert.equal([...other.matchAll(/<\/script>/g)].length, 1);
  });

  test(
    'read by Chromium, pages of hostile data run nothing, carry no handler and link only http(s), mailto, tel or their own files',
    { skip: !findChrome() && 'no Chrome or Chromium here' },
    async () => {
      const PAYLOADS = [
        '"><script>globalThis.hit = 1</script>',
        "'><img src=x onerror=globalThis.hit=1>",
        '</script><script>globalThis.hit = 1</script>',
        '</title><script>globalThis.hit = 1</script>',
        '<!--<script>',
        'JaVaScRiPt:globalThis.hit=1',
        'java\tscript:globalThis.hit=1',
        '&#106;avascript:globalThis.hit=1',
        'data:text/html,<script>parent.hit=1</script>',
        'vbscript:msgbox(1)',
        '//evil.example',
        '\\\\evil.example',
        'www.evil.example/"onmouseover="globalThis.hit=1',
        'a@b.fr" onmouseover="globalThis.hit=1',
        'tel:+33"onclick="globalThis.hit=1',
        'url(javascript:globalThis.hit=1)',
        'expression(globalThis.hit=1)',
      ];
      const networks = PAYLOADS.map((text, i) => ({
        id: i === 0 ? '__proto__' : text,
        name: `${text} ${String(i)}`,
        family: 'metier',
        summary: text,
        description: `${text}\n\n${text}`,
        sectors: [text],
        territories: [text],
        tags: [text],
        meetingFrequency: text,
        updated: text,
        contact: { website: text, email: text, phone: text, address: text, joinUrl: text },
      }));
      const { site: hostile } = built({ format: 1, title: PAYLOADS[3], lang: 'en" onmouseover="globalThis.hit=1', networks });
      const names = toolkit.pageNames(networks.map((network) => network.id));
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        const paths = ['index.html', 'fragment.html', 'en/index.html', 'en/fragment.html'];
        for (const id of names.values()) paths.push(`reseaux/${id}.html`, `en/networks/${id}.html`);
        for (const path of paths) {
          await page.goto(pathToFileURL(join(hostile, path)).href);
          const seen = await page.evaluate(() => {
            const doc = globalThis.document;
            const elements = [...doc.querySelectorAll('*')];
            return {
              hit: globalThis.hit,
              scripts: [...doc.scripts].map((script) => script.type),
              handlers: elements.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
              tags: [...new Set(elements.map((element) => element.localName))].filter(
                (name) =>
                  !['html', 'head', 'meta', 'title', 'link', 'body', 'nav', 'a', 'main', 'h1', 'h2', 'h3', 'p', 'ul', 'li'].includes(name),
              ),
              protocols: [...new Set([...doc.querySelectorAll('[href]')].map((element) => new URL(element.href).protocol))],
              langs: [...doc.querySelectorAll('[lang]')].map((element) => element.lang),
              jsonLd: [...doc.querySelectorAll('script')].map((script) => script.textContent),
            };
          });
          assert.equal(seen.hit, undefined, path);
          assert.deepEqual(seen.handlers, [], path);
          assert.ok(
            seen.tags.every((tag) => ['section', 'span', 'strong', 'article', 'dl', 'dt', 'dd', 'script', 'style'].includes(tag)),
            `${path}: ${seen.tags.join(' ')}`,
          );
          assert.ok(
            seen.scripts.every((type) => type === 'application/ld+json'),
            `${path}: ${seen.scripts.join(' ')}`,
          );
          for (const json of seen.jsonLd) assert.doesNotThrow(() => JSON.parse(json), path);
          assert.ok(
            seen.protocols.every((protocol) => ['http:', 'https:', 'mailto:', 'tel:', 'file:'].includes(protocol)),
            `${path}: ${seen.protocols.join(' ')}`,
          );
          assert.ok(
            seen.langs.every((lang) => ['fr', 'en'].includes(lang)),
            `${path}: ${seen.langs.join(' ')}`,
          );
        }
        // The texts are there, as text.
        await page.goto(pathToFileURL(join(hostile, `reseaux/${names.get(PAYLOADS[2])}.html`)).href);
        assert.equal(await page.textContent('h1'), `${PAYLOADS[2]} 2`);
        assert.equal(await page.title(), `${PAYLOADS[2]} 2 — ${PAYLOADS[3]}`);
      } finally {
        await browser.close();
      }
    },
  );

  test('writes a website whose host passes for another (www.раураl.fr, www.lınkedin.com) as the address its link opens, as the finder does', () => {
    const { site: lookAlike } = built({
      format: 1,
      networks: [
        { id: 'cyrillic', name: 'Cyrillic', family: 'metier', contact: { website: 'https://www.раураl.fr/adhesion' } },
        { id: 'dotless', name: 'Dotless', family: 'metier', contact: { website: 'www.lınkedin.com' } },
        { id: 'accents', name: 'Accents', family: 'metier', contact: { website: 'https://www.réseau-cpme.fr' } },
      ],
    });
    const website = (id) => /<a href="([^"]*)" rel="noopener">([^<]*)<\/a>/.exec(read(lookAlike, `reseaux/${id}.html`)).slice(1);
    assert.deepEqual(website('cyrillic'), ['https://www.xn--l-7sba6dbr.fr/adhesion', 'https://www.xn--l-7sba6dbr.fr/adhesion']);
    assert.deepEqual(website('dotless'), ['https://www.xn--lnkedin-rfb.com/', 'https://www.xn--lnkedin-rfb.com/']);
    assert.deepEqual(website('accents'), ['https://www.xn--rseau-cpme-b7a.fr/', 'https://www.réseau-cpme.fr']);
  });

  test('gives ids that fold to the same file name distinct files', () => {
    const files = readdirSync(join(site, 'reseaux')).sort();
    assert.equal(files.length, 2);
    assert.ok(
      files.every((file) => /^x-script--[a-z0-9]+\.html$/.test(file)),
      files.join(' '),
    );
  });
});

describe('html and control characters in the data', () => {
  // Written `\u0000` and so on in the JSON, which any JSON parser takes: HTML makes a NUL "�" in a
  // <title> or an attribute, and has no way to show the others (a bell, an escape, a vertical tab).
  const CONTROLS = /(?![\t\n\r])\p{Cc}/u;
  const document = {
    format: 1,
    title: 'Guide\u0000 des réseaux\u0001',
    networks: [
      {
        id: 'club',
        name: 'Club\u0000 des\u000bentreprises\u0007',
        family: 'metier',
        summary: 'Ré\u0000sumé\u001b[2J du club\u007f\u0085',
        description: 'Premier\u000cparagraphe.\n\nSecond\u0000 paragraphe.',
        tags: ['BTP\u0000'],
        contact: { email: 'contact\u0000@club.fr', address: '1 rue\u0000 de la Paix', phone: '04 90\u0000 00 00 00' },
      },
    ],
  };
  const { site } = built(document);

  test('are left out of every page and fragment; a vertical tab, a form feed or a next line is a space', () => {
    for (const path of files(site)) assert.doesNotMatch(read(site, path), CONTROLS, path);
    const page = read(site, 'reseaux/club.html');
    assert.match(page, /<title>Club des entreprises — Guide des réseaux<\/title>/);
    assert.match(page, /<meta name="description" content="Résumé\[2J du club ">/);
    assert.match(page, /<p>Premier paragraphe\.<\/p>\n<p>Second paragraphe\.<\/p>/);
    assert.match(page, /<a href="mailto:contact@club\.fr" rel="noopener">contact@club\.fr<\/a>/);
    // The JSON-LD, for search engines, holds none either, even escaped.
    const [, json] = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
    const organization = JSON.parse(json);
    assert.doesNotMatch(JSON.stringify(Object.values(organization)), /\\u00[01]|\\u007f|[\u007f-\u009f]/);
    assert.equal(organization.name, 'Club des entreprises');
    assert.equal(organization.address, '1 rue de la Paix');
  });

  test(
    'read by Chromium, the title, the headings and the texts show no "\uFFFD" and no control character',
    { skip: !findChrome() && 'no Chrome or Chromium here' },
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        for (const path of ['reseaux/club.html', 'en/networks/club.html', 'index.html', 'en/index.html']) {
          await page.goto(pathToFileURL(join(site, path)).href);
          const seen = await page.evaluate(() => ({
            title: globalThis.document.title,
            description: globalThis.document.querySelector('meta[name="description"]').content,
            text: globalThis.document.body.innerText,
          }));
          for (const [what, text] of Object.entries(seen)) {
            assert.doesNotMatch(text, /\uFFFD/, `${path}: ${what}`);
            assert.doesNotMatch(text, CONTROLS, `${path}: ${what}`);
          }
          if (path.includes('club')) {
            assert.equal(seen.title, 'Club des entreprises — Guide des réseaux', path);
            assert.equal(await page.textContent('h1'), 'Club des entreprises', path);
          } else assert.equal(await page.textContent('h1'), 'Guide des réseaux', path);
        }
      } finally {
        await browser.close();
      }
    },
  );

  test('validate warns about each, by record and field, naming the character; exit 0', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'reseaux.json'), JSON.stringify(document));
    const { status, stdout } = runIn({}, 'validate', join(dir, 'reseaux.json'), '--lang', 'en');
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.at(-1), '1 network, 0 problems, 8 warnings');
    assert.equal(
      lines[0],
      'Warning — Document, field "title": "Guide\\u0000 des réseaux\\u0001" holds control characters (U+0000, U+0001), which no one sees or types: the static pages leave them out; delete them.',
    );
    assert.ok(
      lines.includes(
        'Warning — Network #1 ("club"), field "name": "Club\\u0000 des\\u000bentreprises\\u0007" holds control characters (U+0000, U+000B, U+0007), which no one sees or types: the static pages leave them out; delete them.',
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.includes(
        'Warning — Network #1 ("club"), field "tags": "BTP\\u0000" holds a control character (U+0000), which no one sees or types: the static pages leave it out; delete it.',
      ),
      lines.join('\n'),
    );
    for (const field of ['summary', 'description', 'tags', 'contact.email', 'contact.address', 'contact.phone'])
      assert.ok(
        lines.some((line) => line.includes(`field "${field}": `)),
        field,
      );
    const french = runIn({}, 'validate', join(dir, 'reseaux.json'));
    assert.match(
      french.stdout,
      /Attention — Document, champ « title » : « Guide\\u0000 des réseaux\\u0001 » contient des caractères de contrôle \(U\+0000, U\+0001\)/,
    );
  });

  test('build warns about one in a sheet, by line and column, and still writes the file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bell.csv'), 'id;name;family\r\nclub;Club\u0007 des entreprises;metier\r\n');
    const { status, stderr } = runIn({}, 'build', join(dir, 'bell.csv'), '-o', join(dir, 'bell.json'), '--lang', 'en');
    assert.equal(status, 0, stderr);
    assert.equal(
      stderr,
      'Warning — Line 2, column "name": "Club\\u0007 des entreprises" holds a control character (U+0007), which no one sees or types: the static pages leave it out; delete it.\n',
    );
  });
});

describe('html into an existing folder', () => {
  test('refuses a folder of other files, and writes nothing there', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'mine.txt'), 'keep me');
    const result = html(DEMO, '-o', dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /n'a pas été écrit par reseaupro-finder html/);
    assert.deepEqual(readdirSync(dir), ['mine.txt']);
  });

  test('rewrites a site it wrote: a network taken out of the data leaves no page behind', () => {
    const { site } = built();
    const input = join(workspace(), 'fewer.json');
    writeFileSync(input, JSON.stringify({ ...demo, networks: demo.networks.slice(1) }));
    mkdirSync(site, { recursive: true });
    assert.equal(html(input, '-o', site).status, 0);
    assert.equal(readdirSync(join(site, 'reseaux')).length, 282);
    assert.ok(!existsSync(join(site, `reseaux/${demo.networks[0].id}.html`)));
  });

  test('rewrites only what it writes: a CNAME, a .htaccess, a robots.txt or a folder a person added are kept', () => {
    const { site } = built();
    assert.deepEqual(
      readdirSync(site).sort(),
      ['.reseaupro-site', 'en', 'fragment.html', 'index.html', 'reseaux', 'style.css'],
      'what the command writes at the top of the site',
    );
    const added = {
      CNAME: 'example.org\n',
      '.htaccess': 'Options -Indexes\n',
      'robots.txt': 'User-agent: *\n',
      'images/logo.svg': '<svg/>',
    };
    mkdirSync(join(site, 'images'));
    for (const [path, content] of Object.entries(added)) writeFileSync(join(site, path), content);
    const input = join(workspace(), 'fewer.json');
    writeFileSync(input, JSON.stringify({ ...demo, networks: demo.networks.slice(1) }));
    const again = html(input, '-o', site);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    for (const [path, content] of Object.entries(added)) assert.equal(read(site, path), content, path);
    assert.ok(!existsSync(join(site, `reseaux/${demo.networks[0].id}.html`)));
    assert.equal(readdirSync(join(site, 'reseaux')).length, 282);
    assert.deepEqual(readdirSync(dirname(site)), ['site'], 'no temporary folder left beside');
    // A third run keeps them still.
    assert.equal(html(input, '-o', site).status, 0);
    for (const [path, content] of Object.entries(added)) assert.equal(read(site, path), content, path);
  });
});

describe('html at scale', () => {
  test('10,000 networks in one family: every page is written, in little memory, and each lists a bounded few of its family', () => {
    const dir = workspace();
    const input = join(dir, 'reseaux.json');
    const site = join(dir, 'site');
    const networks = Array.from({ length: 10_000 }, (_, i) => ({
      id: `reseau-${String(i)}`,
      name: `Réseau ${String(i).padStart(5, '0')}`,
      family: 'metier',
      summary: 'Un réseau parmi dix mille.',
    }));
    writeFileSync(input, JSON.stringify({ format: 1, networks }));
    // The whole site of this directory is gigabytes when every page lists every other network:
    // a heap far smaller than that holds a site written page by page.
    const result = spawnSync(process.execPath, ['--max-old-space-size=96', CLI, 'html', input, '-o', site], {
      encoding: 'utf8',
      env: { ...process.env, LANG: '' },
      timeout: 300_000,
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(readdirSync(join(site, 'reseaux')).length, 10_000);
    assert.equal(readdirSync(join(site, 'en/networks')).length, 10_000);
    for (const i of [0, 1, 5_000, 9_998, 9_999]) {
      for (const path of [`reseaux/reseau-${String(i)}.html`, `en/networks/reseau-${String(i)}.html`]) {
        const page = read(site, path);
        assert.ok(page.length < 8_000, `${path} is ${String(page.length)} characters`);
        const [nav] = /<nav aria-labelledby="same-family">[\s\S]*?<\/nav>/.exec(page);
        const others = [...nav.matchAll(/<li><a href="([^"]+)"/g)].map((match) => match[1]);
        assert.equal(others.length, 20, path);
        assert.ok(!others.some((href) => href.endsWith(`/reseau-${String(i)}.html`)), `${path} lists itself`);
        // Its neighbours in the family's order, and a link to the whole family in the index.
        if (i === 5_000)
          assert.ok(
            ['/reseau-4999.html', '/reseau-5001.html'].every((end) => others.some((href) => href.endsWith(end))),
            others.join(' '),
          );
        assert.match(nav, /href="(\.\.\/)+(en\/)?index\.html#metier"/);
      }
    }
    assert.match(read(site, 'index.html'), /<section id="metier">/);
  });
});

describe('html writes the site whole, or leaves the published one as it was', () => {
  const small = { format: 1, networks: demo.networks.slice(0, 5) };
  // One page of this directory is larger than the 64 KiB that `ulimit -f 64` lets a file hold.
  const huge = {
    format: 1,
    networks: [...demo.networks.slice(0, 5), { id: 'enorme', name: 'Énorme', family: 'metier', description: 'x'.repeat(200_000) }],
  };
  const input = (document) => {
    const file = join(workspace(), 'reseaux.json');
    writeFileSync(file, JSON.stringify(document));
    return file;
  };
  const snapshot = (dir) =>
    new Map(
      readdirSync(dir, { recursive: true })
        .sort()
        .map((path) => [path, existsSync(join(dir, path)) && !path.endsWith('/') ? safeRead(join(dir, path)) : '']),
    );
  const safeRead = (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '(folder)';
    }
  };

  test('a write cut short (a full disk) leaves the old site as it was, says so in the keeper’s words, and the next run works', () => {
    const { site } = built(small);
    const before = snapshot(site);
    const parent = dirname(site);
    const siblings = readdirSync(parent).sort();
    const failed = runIn({ fileSizeLimit: 64 }, 'html', input(huge), '-o', site);
    assert.equal(failed.status, 1, failed.lines.join('\n'));
    assert.match(failed.stderr, /^Impossible d'écrire /m);
    assert.doesNotMatch(failed.stderr, /inattendue/);
    assert.deepEqual(snapshot(site), before);
    assert.deepEqual(readdirSync(parent).sort(), siblings, 'no temporary folder left beside');
    const again = html(input(huge), '-o', site);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    assert.ok(existsSync(join(site, 'reseaux/enorme.html')));
  });

  test('a write cut short leaves the old site whole with the files a person added, and the next run keeps them', () => {
    const { site } = built(small);
    writeFileSync(join(site, 'CNAME'), 'example.org\n');
    mkdirSync(join(site, '.well-known'));
    writeFileSync(join(site, '.well-known/security.txt'), 'Contact: mailto:x@example.org\n');
    const before = snapshot(site);
    const parent = dirname(site);
    const siblings = readdirSync(parent).sort();
    const failed = runIn({ fileSizeLimit: 64 }, 'html', input(huge), '-o', site);
    assert.equal(failed.status, 1, failed.lines.join('\n'));
    assert.deepEqual(snapshot(site), before);
    assert.deepEqual(readdirSync(parent).sort(), siblings, 'no temporary folder left beside');
    const again = html(input(huge), '-o', site);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    assert.equal(read(site, 'CNAME'), 'example.org\n');
    assert.equal(read(site, '.well-known/security.txt'), 'Contact: mailto:x@example.org\n');
  });

  // A folder whose entries can be made but not renamed or removed (`chattr +a`): the swap fails once the
  // person's files are in the new folder. Only root may set it, on a file system that has it.
  const appendOnly = (dir, on) => spawnSync('chattr', [on ? '+a' : '-a', dir]).status === 0;
  const canAppendOnly = (() => {
    const dir = workspace();
    return appendOnly(dir, true) && appendOnly(dir, false);
  })();

  test(
    'a swap that fails puts the person’s files back: the old site is left whole with them',
    { skip: !canAppendOnly && 'needs chattr +a (root)' },
    () => {
      const { site } = built(small);
      writeFileSync(join(site, 'CNAME'), 'example.org\n');
      mkdirSync(join(site, 'images'));
      writeFileSync(join(site, 'images/logo.svg'), '<svg/>');
      const before = snapshot(site);
      const parent = dirname(site);
      assert.ok(appendOnly(parent, true));
      let failed;
      try {
        failed = runIn({}, 'html', input(small), '-o', site);
      } finally {
        appendOnly(parent, false);
      }
      assert.equal(failed.status, 1, failed.lines.join('\n'));
      assert.match(failed.stderr, /^Impossible d'écrire /m);
      assert.deepEqual(snapshot(site), before);
    },
  );

  test('a first run that fails leaves nothing behind, and does not refuse the next run', () => {
    const parent = workspace();
    const site = join(parent, 'site');
    const failed = runIn({ fileSizeLimit: 64, LANG: 'en_GB.UTF-8' }, 'html', input(huge), '-o', site);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /^Cannot write /m);
    assert.deepEqual(readdirSync(parent), []);
    const again = html(input(small), '-o', site);
    assert.equal(again.status, 0, again.stdout + again.stderr);
  });

  test('a folder that cannot be made (a file in the way) is said in the keeper’s words', () => {
    const parent = workspace();
    writeFileSync(join(parent, 'fichier'), 'not a folder');
    const result = html(input(small), '-o', join(parent, 'fichier', 'site'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^Impossible d'écrire .*fichier/m);
    assert.doesNotMatch(result.stderr, /inattendue/);
  });
});

describe('html --base-url', () => {
  const fragmentWith = (base, ...more) => {
    const dir = join(workspace(), 'site');
    const result = html(DEMO, '-o', dir, '--base-url', base, ...more);
    return { result, dir, fragment: result.status === 0 ? read(dir, 'fragment.html') : undefined };
  };
  const first = demo.networks[0].id;

  test('without its trailing slash, links still lead under it', () => {
    const { fragment } = fragmentWith('https://site.example/reseaux');
    assert.match(fragment, new RegExp(`href="https://site\\.example/reseaux/reseaux/${first}\\.html"`));
    assert.doesNotMatch(fragment, /href="https:\/\/site\.example\/reseaux\/[a-z0-9-]+\.html"/);
  });

  test('a path from the site’s root gives links from the site’s root', () => {
    for (const base of ['/reseaux', '/reseaux/']) {
      const { fragment } = fragmentWith(base);
      assert.match(fragment, new RegExp(`href="/reseaux/reseaux/${first}\\.html"`), base);
      const english = read(fragmentWith(base).dir, 'en/fragment.html');
      assert.match(english, new RegExp(`href="/reseaux/en/networks/${first}\\.html"`), base);
    }
  });

  test('anything else is refused in the keeper’s words, in French and English, and nothing is written', () => {
    for (const base of ['not a url', 'reseaux/', 'ftp://site.example/', '//site.example/reseaux/', 'javascript:alert(1)']) {
      const { result, dir } = fragmentWith(base);
      assert.equal(result.status, 2, base);
      assert.match(result.stderr, /^--base-url « .* » : /, base);
      assert.doesNotMatch(result.stderr, /inattendue/);
      assert.ok(!existsSync(dir));
      const english = fragmentWith(base, '--lang', 'en');
      assert.match(english.result.stderr, /^--base-url ".*": /, base);
    }
  });

  test('the pages name their published address: canonical, and hreflang for both languages, themselves included', () => {
    const { dir } = fragmentWith('https://site.example/annuaire');
    const french = read(dir, `reseaux/${first}.html`);
    const english = read(dir, `en/networks/${first}.html`);
    const frUrl = `https://site.example/annuaire/reseaux/${first}.html`;
    const enUrl = `https://site.example/annuaire/en/networks/${first}.html`;
    for (const page of [french, english]) {
      assert.ok(page.includes(`<link rel="alternate" hreflang="fr" href="${frUrl}">`));
      assert.ok(page.includes(`<link rel="alternate" hreflang="en" href="${enUrl}">`));
    }
    assert.ok(french.includes(`<link rel="canonical" href="${frUrl}">`));
    assert.ok(english.includes(`<link rel="canonical" href="${enUrl}">`));
    assert.ok(read(dir, 'en/index.html').includes('<link rel="canonical" href="https://site.example/annuaire/en/index.html">'));
  });

  test('a path from the site’s root gives no canonical address and no root-relative hreflang: each page links its versions relative to itself', () => {
    // Search engines take hreflang alternates as full addresses only, and a canonical from the root
    // would name a page on whatever host serves the pages: without the address, as without --base-url.
    for (const base of ['/reseaux', '/reseaux/']) {
      const { result, dir } = fragmentWith(base);
      assert.equal(result.status, 0, result.stderr);
      const pages = files(dir).filter((path) => !path.endsWith('fragment.html'));
      assert.equal(pages.length, 2 * 283 + 2);
      for (const path of pages) {
        const page = read(dir, path);
        assert.doesNotMatch(page, /rel="canonical"/, path);
        const alternates = [...page.matchAll(/<link rel="alternate" hreflang="(fr|en)" href="([^"]*)">/g)];
        assert.deepEqual(
          alternates.map(([, lang]) => lang),
          path.startsWith('en') ? ['en', 'fr'] : ['fr', 'en'],
          path,
        );
        for (const [, , href] of alternates) {
          assert.doesNotMatch(href, /^\/|^[a-z]+:/, `${path}: ${href}`);
          assert.ok(existsSync(join(dir, dirname(path), href)), `${path}: ${href}`);
        }
      }
      const french = read(dir, `reseaux/${first}.html`);
      assert.ok(french.includes(`<link rel="alternate" hreflang="fr" href="../reseaux/${first}.html">`), base);
      assert.ok(french.includes(`<link rel="alternate" hreflang="en" href="../en/networks/${first}.html">`), base);
      const englishIndex = read(dir, 'en/index.html');
      assert.ok(englishIndex.includes('<link rel="alternate" hreflang="fr" href="../index.html">'), base);
    }
  });

  test('the keeper is told what a path gives and what it does not, in French and English; a full address draws no such note', () => {
    const french = fragmentWith('/reseaux');
    assert.equal(french.result.status, 0);
    assert.match(french.result.stderr, /^--base-url \/reseaux\/ : .*fragment.*aucune adresse canonique.*https:\/\//m);
    const english = fragmentWith('/reseaux', '--lang', 'en');
    assert.equal(english.result.status, 0);
    assert.match(english.result.stderr, /^--base-url \/reseaux\/: .*fragment.*no canonical address.*https:\/\//m);
    const full = fragmentWith('https://site.example/reseaux/');
    assert.equal(full.result.stderr, '');
  });

  test('an address or a path ending in a bare ? or # is refused too, and nothing is written', () => {
    for (const base of ['https://site.example/reseaux#', 'https://site.example/reseaux?', '/reseaux?', '/reseaux#', '/reseaux/?#']) {
      const { result, dir } = fragmentWith(base);
      assert.equal(result.status, 2, base);
      assert.match(result.stderr, /^--base-url « .* » : /, base);
      assert.ok(!existsSync(dir), base);
    }
  });
});

describe('html: what a search result and a phone show', () => {
  const { site } = built();
  const first = demo.networks[0];

  test('each page has a meta description: its network’s summary, or for the index what it lists', () => {
    const description = (path) => /<meta name="description" content="([^"]*)">/.exec(read(site, path))?.[1];
    assert.equal(description(`reseaux/${first.id}.html`), first.summary.replaceAll("'", '&#39;'));
    assert.match(description('index.html'), /: 283 réseaux professionnels, par famille, chacun avec sa fiche\.$/);
    assert.match(description('en/index.html'), /: 283 networks of professionals, by family, each with its profile\.$/);
  });

  test('without --base-url, each page lists both its language versions, relative to it, and no canonical address', () => {
    const page = read(site, `reseaux/${first.id}.html`);
    assert.ok(page.includes(`<link rel="alternate" hreflang="fr" href="../reseaux/${first.id}.html">`));
    assert.ok(page.includes(`<link rel="alternate" hreflang="en" href="../en/networks/${first.id}.html">`));
    assert.doesNotMatch(page, /rel="canonical"/);
  });

  test('both fragments link relative to the site’s root, where the README says to show them', () => {
    for (const path of ['fragment.html', 'en/fragment.html']) {
      for (const [, href] of read(site, path).matchAll(/href="([^"]+)"/g)) {
        assert.ok(!href.startsWith('../'), `${path}: ${href}`);
        assert.ok(existsSync(join(site, href)), `${path}: ${href}`);
      }
    }
  });

  test(
    'at 320 px no page scrolls sideways, long addresses and names included (WCAG 1.4.10); data written right to left runs so',
    { skip: !findChrome() && 'no Chrome or Chromium here' },
    async () => {
      const long = `${'groupement'.repeat(12)}`;
      const { site: awkward } = built({
        format: 1,
        networks: [
          {
            id: 'long',
            name: long,
            family: 'metier',
            summary: `Inscriptions : https://www.reseau-entreprendre.org/provence/${long}`,
            contact: { email: `contact@${long}.reseaux.example`, website: `https://${long}.reseaux.example/` },
          },
        ],
      });
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
        for (const [dir, path] of [
          [site, `reseaux/${first.id}.html`],
          [site, `en/networks/${first.id}.html`],
          [site, 'index.html'],
          [awkward, 'reseaux/long.html'],
          [awkward, 'index.html'],
        ]) {
          await page.goto(pathToFileURL(join(dir, path)).href);
          assert.ok((await page.evaluate(() => globalThis.document.documentElement.scrollWidth)) <= 320, path);
        }
        // Data in Arabic, marked as such on a French page, runs right to left there; the page's own words do not.
        const { site: arabic } = built({
          format: 1,
          lang: 'ar',
          networks: [{ id: 'ruwwad', name: 'شبكة رواد الأعمال', family: 'metier' }],
        });
        await page.goto(pathToFileURL(join(arabic, 'reseaux/ruwwad.html')).href);
        const directions = await page.evaluate(() =>
          ['h1', 'nav.top'].map((selector) => {
            const element = globalThis.document.querySelector(selector);
            return [element.getAttribute('dir'), globalThis.getComputedStyle(element).direction];
          }),
        );
        assert.deepEqual(directions, [
          ['rtl', 'rtl'],
          [null, 'ltr'],
        ]);
      } finally {
        await browser.close();
      }
    },
  );
});

describe('html in French and in English', () => {
  test("counts one profile as one, in the keeper's language", () => {
    const dir = workspace();
    const input = join(dir, 'one.json');
    writeFileSync(input, JSON.stringify({ networks: [demo.networks[0]] }));
    assert.match(html(input, '-o', join(dir, 'fr')).stdout, /: 1 fiche en français et en anglais, et/);
    assert.match(html(input, '-o', join(dir, 'en'), '--lang', 'en').stdout, /: 1 profile in French and English, and/);
  });

  test('writes French typography on the French pages: a no-break space before a colon and inside « »', () => {
    const networks = demo.networks.slice(0, 3).map((network) => ({ ...network, family: 'metier' }));
    const { site } = built({ title: { fr: 'Réseaux', en: 'Networks' }, networks });
    assert.match(read(site, 'index.html'), /<meta name="description" content="Réseaux\u00a0: 3 réseaux professionnels/);
    const page = read(site, `reseaux/${files(join(site, 'reseaux'))[0]}`);
    assert.match(page, /Toute la famille «\u00a0Réseau métier\u00a0» \(3 réseaux\)/);
  });
});

describe('html and the records the widget skips', () => {
  test('names each one, as export does, writes the others, and exits 0', () => {
    const dir = join(workspace(), 'site');
    const result = html(fixture('broken.json'), '-o', dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^4 réseaux laissés de côté, sans page \(à corriger dans les données\) :$/m);
    assert.match(result.stderr, /^ {2}Réseau n°\u00a02 \(«\u00a0mystere\u00a0»\) ignoré\u00a0: /m);
    assert.match(result.stderr, /^ {2}Réseau n°\u00a04 \(«\u00a0sans-nom\u00a0»\) ignoré\u00a0: /m);
    assert.deepEqual(readdirSync(join(dir, 'reseaux')), ['bon.html']);
    const english = html(fixture('broken.json'), '-o', dir, '--lang', 'en');
    assert.match(english.stderr, /^4 networks left out, without a page \(to fix in the data\):$/m);
    assert.match(english.stderr, /^ {2}Network #2 \("mystere"\) skipped: /m);
  });

  test('writes nothing, and exits 1, when no record can be used', () => {
    const file = join(workspace(), 'reseaux.json');
    writeFileSync(file, JSON.stringify({ format: 1, networks: [{ id: 'a', family: 'metier' }] }));
    const dir = join(workspace(), 'site');
    const result = html(file, '-o', dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^1 réseau laissé de côté/m);
    assert.match(result.stderr, /Aucun réseau à publier : rien n'a été écrit/);
    assert.ok(!existsSync(dir));
  });
});

describe('html page addresses', () => {
  const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;
  const TRICKY = [
    'Aix',
    'aix',
    'AIX',
    'Réseau',
    'reseau',
    'réseau',
    '東京',
    '大阪',
    'con',
    'CON',
    'nul',
    'com1',
    'lpt9',
    '__proto__',
    'constructor',
    'a--b',
    '-a',
    'a-',
    'reseau--0',
    'x'.repeat(300),
    // Half of a character written as a pair, alone ("\ud800" in the JSON), and U+FFFD, which a UTF-8 encoder writes for it.
    'A\uD800',
    'A\uDC00',
    'A\uFFFD',
    '\uD800',
    '\uDFFF',
  ];
  const id = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1 }), fc.fullUnicodeString({ minLength: 1, maxLength: 8 }));

  test('property: an id’s name does not depend on the other ids or their order; distinct ids get distinct, safe names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(id, { maxLength: 10 }),
        fc.nat(),
        (ids, more, seed) => {
          const alone = toolkit.pageNames(ids);
          const others = [...new Set([...more, ...ids])];
          // Shuffled by the seed: the same ids in another order, with more among them.
          const shuffled = others
            .map((value, i) => [(seed * 7919 + i * 104729) % 1_000_003, value])
            .sort((a, b) => a[0] - b[0])
            .map(([, value]) => value);
          const together = toolkit.pageNames(shuffled);
          for (const value of ids) assert.equal(together.get(value), alone.get(value), JSON.stringify(value));
          const names = [...together.values()];
          assert.equal(new Set(names).size, names.length, 'distinct ids, distinct names');
          for (const name of names) {
            assert.match(name, /^[a-z0-9-]+$/);
            assert.ok(name.length <= 80, name);
            assert.doesNotMatch(name, WINDOWS_DEVICES);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('ids that differ by a lone half of a surrogate pair, or by U+FFFD in its place, get a page each, and the site is written', () => {
    const ids = ['A\uD800', 'A\uDC00', 'A\uFFFD', 'Aix'];
    const { site, result } = built({ format: 1, networks: ids.map((id, i) => ({ id, name: `Club ${String(i)}`, family: 'metier' })) });
    assert.match(result.stdout, /4 fiches/);
    assert.equal(readdirSync(join(site, 'reseaux')).length, 4);
    // The names of ids without such a half did not move.
    assert.equal(toolkit.pageNames(['Aix']).get('Aix'), 'aix--3so1jc7f86fz9');
    assert.equal(toolkit.pageNames(['東京']).get('東京'), 'reseau--0pux7t3icq7qn');
  });

  test('an id already fit for an address is its own name; others keep theirs whatever the order of the rows', () => {
    const names = toolkit.pageNames(['aix-dynamique', 'Aix', 'aix', 'con']);
    assert.equal(names.get('aix-dynamique'), 'aix-dynamique');
    assert.equal(names.get('aix'), 'aix');
    assert.match(names.get('Aix'), /^aix--[a-z0-9]+$/);
    assert.match(names.get('con'), /^con--[a-z0-9]+$/);
    const networks = ['Aix', 'aix', 'Réseau', 'reseau', '東京'].map((value) => ({ id: value, name: value, family: 'metier' }));
    const [one, two] = [networks, [...networks].reverse()].map((list) => {
      const { site } = built({ format: 1, networks: list });
      return readdirSync(join(site, 'reseaux'))
        .sort()
        .map((file) => [file, /<h1[^>]*>(.*)<\/h1>/.exec(read(site, `reseaux/${file}`))[1]]);
    });
    assert.deepEqual(one, two);
    assert.equal(one.length, 5);
  });
});

describe('html: the language of every text, and what axe finds', () => {
  const networks = [
    { id: 'club-a', name: 'Club A', family: 'metier', summary: 'Un club.', territories: ['Arles'] },
    { id: 'club-b', name: 'Club B', family: 'metier', summary: 'Un autre club.' },
  ];
  const PAGES = ['index.html', 'reseaux/club-a.html', 'fragment.html', 'en/index.html', 'en/networks/club-a.html', 'en/fragment.html'];
  const langs = (site, path) => [...read(site, path).matchAll(/ lang="([^"]*)"/g)].map((match) => match[1]);

  test('a data lang that is no language tag is written nowhere: the texts are French, as the finder takes them', () => {
    const { site } = built({ format: 1, lang: 'français', networks });
    for (const path of PAGES)
      assert.ok(
        langs(site, path).every((lang) => ['fr', 'en'].includes(lang)),
        `${path}: ${langs(site, path)}`,
      );
    assert.match(read(site, 'reseaux/club-a.html'), /<h1>Club A<\/h1>/);
    assert.match(read(site, 'en/networks/club-a.html'), /<h1 lang="fr">Club A<\/h1>/);
  });

  test('data in a regional form of the page’s language (fr-FR) is not marked on French pages, and is on English ones', () => {
    const { site } = built({ format: 1, lang: 'fr-FR', networks });
    for (const path of ['index.html', 'reseaux/club-a.html', 'fragment.html'])
      assert.deepEqual(
        langs(site, path).filter((lang) => lang !== 'en'),
        ['fr'],
        path,
      );
    assert.match(read(site, 'en/networks/club-a.html'), /<h1 lang="fr-FR">Club A<\/h1>/);
  });

  test('each fragment says its language, for a page of another language that shows it', () => {
    const { site } = built({ format: 1, networks });
    assert.match(read(site, 'fragment.html'), /^<nav lang="fr" aria-label="Tous les réseaux">/);
    assert.match(read(site, 'en/fragment.html'), /^<nav lang="en" aria-label="All networks">/);
  });

  test('the directory’s title, given in one language only, is marked with it on the other language’s pages', () => {
    for (const [title, frLang, enLang] of [
      ['Annuaire des réseaux d’Arles', undefined, 'fr'],
      [{ fr: 'Annuaire des réseaux d’Arles' }, undefined, 'fr'],
      [{ en: 'Arles networks' }, 'en', undefined],
      [{ fr: 'Annuaire', en: 'Directory' }, undefined, undefined],
    ]) {
      const { site } = built({ format: 1, title, networks });
      for (const [paths, lang] of [
        [['index.html', 'reseaux/club-a.html'], frLang],
        [['en/index.html', 'en/networks/club-a.html'], enLang],
      ]) {
        const attribute = lang ? ` lang="${lang}"` : '';
        const page = read(site, paths[0]);
        assert.match(page, new RegExp(`<h1${attribute}>`), `${JSON.stringify(title)} ${paths[0]}`);
        for (const path of paths)
          assert.match(read(site, path), new RegExp(`<nav class="top"><a href="[^"]+"${attribute}>`), `${JSON.stringify(title)} ${path}`);
      }
    }
  });

  test(
    'axe finds nothing on the pages, hostile data and a wrong data lang included',
    { skip: !findChrome() && 'no Chrome or Chromium here' },
    async () => {
      const { site: demoSite } = built();
      const { site: hostile } = built({
        format: 1,
        lang: 'français',
        title: 'Annuaire </script> "d’Arles"',
        networks: [
          ...networks,
          { id: 'constructor', name: '</script><script>alert(1)</script>', family: 'thematique', summary: 'Résumé\u2028<!--' },
          { id: 'Réseau', name: 'شبكة رواد الأعمال 🚀', family: 'thematique', description: 'Premier.\n\nSecond.' },
          { id: 'nu', name: 'Nu', family: 'sectoriel' },
        ],
      });
      const names = toolkit.pageNames(['Réseau']);
      const { chromium } = await import('playwright-core');
      const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
      const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        for (const [dir, path] of [
          [demoSite, 'index.html'],
          [demoSite, `reseaux/${demo.networks[0].id}.html`],
          [demoSite, `en/networks/${demo.networks[0].id}.html`],
          ...PAGES.filter((path) => !path.endsWith('fragment.html')).map((path) => [hostile, path]),
          [hostile, 'reseaux/constructor.html'],
          [hostile, `en/networks/${names.get('Réseau')}.html`],
          [hostile, 'en/networks/nu.html'],
        ]) {
          await page.goto(pathToFileURL(join(dir, path)).href);
          await page.addScriptTag({ content: axe });
          const violations = await page.evaluate(async () =>
            (await globalThis.axe.run(globalThis.document)).violations.map((violation) => `${violation.id}: ${violation.nodes[0].html}`),
          );
          assert.deepEqual(violations, [], path);
        }
      } finally {
        await browser.close();
      }
    },
  );
});

describe('html: a meta description on every page', () => {
  const long = `Fondé en 1990 à Arles, ce club réunit les dirigeants des entreprises du pays d’Arles autour de déjeuners mensuels, de visites d’entreprises et de soirées thématiques qui durent. ${'Et bien plus. '.repeat(40)}`;
  const { site } = built({
    format: 1,
    networks: [
      { id: 'resume', name: 'Avec résumé', family: 'metier', summary: 'Un résumé.' },
      { id: 'fiche', name: 'Sans résumé', family: 'metier', description: `${long}\n\nSecond paragraphe.` },
      { id: 'nu', name: 'Club nu', family: 'territorial', territories: ['Arles', 'Tarascon'] },
    ],
  });
  const description = (path) => /<meta name="description" content="([^"]*)">/.exec(read(site, path))?.[1];

  test('a network without a summary is described by its description’s first words, shortened at a word', () => {
    for (const path of ['reseaux/fiche.html', 'en/networks/fiche.html']) {
      const text = description(path);
      assert.ok(text?.startsWith('Fondé en 1990 à Arles, ce club réunit'), `${path}: ${text}`);
      assert.ok(text.length <= 160, `${path}: ${String(text.length)} characters`);
      assert.match(text, /[a-zé]…$/);
    }
  });

  test('a network with neither is described by its name, family and territories, in the page’s language', () => {
    assert.equal(description('reseaux/nu.html'), 'Club nu — Réseau territorial\u00a0: Arles, Tarascon.');
    assert.equal(description('en/networks/nu.html'), 'Club nu — Local network: Arles, Tarascon.');
  });

  test('every page has one, its summary when it has one', () => {
    assert.equal(description('reseaux/resume.html'), 'Un résumé.');
    for (const path of files(site).filter((path) => !path.endsWith('fragment.html')))
      assert.ok(description(path), `${path} has no meta description`);
  });
});
