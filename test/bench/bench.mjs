// `npm run bench`: how fast the BUILT bundle (dist/reseaupro-finder.js) is in headless Chromium,
// for the demo directory and for a 10,000-network directory with long descriptions.
//
// It serves the repository root on 127.0.0.1, opens test/bench/bench.html (which loads only the
// dist bundle and does all the timing in the page) and prints one line per directory and measure,
// against the design's budgets. A benchmark reports: it exits 0 even when a figure is over budget,
// and 1 only when it could not measure (the page threw, the element never became ready, …).
//
//   npm run build && npm run bench
//   npm run bench -- --runs 11       more runs per median (7 by default)
//   npm run bench -- --profile       also CPU profiles of first results and of typing
//   npm run bench -- --verbose       also every keystroke
//   npm run bench -- --only large    one directory (demo or large)
//
// Environment: CHROME_PATH, the Chromium to use (else Debian's /usr/lib/chromium/chromium).

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BUNDLE = join(ROOT, 'dist/reseaupro-finder.js');
const DEMO_DATA = join(ROOT, 'demo/reseaux.json');
const DEMO_GENERATOR = join(ROOT, 'demo/generate-data.mjs');
const LARGE_GENERATOR = join(ROOT, 'demo/generate-large.mjs');
const LARGE_COUNT = 10_000;
const LARGE_SEED = 42;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const RUNS = option('--runs', 7);
const PROFILE = args.includes('--profile');
const VERBOSE = args.includes('--verbose');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
/**
 * Queries typed one character at a time, for enough keystrokes that the max is not one lucky
 * sample. Each has its own words: the element keeps each word's hits, so typing the same query
 * again would measure that cache, not a search.
 */
const QUERIES = ['numerique marseille', 'formation artisans aubagne', 'export logistique'];
/** Between keystrokes: a brisk typist, and shorter than the element's 400 ms typing pause. */
const KEYSTROKE_GAP_MS = 120;
const READY_TIMEOUT_MS = 30_000;

/** The design's budgets. */
const FIRST_RESULTS_MAX_RATIO = 3;
const KEYSTROKE_MAX_MS = 16;

class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------
// The directories

/** The demo directory; generated from demo/generate-data.mjs when only the generator is there. */
async function demoDirectory() {
  if (!existsSync(DEMO_DATA)) {
    if (!existsSync(DEMO_GENERATOR)) throw new BenchError('demo/reseaux.json is missing, and so is demo/generate-data.mjs to make it.');
    console.log('demo/reseaux.json is missing: running node demo/generate-data.mjs …');
    await promisify(execFile)(process.execPath, [DEMO_GENERATOR], { cwd: ROOT });
    if (!existsSync(DEMO_DATA)) throw new BenchError('node demo/generate-data.mjs ran but wrote no demo/reseaux.json.');
  }
  return readFileSync(DEMO_DATA, 'utf8');
}

/** The large directory, made by the demo's own generator (imported, so both stay one definition). */
async function largeDirectory() {
  if (!existsSync(LARGE_GENERATOR)) throw new BenchError('demo/generate-large.mjs is missing: it makes the 10,000-network directory.');
  const { generateDirectory } = await import(pathToFileURL(LARGE_GENERATOR).href);
  if (typeof generateDirectory !== 'function') throw new BenchError('demo/generate-large.mjs does not export generateDirectory(count, seed).');
  return JSON.stringify(generateDirectory(LARGE_COUNT, LARGE_SEED));
}

// ---------------------------------------------------------------------------------------------
// A static server for the repository root; generated documents are served from memory.

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

