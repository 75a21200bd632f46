// .ci/wordpress's checks in Chromium: the pages that .ci/wordpress-setup.php made, opened as a visitor
// would, and the block's placeholder in the editor. Writes test-results-wordpress.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, launchChromium } from './browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pages = JSON.parse(readFileSync(join(process.env.WORK, 'pages.json'), 'utf8'));
const base = process.env.BASE;
const browser = await launchChromium();
const results = [];

/** Opens `url` and waits for the finder's results; returns the page. */
async function openFinder(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('reseaupro-finder .result').first().waitFor({ timeout: 20000 });
  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
  const modules = await page.locator('script[type="module"][src*="reseaupro-finder.js"]').count();
  if (modules !== 1) throw new Error(`${modules} module script tags for the bundle, not 1`);
  return page;
}

/** Throws unless the page's finder has these attributes, and shows `results` results. */
async function expectFinder(page, expected, results) {
  const attributes = await page
    .locator('reseaupro-finder')
    .evaluate((el) => Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)])));
  for (const [name, value] of Object.entries(expected)) {
    if (attributes[name] !== value) throw new Error(`${name}="${attributes[name]}", not "${value}"`);
  }
  const shown = await page.locator('reseaupro-finder .result').count();
  if (shown !== results) throw new Error(`${shown} results, not ${results}`);
}

try {
  results.push(
    await check('the block page shows the finder, with its settings and the data from the media library', async () => {
      const page = await openFinder(pages.block);
      await expectFinder(page, { src: pages.data, lang: 'en', layout: 'all', 'page-size': '3', answers: '{"famille":["territorial"]}' }, 3);
      await page.close();
    }),
  );
  results.push(
    await check('the shortcode page shows the finder, with its attributes', async () => {
      const page = await openFinder(pages.shortcode);
      await expectFinder(page, { src: pages.data, layout: 'all', 'page-size': '4', 'sync-url': '' }, 4);
      await page.close();
    }),
  );
  results.push(
    await check('an author without unfiltered_html keeps the block and the shortcode (a pasted script is stripped)', () => {
      if (!pages.blockSaved.includes('wp:reseaupro/finder')) throw new Error(`block lost: ${pages.blockSaved}`);
      if (!pages.shortcodeSaved.includes('[reseaupro_finder')) throw new Error(`shortcode lost: ${pages.shortcodeSaved}`);
      if (pages.rawSaved.includes('<script')) throw new Error('kses kept the pasted script: this check proves nothing');
    }),
  );
  results.push(
    await check("the block's placeholder in the editor shows its settings", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/wp-login.php`);
      await page.fill('#user_login', 'admin');
      await page.fill('#user_pass', 'admin-password-ci');
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await page.goto(`${base}/wp-admin/post.php?post=${pages.blockId}&action=edit`);
      const placeholder = page.locator('.reseaupro-finder-placeholder');
      await placeholder.waitFor({ timeout: 60000 });
      const src = await placeholder.getByLabel('Données (src)').inputValue();
      if (src !== pages.data) throw new Error(`src field holds "${src}"`);
      const layout = await placeholder.getByLabel('Disposition').inputValue();
      if (layout !== 'all') throw new Error(`layout field holds "${layout}"`);
      await page.keyboard.press('Escape'); // the editor's welcome guide, if shown
      if (process.env.SCREENSHOTS) await page.screenshot({ path: join(process.env.SCREENSHOTS, 'wordpress-editor.png') });
      await page.close();
    }),
  );
} finally {
  await browser.close();
}
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
writeFileSync(join(ROOT, 'test-results-wordpress.json'), JSON.stringify({ passed, failed }) + '\n');
console.log(`WordPress: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
