import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChrome } from './test/chromium.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const executablePath = findChrome();
if (!executablePath) {
  console.error(
    'No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

/** Counts every test so that CI can print one plain "N passed, N failed" line. */
function countingReporter(file = 'test-results.json') {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that fails to load runs no test at all: count it as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += session.errors?.length ? 1 : 0;
      }
      writeFileSync(file, JSON.stringify({ passed, failed }) + '\n');
    },
  };
}

/**
 * Real slow servers for the loading tests, on the test server itself: `/test-server/silent` never
 * answers, `/test-server/drip` sends its headers and then one byte a second, forever. A test that
 * needs another origin uses this same server as 127.0.0.1 instead of localhost.
 */
function slowServers(context, next) {
  if (context.path === '/test-server/silent') {
    context.status = 200;
    context.respond = false;
    return new Promise((resolve) => context.req.on('close', resolve));
  }
  if (context.path === '/test-server/drip') {
    context.respond = false;
    const { res } = context;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"networks": [');
    const timer = setInterval(() => res.write(' '), 1000);
    return new Promise((resolve) => context.req.on('close', () => resolve(clearInterval(timer))));
  }
  return next();
}

/**
 * `executeServerCommand('geolocation', { position })` grants the page the geolocation permission and
 * sets where the browser says it is; `{ denied: true }` refuses it, as a person would; `{ reset: true }`
 * puts the browser's own permissions back.
 */
function geolocationCommand() {
  return {
    name: 'geolocation-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'geolocation') return undefined;
      const page = session.browser.getPage(session.id);
      const context = page.browserContext();
      const origin = new URL(page.url()).origin;
      await context.clearPermissionOverrides();
      if (payload.reset) return true;
      // Permissions not listed are refused: an empty list is a refusal.
      await context.overridePermissions(origin, payload.denied ? [] : ['geolocation']);
      if (payload.position) await page.setGeolocation({ latitude: payload.position.lat, longitude: payload.position.lon });
      return true;
    },
  };
}

/**
 * `executeServerCommand('forced-colors', { active: true })` shows the page as Windows High Contrast
 * does (CSS `forced-colors: active`, system colours, no background colours nor box-shadows);
 * `{ active: true, colorScheme: 'dark' }` with the system's dark palette; `{ active: false }` ends it.
 * `emulateMedia({ forcedColors })` is not passed on to Chromium's launcher (puppeteer), hence this
 * command, through the DevTools protocol.
 */
function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      // An empty list ends the emulation: the page is drawn as the system says again. A colour scheme picks
      // Chromium's light or dark system palette (a dark high-contrast theme); one call sets both, as each replaces the other.
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: payload.active
          ? [
              { name: 'forced-colors', value: 'active' },
              ...(payload.colorScheme ? [{ name: 'prefers-color-scheme', value: payload.colorScheme }] : []),
            ]
          : [],
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('accessible-names', { role: 'button' })` gives the name of every element of
 * that role as Chromium's accessibility tree computes it, for a screen reader: spaces the DOM's text
 * does not show (around a hidden part set apart as a block) are in it, and a text of spaces alone
 * between two others is not. With `text: true`, each one's text runs end to end instead (a paragraph).
 */
function accessibleNamesCommand() {
  return {
    name: 'accessible-names-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessible-names') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      await cdp.detach();
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      // With `text`: what the node's text reads as, its text runs end to end (a paragraph has no name).
      const text = (node) =>
        node.role?.value === 'StaticText'
          ? String(node.name?.value ?? '')
          : (node.childIds ?? []).map((id) => text(byId.get(id) ?? {})).join('');
      return nodes
        .filter((node) => !node.ignored && node.role?.value === payload.role)
        .map((node) => (payload.text ? text(node) : String(node.name?.value ?? '')));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [slowServers],
  // One page at a time: a background tab gets no animation frames, and focus tests need the foreground.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // target 'auto' leaves plain JS as served (the dist bundle is tested byte for byte) and only compiles TypeScript.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    geolocationCommand(),
    forcedColorsCommand(),
    accessibleNamesCommand(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // window.gc(), so that memory tests can tell what the finder still holds.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