function serve(virtualFiles) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs: the demo's floor is well under a millisecond.
    const headers = { 'Cache-Control': 'no-store', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    if (virtualFiles.has(path)) {
      response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(virtualFiles.get(path));
      return;
    }
    const file = normalize(join(ROOT, path));
    if (relative(ROOT, file).startsWith('..') || file.split(sep).includes('node_modules')) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---------------------------------------------------------------------------------------------
// The browser

function chromiumPath() {
  const path = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((candidate) => existsSync(candidate));
  if (!path) throw new BenchError('No Chromium found: set CHROME_PATH, or install Debian\'s chromium.');
  return path;
}

function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // performance.memory rounds and delays its figures without this.
      '--enable-precise-memory-info',
      // gc() in the page: each timed run starts from a collected heap, and the heap figure is what stays.
      '--js-flags=--expose-gc',
    ],
  });
}

/** A page on bench.html, failing loudly on anything the page throws. */
async function openPage(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(new Error(message.text()));
  });
  await page.goto(`${origin}/test/bench/bench.html`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 30_000 }).catch(() => {
    throw new BenchError(`bench.html did not start${errors.length ? `: ${errors[0].message}` : ' (is dist/reseaupro-finder.js built?)'}`);
  });
  /** Runs one of window.bench's measures; a throw in the page stops the benchmark with its message. */
  page.bench = async (name, ...params) => {
    let value;
    try {
      value = await page.evaluate(([name, params]) => window.bench[name](...params), [name, params]);
    } catch (error) {
      if (!errors.length) throw new BenchError(`${name}: ${error.message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0]}`);
    }
    if (errors.length) throw new BenchError(`the page threw (during ${name}): ${errors[0].message.split('\n')[0]}`);
    return value;
  };
  return page;
}

// ---------------------------------------------------------------------------------------------
// Measuring

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(browser, origin, directory) {
  const page = await openPage(browser, origin);
  await page.bench('load', directory.url);

  // Floor and first results alternate within one page, so both see the same heap and JIT. The
  // first pair runs cold (nothing compiled yet, a small heap), as on a visitor's first page load:
  // it is reported on its own and left out of the medians, which are about the code, not warm-up.
  const floors = [];
  const firsts = [];
  const firstScripts = [];
  let networks;
  let cold;
  for (let run = 0; run <= RUNS; run++) {
    const floor = (await page.bench('floor')).ms;
    const first = await page.bench('firstResults', READY_TIMEOUT_MS);
    networks = first.networks;
    if (run === 0) {
      cold = { floorMs: floor, firstMs: first.ms };
      continue;
    }
    floors.push(floor);
    firsts.push(first.ms);
    firstScripts.push(first.scriptMs);
  }

  // The heap figure comes with an element whose index is complete: the one the keystrokes then use.
  const heap = await page.bench('heap', READY_TIMEOUT_MS);
  if (heap.indexComplete === false) console.warn(`${directory.name}: the search index was still incomplete after the warm-up query.`);
  const frameMs = await page.bench('frameInterval');
  const keystrokes = [];
  for (const query of QUERIES) keystrokes.push(...(await page.bench('typeQuery', query, KEYSTROKE_GAP_MS)));
  await page.close();
  if (VERBOSE) {
    console.log(`${directory.name}: floor runs ${floors.map((t) => t.toFixed(2)).join(', ')} ms`);
    console.log(`${directory.name}: first-results runs ${firsts.map((t) => t.toFixed(1)).join(', ')} ms (script ${firstScripts.map((t) => t.toFixed(1)).join(', ')})`);
    console.log(`${directory.name}: keystrokes (to paint / script, results)`);
    for (const { value, ms, scriptMs, results } of keystrokes) console.log(`  ${JSON.stringify(value).padEnd(22)} ${ms.toFixed(2).padStart(7)} / ${scriptMs.toFixed(2).padStart(7)} ms  ${results}`);
  }

  const times = keystrokes.map((keystroke) => keystroke.ms);
  const slowest = keystrokes.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    networks,
    cold,
    floorMs: median(floors),
    firstMs: median(firsts),
    firstScriptMs: median(firstScripts),
    keystrokeMedianMs: median(times),
    keystrokeMaxMs: slowest.ms,
    keystrokeScriptMedianMs: median(keystrokes.map((keystroke) => keystroke.scriptMs)),
    slowestKey: slowest.value === '' ? '(cleared)' : JSON.stringify(slowest.value),
    keystrokeCount: keystrokes.length,
    heapMB: heap.bytes / 2 ** 20,
    readyHeapMB: heap.readyBytes / 2 ** 20,
    dataMB: heap.dataBytes / 2 ** 20,
    frameMs,
  };
}

