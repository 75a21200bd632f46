// The keepers' page opened from the disk (file://), as a member of staff with no Node and no web
// server opens it: a double click. The browser tests serve it over HTTP; this one cannot, so it
// drives Chrome or Chromium itself (skipped where there is none: `npm test` has one).
/* global document -- inside page.evaluate and waitForFunction, which run in the page */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChrome } from '../chromium.mjs';
import { fixture, ROOT, workspace } from './cli-helpers.mjs';

const chrome = findChrome();

/** Runs `use` on dist/keepers.html opened from the disk, once its script has started. */
async function withKeepersPage(use) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(pathToFileURL(join(ROOT, 'dist/keepers.html')).href);
    await page.waitForFunction(() => document.getElementById('language')?.textContent === 'English');
    await use(page, errors);
  } finally {
    await browser.close();
  }
}

test(
  'dist/keepers.html works opened from the disk: a sheet is read, its report shown, the finder shows its networks',
  { skip: !chrome && 'no Chrome or Chromium here' },
  () =>
    withKeepersPage(async (page, errors) => {
      await page.setInputFiles('#file', fixture('excel-windows-1252.csv'));
      // French, set as French is printed: a no-break space before the colon.
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('excel-windows-1252.csv\u00a0:'));
      assert.equal(await page.textContent('#status'), 'excel-windows-1252.csv\u00a0: 2 réseaux, 0 problème');
      const results = await page.evaluate(async () => {
        const finder = document.getElementById('preview');
        await finder.updateComplete;
        return finder.results.length;
      });
      assert.equal(results, 2);
      assert.deepEqual(errors, []);
    }),
);

test(
  'the sheet fixed and saved under the same name, chosen again with the button, is read again',
  { skip: !chrome && 'no Chrome or Chromium here' },
  () =>
    withKeepersPage(async (page) => {
      const sheet = join(workspace(), 'reseaux.csv');
      /** Through the browser's own file dialog, as a person chooses: the label, then the file. */
      const choose = async () => {
        const [dialog] = await Promise.all([page.waitForEvent('filechooser'), page.click('label[for="file"]')]);
        await dialog.setFiles(sheet);
      };
      copyFileSync(fixture('broken.csv'), sheet);
      await choose();
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('reseaux.csv\u00a0: 3 problèmes'));
      // The keeper fixes the rows in the spreadsheet, saves it where it was, and chooses it again.
      copyFileSync(fixture('clean.csv'), sheet);
      await choose();
      await page.waitForFunction(
        () => document.getElementById('status')?.textContent === 'reseaux.csv\u00a0: 3 réseaux, 0 problème',
        null,
        {
          timeout: 5000,
        },
      );
      assert.equal(await page.isHidden('#download-json'), false);
    }),
);
