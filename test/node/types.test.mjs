// The framework types (types/*.d.ts) are written by hand from the public contract: this holds them to
// the element's own manifest, so that an attribute or event the element gains is added to them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'reseaupro-finder');
const types = read('types/element.d.ts');
const block = (name) => {
  const start = types.indexOf(`export interface ${name} `);
  assert.ok(start >= 0, `${name} is missing from types/element.d.ts`);
  return types.slice(start, types.indexOf('\n}\n', start));
};

test('every attribute of the element is a prop of the framework types', () => {
  const props = block('ReseauproFinderProps');
  for (const { name } of element.attributes) assert.match(props, new RegExp(`\\n  '?${name}'?\\?:`), `attribute ${name}`);
});

test('every event of the element is in the framework types', () => {
  const events = block('ReseauproFinderEvents');
  for (const { name } of element.events) assert.match(events, new RegExp(`'${name}': CustomEvent<`), `event ${name}`);
});

test("every attribute and event of the public contract (2.0's included) is in the framework types", () => {
  const props = block('ReseauproFinderProps');
  for (const name of [
    'src',
    'data',
    'lang',
    'page-size',
    'sync-url',
    'timeout',
    'heading-level',
    'layout',
    'near',
    'theme',
    'remember',
    'answers',
    'query',
    'shortlist',
  ]) {
    assert.match(props, new RegExp(`\\n  '?${name}'?\\?:`), `prop ${name}`);
  }
  const events = block('ReseauproFinderEvents');
  for (const name of ['ready', 'change', 'select', 'error', 'contact', 'shortlist'])
    assert.ok(events.includes(`'reseaupro-${name}'`), `event ${name}`);
});

test('the manifest gives each event the type of its detail, as the framework types do', () => {
  // Editors and catalogues built on custom-elements.json show an event's type from it.
  const events = block('ReseauproFinderEvents');
  for (const { name, type } of element.events) {
    const typed = new RegExp(`'${name}': (CustomEvent<\\w+>);`).exec(events)?.[1];
    assert.equal(type?.text, typed, `event ${name}`);
  }
});