/**
 * Where the time goes: CPU profiles (CDP Profiler) of one first-results
 * run and of one round of typing, each bracketed in the page by console.profile()/profileEnd().
 */
async function profile(browser, origin, directory) {
  const page = await openPage(browser, origin);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiled = (work) => {
    const finished = new Promise((done) => cdp.once('Profiler.consoleProfileFinished', done));
    return Promise.all([work(), finished]);
  };

  await page.bench('load', directory.url);
  await page.bench('firstResults', READY_TIMEOUT_MS); // warms the JIT as the measured runs are
  await page.bench('prepareFirstResults'); // outside the profile: removing the old element, gc()
  const [first, { profile: firstProfile }] = await profiled(() => page.bench('firstResults', READY_TIMEOUT_MS, 'first'));
  printProfile(`one first-results run at ${directory.name} (${ms(first.ms)})`, firstProfile);

  await page.bench('heap', READY_TIMEOUT_MS); // an element with a complete index
  const [keys, { profile: keysProfile }] = await profiled(() => page.bench('typeQuery', QUERIES[0], KEYSTROKE_GAP_MS, 'keys'));
  const total = keys.reduce((sum, key) => sum + key.ms, 0);
  printProfile(`${keys.length} keystrokes at ${directory.name} (${ms(total)} in all, to paint)`, keysProfile);
  await page.close();
}

