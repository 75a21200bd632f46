// Takes the README's pictures of the demo in headless Chromium: the desktop view beside the steps
// on a phone (demo/screenshot.png). Start the demo first (`npm start`, or PORT=… npm start), then:
//
//   node demo/screenshots.mjs [http://localhost:8000]

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:8000';
const output = fileURLToPath(new URL('./screenshot.png', import.meta.url));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

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
await browser.close();
console.log(`Wrote ${output} (${readFileSync(output).length} bytes)`);
