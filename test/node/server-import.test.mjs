import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the built bundle can be imported where there is no DOM (a server render)', async () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  const module = await import('../../dist/reseaupro-finder.js');
  assert.equal(typeof module.ReseauproFinder, 'function');
  assert.equal(typeof globalThis.HTMLElement, 'undefined', 'the bundle must not install globals');
});