/** Self time per function from a CDP profile, and the time including callees for the same functions. */
function printProfile(title, profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampled = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const key = ({ callFrame: frame }) => {
    const file = frame.url ? frame.url.split('/').pop() : '';
    return `${frame.functionName || '(anonymous)'}${file ? `  ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, time] of sampled) {
    const node = byId.get(id);
    self.set(key(node), (self.get(key(node)) ?? 0) + time);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = key(byId.get(at));
      if (seen.has(name)) continue; // recursion counts once
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + time);
    }
  }
  const top = [...self].filter(([name]) => !/^\((idle|root)\)/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log(`\nCPU profile of ${title}:`);
  console.log('  (program) is mostly style, layout and paint; in the minified bundle, local functions have 1–2 letter names.');
  console.log(`  ${'self ms'.padStart(8)} ${'total ms'.padStart(9)}  function  file:line:column`);
  for (const [name, time] of top) console.log(`  ${time.toFixed(1).padStart(8)} ${(total.get(name) ?? 0).toFixed(1).padStart(9)}  ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Reporting

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mb = (value) => `${value.toFixed(1)} MB`;
const bytes = (value) => `${value.toLocaleString('en-US')} B`;

function printTable(rows) {
  const header = ['directory', 'measure', 'value', 'budget', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function rowsFor(name, result) {
  const ratio = result.firstMs / result.floorMs;
  const verdict = (ok) => (ok ? 'OK' : 'OVER');
  return [
    [name, 'floor: JSON.parse of the text', ms(result.floorMs), '', ''],
    [
      name,
      'first results painted',
      `${ms(result.firstMs)} = ${ratio.toFixed(1)}× floor (script ${ms(result.firstScriptMs)})`,
      `≤ ${FIRST_RESULTS_MAX_RATIO}× floor (${ms(result.floorMs * FIRST_RESULTS_MAX_RATIO)})`,
      verdict(ratio <= FIRST_RESULTS_MAX_RATIO),
    ],
    [
      name,
      'first results, cold (first run)',
      `${ms(result.cold.firstMs)} = ${(result.cold.firstMs / result.cold.floorMs).toFixed(1)}× its floor (${ms(result.cold.floorMs)})`,
      '',
      '',
    ],
    [
      name,
      `keystroke to paint, median of ${result.keystrokeCount}`,
      `${ms(result.keystrokeMedianMs)} (script ${ms(result.keystrokeScriptMedianMs)})`,
      `≤ ${KEYSTROKE_MAX_MS} ms`,
      verdict(result.keystrokeMedianMs <= KEYSTROKE_MAX_MS),
    ],
    [name, 'keystroke to paint, max', `${ms(result.keystrokeMaxMs)} at ${result.slowestKey}`, `≤ ${KEYSTROKE_MAX_MS} ms`, verdict(result.keystrokeMaxMs <= KEYSTROKE_MAX_MS)],
    [
      name,
      'heap kept, index complete (gc)',
      `${mb(result.heapMB)}: ${mb(result.readyHeapMB)} at first results (the parsed data alone ${mb(result.dataMB)}), index ${mb(result.heapMB - result.readyHeapMB)}`,
      '',
      '',
    ],
  ];
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(BUNDLE)) throw new BenchError('dist/reseaupro-finder.js is missing: run npm run build first.');
  const bundle = readFileSync(BUNDLE);

  const largeUrl = `/__bench/large-${LARGE_COUNT}.json`;
  const largeText = ONLY === 'demo' ? '' : await largeDirectory();
  const directories = [
    ONLY !== 'large' && { name: 'demo', url: '/demo/reseaux.json', text: await demoDirectory() },
    ONLY !== 'demo' && { name: `large ${LARGE_COUNT.toLocaleString('en-US')}`, url: largeUrl, text: largeText },
  ].filter(Boolean);

  // Timings are wall-clock on a shared machine: say so when something else kept the CPUs busy.
  const [load] = loadavg();
  const server = await serve(new Map([[largeUrl, largeText]]));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    console.log(`reseaupro-finder benchmark: dist/reseaupro-finder.js in Chromium ${browser.version()} (headless), median of ${RUNS} runs\n`);
    const rows = [];
    const notes = [];
    for (const directory of directories) {
      const result = await measure(browser, origin, directory);
      directory.name = `${directory.name} (${result.networks})`;
      rows.push(...rowsFor(directory.name, result));
      notes.push(`${directory.name}: ${(directory.text.length / 2 ** 20).toFixed(1)} MB of JSON; frames every ${result.frameMs.toFixed(1)} ms`);
    }
    rows.push(['bundle', 'dist/reseaupro-finder.js', bytes(bundle.length), '', '']);
    rows.push(['bundle', 'gzip -9', bytes(gzipSync(bundle, { level: 9 }).length), '', '']);
    printTable(rows);
    console.log(`\n${notes.join('\n')}`);
    if (load > availableParallelism() * 0.75) {
      console.log(`Load average ${load.toFixed(1)} on ${availableParallelism()} CPUs: other work competed for the CPU, so these times are inflated.`);
    }
    console.log(`Keystrokes: ${QUERIES.map((query) => `"${query}"`).join(', ')}, each typed one character at a time, ${KEYSTROKE_GAP_MS} ms apart, then cleared, then its first letter typed and cleared.`);
    console.log('"to paint": from just before the work (setting data, the input event) to the task after the frame that shows it');
    console.log('(rAF, then a message). The work starts at the beginning of a frame, so waiting for the frame (0–16.7 ms) is not counted.');
    console.log('"script": the same start to reseaupro-ready or the element\'s updateComplete; the rest is style, layout and paint.');

    if (PROFILE) for (const directory of directories) await profile(browser, origin, directory);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`\nbench: ${error instanceof BenchError ? error.message : error.stack}`);
  process.exit(1);
});
