// The element's theming contract is written in three places: JSDoc on the element (@cssprop, @csspart, which the
// build turns into custom-elements.json), the README's two tables, and the code itself (styles.ts's fallbacks,
// the templates' part="…"). The manifest is the reference: every other place must say exactly the same.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const TAG = 'reseaupro-finder';
const PREFIX = '--reseaupro-';

const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === TAG);
const documentedProperties = element?.cssProperties ?? [];
const documentedParts = element?.cssParts ?? [];

/** The text inside the parentheses that open at `open`, nested ones included. */
function balanced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced parentheses after: ${text.slice(open, open + 60)}`);
}

/**
 * Every `var(--reseaupro-…, fallback)` of styles.ts, as [name, fallback or undefined]. Private aliases
 * (`--_accent: var(--reseaupro-accent, …)`) are written back as the public property they stand for, so a
 * fallback of `var(--_accent)` reads as `var(--reseaupro-accent)`, which is what the documentation says.
 */
function propertiesUsedIn(css) {
  const aliases = new Map();
  for (const [, alias, name] of css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--reseaupro-[\w-]+)/g)) aliases.set(alias, name);
  const uses = [];
  for (const match of css.matchAll(/var\(\s*(--reseaupro-[\w-]+)/g)) {
    const inside = balanced(css, match.index + 'var'.length);
    const comma = inside.indexOf(',');
    const fallback = comma < 0 ? undefined : inside.slice(comma + 1).trim();
    const unaliased = fallback?.replace(/var\(\s*(--_[\w-]+)\s*\)/g, (whole, alias) =>
      aliases.has(alias) ? `var(${aliases.get(alias)})` : whole,
    );
    uses.push([match[1], unaliased]);
  }
  return uses;
}

/** The rows of the README's table whose header row is `header`, as arrays of trimmed cells. */
function readmeTable(readme, header) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === header);
  assert.notEqual(start, -1, `the README has no table headed ${header}`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    // A cell may hold an escaped pipe: `fr` \| `en`.
    const cells = /^\|(.*)\|$/.exec(line.trim())?.[1].split(/(?<!\\)\|/) ?? [];
    rows.push(cells.map((cell) => cell.trim()));
  }
  return rows;
}

const code = (cell) => /^`([^`]*)`$/.exec(cell)?.[1];

/**
 * How the README writes a default: in code, the same text as the manifest; a default that is another of the
 * element's properties may be written in words instead, "the accent" for `var(--reseaupro-accent)`.
 */
function readmeDefaultMatches(cell, manifestDefault) {
  if (code(cell) !== undefined) return code(cell) === manifestDefault;
  const other = /^var\(--reseaupro-([\w-]+)\)$/.exec(manifestDefault ?? '');
  return other !== null && cell === `the ${other[1].replaceAll('-', ' ')}`;
}

function sourceFiles(dir) {
  return readdirSync(new URL(dir, root), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => `${entry.parentPath.slice(new URL(root).pathname.length)}/${entry.name}`.replace(/^\/+/, ''));
}

test('the manifest documents the element, its custom properties and its parts', () => {
  assert.ok(element, `no declaration with tagName ${TAG} in custom-elements.json`);
  assert.ok(documentedProperties.length > 0, 'no cssProperties');
  assert.ok(documentedParts.length > 0, 'no cssParts');
  for (const { name } of documentedProperties) assert.ok(name.startsWith(PREFIX), `${name} does not start with ${PREFIX}`);
  const names = (list) => list.map((item) => item.name);
  assert.equal(new Set(names(documentedProperties)).size, documentedProperties.length, 'a custom property is documented twice');
  assert.equal(new Set(names(documentedParts)).size, documentedParts.length, 'a part is documented twice');
});

test('styles.ts uses exactly the documented custom properties, each with its documented default', () => {
  const uses = propertiesUsedIn(read('src/styles.ts'));
  const documented = new Map(documentedProperties.map((property) => [property.name, property.default]));
  for (const [name, fallback] of uses) {
    assert.ok(documented.has(name), `styles.ts uses ${name}, which the element's JSDoc does not document (@cssprop)`);
    const expected = documented.get(name);
    assert.equal(fallback, expected, `${name}: styles.ts falls back to ${fallback}, the documentation says ${expected}`);
  }
  const used = new Set(uses.map(([name]) => name));
  for (const name of documented.keys()) assert.ok(used.has(name), `${name} is documented but styles.ts never uses it`);
});

test("the README's custom property table lists the manifest's properties, in order, with the same defaults", () => {
  const rows = readmeTable(read('README.md'), '| custom property | default | what |');
  assert.deepEqual(
    rows.map(([name]) => code(name)),
    documentedProperties.map((property) => property.name),
  );
  for (const [name, fallback] of rows) {
    const documented = documentedProperties.find((property) => property.name === code(name));
    assert.ok(
      readmeDefaultMatches(fallback, documented.default),
      `${code(name)}: the README's default is ${fallback}, the manifest's is ${documented.default}`,
    );
  }
});

test("the README's part table lists the manifest's parts, in order", () => {
  const rows = readmeTable(read('README.md'), '| part | what |');
  assert.deepEqual(
    rows.map(([name]) => code(name)),
    documentedParts.map((part) => part.name),
  );
});

test('the templates use exactly the documented parts', () => {
  const documented = new Set(documentedParts.map((part) => part.name));
  const used = new Map();
  for (const file of sourceFiles('src/')) {
    // A part set from an expression cannot be checked here: write parts as literal text. The one
    // exception is the heading helper (a heading's tag is chosen by level), whose callers name the
    // part as literal text: `part: 'title'`.
    const text = read(file).replace(/\bpart=\$\{part\}/g, file === 'src/views/context.ts' ? '' : '$&');
    assert.doesNotMatch(text, /\bpart=\$\{/, `${file} sets a part from an expression`);
    for (const [, name] of text.matchAll(/\bpart: '([^']*)'/g)) used.set(name, file);
    for (const [, names] of text.matchAll(/\bpart="([^"]*)"/g)) {
      assert.doesNotMatch(names, /\$\{/, `${file} builds a part name from an expression: part="${names}"`);
      for (const name of names.split(/\s+/).filter(Boolean)) used.set(name, file);
    }
  }
  for (const [name, file] of used) {
    assert.ok(documented.has(name), `${file} uses part "${name}", which the element's JSDoc does not document (@csspart)`);
  }
  for (const name of documented) assert.ok(used.has(name), `part "${name}" is documented but no template uses it`);
});

/** GitHub's anchor for a heading: lower case, punctuation dropped (letters of any script kept), spaces as dashes. */
const githubSlug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors GitHub gives a Markdown file's headings (a repeated heading gets `-1`, `-2`…). */
function headingSlugs(markdown) {
  const slugs = new Set();
  for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.*)$/gm)) {
    let slug = githubSlug(heading);
    for (let n = 1; slugs.has(slug); n++) slug = `${githubSlug(heading)}-${n}`;
    slugs.add(slug);
  }
  return slugs;
}

