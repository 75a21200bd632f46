// The vocabulary is the core's (src/core/vocabulary.ts, read here through the built command-line
// toolkit). The demo generator and the README, which cannot import it, must say the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { AUDIENCES, FAMILIES, FEE_BANDS, RHYTHMS, SERVICES } from '../../dist/cli/toolkit.js';
import * as demo from '../../demo/fake-networks.mjs';

test('the demo generator draws from the core’s vocabulary', () => {
  assert.deepEqual(demo.FAMILIES, [...FAMILIES]);
  assert.deepEqual(demo.AUDIENCES, [...AUDIENCES]);
  assert.deepEqual(demo.SERVICES, [...SERVICES]);
  assert.deepEqual(demo.FEE_BANDS, [...FEE_BANDS]);
  for (const rhythm of demo.MONTHLY_OR_MORE) assert.ok(RHYTHMS.indexOf(rhythm) <= RHYTHMS.indexOf('mensuelle'), rhythm);
});

test('the README’s table of network fields lists the core’s vocabulary', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  /** The values written as code in a field's row of the table. */
  const row = (field) => {
    const line = readme.split('\n').find((text) => text.startsWith(`| \`${field}\` |`));
    assert.ok(line, `the README has a row for ${field}`);
    return [
      ...line
        .split('|')
        .slice(2)
        .join('|')
        .matchAll(/`([^`]+)`/g),
    ].map((match) => match[1]);
  };
  assert.deepEqual(row('family'), [...FAMILIES]);
  assert.deepEqual(row('audience'), [...AUDIENCES]);
  assert.deepEqual(row('services'), [...SERVICES]);
  assert.deepEqual(row('meetingFrequency'), [...RHYTHMS]);
  assert.deepEqual(row('feeBand'), [...FEE_BANDS]);
});
