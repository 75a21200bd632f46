// .ci/wordpress's checks of one site in Chromium: the pages that .ci/wordpress-setup.php made, opened as
// a visitor would, and the block's placeholder in the editor. Writes its counts to RESULTS.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium } from './browser.mjs';

const pages = JSON.parse(readFileSync(join(process.env.WORK, 'pages.json'), 'utf8'));
const base = process.env.BASE;
const site = process.env.SITE;
/** The id WordPress gives the bundle's tag: `reseaupro-finder-js` from a script made a module, `reseaupro-finder-js-module` from a script module (6.5+). */
const scriptId = process.env.SCRIPT_ID;
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
  const modules = await page
    .locator('script[type="module"][src*="reseaupro-finder.js"]')
    .evaluateAll((scripts) => scripts.map((script) => script.id));
  if (modules.length !== 1) throw new Error(`${modules.length} module script tags for the bundle, not 1`);
  if (modules[0] !== scriptId) throw new Error(`the bundle's module script has the id "${modules[0]}", not "${scriptId}"`);
  return page;
}

/** The people .ci/wordpress-setup.php made: the administrator, and an author, who has no unfiltered_html. */
const users = {
  admin: { login: 'admin', password: 'admin-password-ci' },
  author: { login: 'autrice', password: 'autrice-password-ci' },
};

/** The block editor on post `id`, as `user` (the administrator by default); returns the page and the block's placeholder. */
async function openEditor(id, user = users.admin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  await page.goto(`${base}/wp-admin/post.php?post=${id}&action=edit`);
  return { page, placeholder: await findPlaceholder(page) };
}

/** The block's placeholder in the editor, once drawn. */
async function findPlaceholder(page) {
  // The editor draws the post in an iframe of its own when every block on the site allows it
  // (WordPress 6.3+), else in the page: the placeholder is looked for in both.
  const selector = '.reseaupro-finder-placeholder';
  const inPage = page.locator(selector);
  const inCanvas = page.frameLocator('iframe[name="editor-canvas"]').locator(selector);
  return Promise.any([inPage, inCanvas].map((where) => where.waitFor({ timeout: 60000 }).then(() => where))).catch(() => {
    throw new Error('no placeholder of the block in the editor after 60 s');
  });
}

/** Throws unless the page's finder has these attributes, and shows `results` results. */
async function expectFinder(page, expected, results) {
  const attributes = await page
    .locator('reseaupro-finder')
    .evaluate((el) => Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)])));
  const wrong = Object.entries(expected).filter(([name, value]) => (attributes[name] ?? null) !== value);
  if (wrong.length) throw new Error(wrong.map(([name, value]) => `${name}="${attributes[name]}", not "${value}"`).join('; '));
  const shown = await page.locator('reseaupro-finder .result').count();
  if (shown !== results) throw new Error(`${shown} results, not ${results}`);
}