test("the links of the README and docs/ to the repository's files and sections lead to them", () => {
  const pages = [
    'README.md',
    ...readdirSync(new URL('docs/', root))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  let sectionLinks = 0;
  for (const page of pages) {
    for (const [, target] of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? new URL(path, new URL(page, root)) : new URL(page, root);
      assert.ok(existsSync(file), `${page} links to ${target}, which the repository does not have`);
      if (anchor === undefined) continue;
      sectionLinks += 1;
      assert.ok(headingSlugs(readFileSync(file, 'utf8')).has(anchor), `${page} links to ${target}, which no heading gives`);
    }
  }
  assert.ok(sectionLinks > 0);
});

test('the README and the demo page pin the version of the package they document', () => {
  const { version } = JSON.parse(read('package.json'));
  for (const file of ['README.md', 'demo/index.html']) {
    const pinned = [...read(file).matchAll(/reseaupro-finder@([^/\s"'`]+)/g)].map(([, pin]) => pin);
    assert.ok(pinned.length > 0, `${file} pins no version`);
    for (const pin of pinned) assert.equal(pin, version, `${file} pins reseaupro-finder@${pin}, the package is ${version}`);
  }
});

test("the README's table of events names the element's events", () => {
  const rows = readmeTable(read('README.md'), '| event | when | `detail` |');
  const fired = [...read('src/events.ts').matchAll(/^\s*'(reseaupro-[\w-]+)': CustomEvent</gm)].map(([, name]) => name);
  assert.ok(fired.length > 0);
  assert.deepEqual(rows.map(([name]) => code(name)).sort(), fired.sort());
});

/** How the README writes a property's default (`auto`, `10`, `{}`), from the manifest's source text (`'auto'`). */
const asReadmeDefault = (text) => (text === undefined ? undefined : (/^'([^']+)'$/.exec(text)?.[1] ?? text));

test("the README's attribute table gives the manifest's attributes, properties and defaults", () => {
  const rows = readmeTable(read('README.md'), '| attribute | property | type | default | meaning |');
  const fields = element.members.filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');
  assert.deepEqual(rows.map(([, property]) => code(property)).sort(), fields.map((field) => field.name).sort());
  for (const [attributeCell, property, , defaultCell] of rows) {
    const name = code(property);
    const field = fields.find((member) => member.name === name);
    const attribute = element.attributes.find((candidate) => candidate.fieldName === name);
    assert.equal(attribute?.name, code(attributeCell), `${name}: the README's attribute is ${attributeCell || 'none'}`);
    // What a tool built on the manifest shows (an editor's hover, a component catalogue): the value, as the README says it.
    const readmeDefault = code(defaultCell);
    assert.equal(asReadmeDefault(field.default), readmeDefault, `${name}: the manifest's default is ${field.default}`);
    // An attribute holds text: a default only a property can take (`{}`, `[]`) is no attribute's default.
    const attributeDefault = /^[{[]/.test(readmeDefault ?? '') ? undefined : readmeDefault;
    if (attribute)
      assert.equal(
        asReadmeDefault(attribute.default),
        attributeDefault,
        `attribute ${attribute.name}: its default is ${attribute.default}`,
      );
  }
});

test('the manifest types each attribute as the text it holds, never as an object only a property takes', () => {
  for (const attribute of element.attributes)
    for (const type of attribute.type.text.split(' | '))
      assert.match(type, /^(string|number|boolean|undefined|'[^']*')$/, `attribute ${attribute.name}: ${attribute.type.text}`);
  assert.equal(element.attributes.find((attribute) => attribute.name === 'answers')?.type.text, 'string', 'answers: JSON text');
});
