// Takes the README's pictures of the demo in headless Chromium: the desktop view beside the steps
// on a phone (demo/screenshot.png), the comparison of a selection on a phone (demo/comparison.png),
// and a selection printed to PDF by Chromium, its first page as an image (demo/printed-selection.png,
// with pdftoppm from Debian's poppler-utils). Start the demo first (`npm start`, or PORT=… npm start), then:
//
//   node demo/screenshots.mjs [http://localhost:8000]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChrome } from '../test/chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:8000';
const output = fileURLToPath(new URL('./screenshot.png', import.meta.url));
const comparisonOutput = fileURLToPath(new URL('./comparison.png', import.meta.url));
const printedOutput = fileURLToPath(new URL('./printed-selection.png', import.meta.url));

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROMIUM_ARGS });

/** A picture of the French finder at a width, after `act`. */
async function picture(width, height, act) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/demo/`);
  const finder = page.locator('#guide');
  await page.waitForFunction(() => globalThis.document.querySelector('#guide')?.shadowRoot?.querySelector('.result, .step-progress'));
  await act?.(finder);
  await finder.evaluate((el) => el.scrollIntoView());
  const png = await page.screenshot();
  await page.close();
  return png;
}

const desktop = await picture(1280, 860, async (finder) => {
  await finder.getByRole('checkbox', { name: /^Réseau territorial/ }).click();
  await finder.getByRole('checkbox', { name: /^Rencontres informelles/ }).click();
});
const phone = await picture(375, 860, async (finder) => {
  await finder.getByRole('button', { name: 'Suivant' }).click();
  await finder.getByRole('checkbox', { name: /^Réseau territorial/ }).click();
});

// Side by side, drawn by the browser itself: no image tool needed.
const page = await browser.newPage({ viewport: { width: 1280 + 375 + 24, height: 860 } });
const src = (png) => `data:image/png;base64,${png.toString('base64')}`;
await page.setContent(
  `<body style="margin:0;display:flex;gap:24px;background:#d5d9e0"><img src="${src(desktop)}"><img src="${src(phone)}"></body>`,
);
await page.screenshot({ path: output });
await page.close();

/** The finder alone (the iframe page), its selection open on the first three networks of the demo. */
async function selectionPage(width, height) {
  const alone = await browser.newPage({ viewport: { width, height } });
  await alone.goto(`${base}/dist/embed.html?src=/demo/reseaux.json&sync-url`);
  await alone.waitForFunction(() =>
    globalThis.document.querySelector('reseaupro-finder')?.shadowRoot?.querySelector('.result, .step-progress'),
  );
  const ids = await alone.evaluate(() =>
    globalThis.document
      .querySelector('reseaupro-finder')
      .results.slice(0, 3)
      .map((r) => r.network.id),
  );
  await alone.evaluate((chosen) => {
    const finder = globalThis.document.querySelector('reseaupro-finder');
    finder.shortlist = chosen;
  }, ids);
  await alone
    .locator('reseaupro-finder')
    .getByRole('button', { name: /Ma sélection/ })
    .click();
  return alone;
}

const phoneSelection = await selectionPage(375, 1100);
await phoneSelection.locator('reseaupro-finder').getByRole('button', { name: 'Comparer' }).click();
await phoneSelection.locator('reseaupro-finder').locator('.comparison').scrollIntoViewIfNeeded();
await phoneSelection.screenshot({ path: comparisonOutput });
await phoneSelection.close();

const printed = await selectionPage(800, 1000);
const folder = mkdtempSync(join(tmpdir(), 'reseaupro-print-'));
await printed.pdf({ path: join(folder, 'selection.pdf'), format: 'A4', printBackground: true });
execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(folder, 'selection.pdf'), join(folder, 'page')]);
renameSync(join(folder, 'page.png'), printedOutput);
await browser.close();
for (const file of [output, comparisonOutput, printedOutput]) console.log(`Wrote ${file} (${readFileSync(file).length} bytes)`);