try {
  results.push(
    await check(`${site}: the block page shows the finder, with its settings and the data from the media library`, async () => {
      const page = await openFinder(pages.block);
      await expectFinder(page, { src: pages.data, lang: 'en', layout: 'all', 'page-size': '3', answers: '{"famille":["territorial"]}' }, 3);
      await page.close();
    }),
  );
  results.push(
    await check(`${site}: the shortcode page shows the finder, with its attributes`, async () => {
      const page = await openFinder(pages.shortcode);
      await expectFinder(page, { src: pages.data, layout: 'all', 'page-size': '4', 'sync-url': '' }, 4);
      await page.close();
    }),
  );
  results.push(
    await check(`${site}: a shortcode gives a list in answers with &#91; &#93;, and a relative src as written`, async () => {
      const page = await openFinder(pages.shortcodeAnswers);
      await expectFinder(
        page,
        { src: pages.relativeData, answers: '{"famille":["territorial","metier"]}', layout: 'all', 'page-size': '2' },
        2,
      );
      const text = await page.locator('.entry-content, .wp-block-post-content, main').first().innerText();
      if (/[\]}]/.test(text.replace(/\s+/g, ''))) throw new Error(`stray text of the shortcode on the page: ${text.slice(0, 200)}`);
      await page.close();
    }),
  );
  results.push(
    await check(
      `${site}: a shortcode's and a block's values have their character references read once, as in any HTML attribute`,
      async () => {
        // The demo's territorial networks: what answers {"famille":["territorial", …]} finds when it is read.
        const territorial = JSON.parse(readFileSync('demo/reseaux.json', 'utf8')).networks.filter(
          (network) => network.family === 'territorial',
        ).length;
        for (const [name, near] of [
          ['shortcodeEntities', 'Saint-Rémy &amp; Tarascon &lt;13&gt;'],
          ['blockEntities', 'Saint-Rémy &amp; Tarascon'],
        ]) {
          const page = await openFinder(pages[name]);
          const warnings = [];
          page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
          await expectFinder(
            page,
            {
              src: `${pages.relativeData}?v=1&amp;x=2`,
              near,
              answers: '{"famille":["territorial","&quot;"]}',
              layout: 'all',
              'page-size': '2',
            },
            2,
          );
          // The answers are read: the count is of the territorial networks, not of the whole directory.
          const text = await page.locator('reseaupro-finder [part="count"]').first().innerText();
          if (!new RegExp(`\\b${territorial} (réseaux correspondent|networks match)`).test(text))
            throw new Error(`${name}: no count of ${territorial} matching networks in: ${text.slice(0, 300)}`);
          if (warnings.some((warning) => warning.includes('answers'))) throw new Error(`${name}: ${warnings.join('; ')}`);
          await page.close();
        }
      },
    ),
  );
  results.push(
    await check(`${site}: a shortcode's flag written with character references is on ("&#116;rue" is "true")`, async () => {
      const page = await openFinder(pages.shortcodeFlagReferences);
      await expectFinder(page, { src: pages.relativeData, 'sync-url': '', remember: '', layout: 'all', 'page-size': '2' }, 2);
      await page.close();
    }),
  );
  for (const [who, user, post] of [
    ['the administrator', users.admin, 'blockTyped'],
    ['an author without unfiltered_html', users.author, 'blockTypedByAuthor'],
  ]) {
    results.push(
      await check(`${site}: what ${who} types in the block's fields is what the element gets: &, &amp;, <b> and "`, async () => {
        const { page, placeholder } = await openEditor(pages[`${post}Id`], user);
        const src = `${pages.relativeData}?v=1&amp;x=2&y=3&q="<b>"`;
        const answers = '{"famille":["territorial","&amp;","&","<b>","\\""]}';
        await page.keyboard.press('Escape'); // the editor's welcome guide, if shown
        await placeholder.getByLabel('Données (src)').fill(src);
        await placeholder.getByLabel('Réponses présélectionnées (JSON)').fill(answers);
        await page.evaluate(async () => {
          await window.wp.data.dispatch('core/editor').savePost();
        });
        const dirty = await page.evaluate(() => window.wp.data.select('core/editor').isEditedPostDirty());
        if (dirty) throw new Error('the post was not saved');
        // Opened again, the editor shows what was typed.
        await page.reload();
        const again = await findPlaceholder(page);
        const shown = [
          await again.getByLabel('Données (src)').inputValue(),
          await again.getByLabel('Réponses présélectionnées (JSON)').inputValue(),
        ];
        if (shown[0] !== src || shown[1] !== answers) throw new Error(`the fields show ${JSON.stringify(shown)} once saved`);
        await page.close();
        const finder = await openFinder(pages[post]);
        await expectFinder(finder, { src, answers, layout: 'all', 'page-size': '2' }, 2);
        await finder.close();
      }),
    );
  }
  results.push(
    await check(`${site}: "&#128;", "&#0;", a surrogate, CR LF: the page's element gets what the editor's fields show`, async () => {
      const near = '\u20ac \ufffd\ufffd\ufffd';
      const answers = '{\n"famille": ["territorial"]\n}';
      const finder = await openFinder(pages.blockReferences);
      await expectFinder(finder, { src: pages.relativeData, near, answers, layout: 'all', 'page-size': '2' }, 2);
      await finder.close();
      const { page, placeholder } = await openEditor(pages.blockReferencesId);
      const shown = await placeholder.getByLabel('Réponses présélectionnées (JSON)').inputValue();
      if (shown !== answers) throw new Error(`the answers field shows ${JSON.stringify(shown)}`);
      await page.close();
    }),
  );
  results.push(
    await check(`${site}: a block's src whose scheme is written with a character reference is left out`, async () => {
      if (!/&#0*58;/.test(pages.blockDataSrcSaved.replace(/\\u0026/g, '&')))
        throw new Error(`the page was saved otherwise: ${pages.blockDataSrcSaved}`);
      const page = await browser.newPage();
      await page.goto(pages.blockDataSrc);
      const finder = page.locator('reseaupro-finder');
      await finder.waitFor({ state: 'attached', timeout: 20000 });
      const src = await finder.getAttribute('src');
      if (src !== null) throw new Error(`src="${src}"`);
      await page.close();
    }),
  );
  results.push(
    await check(`${site}: block attributes that are lists or objects are left out, with no PHP warning`, async () => {
      const page = await openFinder(pages.blockLists);
      await expectFinder(page, { src: pages.data, 'page-size': '2', layout: 'all', 'heading-level': null, remember: null, lang: null }, 2);
      await page.close();
      const log = existsSync(join(process.env.WORK, 'debug.log')) ? readFileSync(join(process.env.WORK, 'debug.log'), 'utf8') : '';
      const ours = log.split('\n').filter((line) => line.includes('reseaupro-finder'));
      if (ours.length) throw new Error(`the plugin wrote to the debug log: ${ours.slice(0, 3).join(' | ')}`);
    }),
  );
  results.push(
    await check(`${site}: an author without unfiltered_html keeps the block and the shortcode (a pasted script is stripped)`, () => {
      if (!pages.blockSaved.includes('wp:reseaupro/finder')) throw new Error(`block lost: ${pages.blockSaved}`);
      if (!pages.shortcodeSaved.includes('[reseaupro_finder')) throw new Error(`shortcode lost: ${pages.shortcodeSaved}`);
      if (pages.rawSaved.includes('<script')) throw new Error('kses kept the pasted script: this check proves nothing');
    }),
  );
  results.push(
    await check(`${site}: the block's placeholder in the editor shows its settings`, async () => {
      const { page, placeholder } = await openEditor(pages.blockId);
      const src = await placeholder.getByLabel('Données (src)').inputValue();
      if (src !== pages.data) throw new Error(`src field holds "${src}"`);
      const layout = await placeholder.getByLabel('Disposition').inputValue();
      if (layout !== 'all') throw new Error(`layout field holds "${layout}"`);
      await page.keyboard.press('Escape'); // the editor's welcome guide, if shown
      if (process.env.SCREENSHOTS)
        await page.screenshot({ path: join(process.env.SCREENSHOTS, `wordpress-editor-${site.replace(/[^\w.]+/g, '-')}.png`) });
      await page.close();
    }),
  );
} finally {
  await browser.close();
}
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
writeFileSync(process.env.RESULTS, JSON.stringify({ passed, failed }) + '\n');
console.log(`${site}: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
