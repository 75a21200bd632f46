// Opens each example of examples/ in Chromium (the React and Vue ones as built by Vite) and checks
// that the finder renders the props it was given and that the page heard its events. Prints one line
// per example and, last, `N passed, N failed` for .ci/run to count. Screenshots go to $SCREENSHOTS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, launchChromium, serve } from './browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = { plain: '/examples/plain/index.html', react: '/examples/react/dist/index.html', vue: '/examples/vue/dist/index.html' };
const only = process.argv.slice(2);

const server = await serve(ROOT);
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  for (const [name, path] of Object.entries(EXAMPLES)) {
    if (only.length && !only.includes(name)) continue;
    const ok = await check(`the ${name} example renders the finder with its props and hears its events`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url + path);
      const finder = page.locator('reseaupro-finder');
      const results = finder.locator('.result');
      // data: 4 networks; answers: the 2 territorial ones; page-size 2: both shown, in English.
      await results.first().waitFor({ timeout: 15000 });
      await page.waitForFunction(() => document.querySelector('#log')?.textContent?.includes('change'), null, { timeout: 10000 });
      if ((await results.count()) !== 2) throw new Error(`${await results.count()} results shown, not 2`);
      const log = await page.locator('#log').textContent();
      if (!/ready: .*4/.test(log)) throw new Error(`no ready event with 4 networks in the log: ${log}`);
      if (!/change: .*2/.test(log)) throw new Error(`no change event with 2 results in the log: ${log}`);
      const names = await results.allTextContents();
      if (!names.join(' ').includes('Arles')) throw new Error(`not the territorial networks: ${names.join(' | ')}`);
      if (process.env.SCREENSHOTS) await page.screenshot({ path: join(process.env.SCREENSHOTS, `${name}.png`), fullPage: true });
      // The framework passes a new page-size down.
      const size = page.locator('input[type=number]');
      if (await size.count()) {
        await size.fill('1');
        await page.waitForFunction(
          () => document.querySelector('reseaupro-finder')?.shadowRoot?.querySelectorAll('.result').length === 1,
          null,
          { timeout: 5000 },
        );
      }
      // A person opens a profile: the page hears reseaupro-select.
      await finder.locator('.result-name button').first().click();
      await page.waitForFunction(() => document.querySelector('#log')?.textContent?.includes('select'), null, { timeout: 5000 });
      if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
      await page.close();
    });
    if (ok) passed += 1;
    else failed += 1;
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(ROOT, 'test-results-examples.json'), JSON.stringify({ passed, failed }) + '\n');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
