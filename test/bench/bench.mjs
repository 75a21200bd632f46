// `npm run bench`: how fast and how lean the BUILT bundle (dist/reseaupro-finder.js) is in headless
// Chromium, against the honest floor: the same first screen as static HTML, in the same page.
//
// It serves the repository root on 127.0.0.1, opens test/bench/bench.html (which loads only the dist
// bundle and does all the timing in the page) and prints one markdown table at the end:
//   - first results painted at 283 (demo/reseaux.json), 2,000 and 10,000 networks (demo/generate-large.mjs),
//     as a ratio to the floor: parsing the same text, then the screen the element painted inserted as
//     static HTML into a fresh shadow root with the element's own style sheets, timed to the same paint;
//     beside it Lit drawing the same screen, and the counting floor (the floor plus each counted value
//     looked up once: the least data work any implementation must do before that screen);
//   - keystrokes at 10,000: "early" (typed right after the first results, while the search index is
//     still being built in idle time) and "late" (once it is complete), median, p90 and worst; and the
//     tasks of 50 ms or more (Long Tasks API) from the first results until a second after the index is
//     complete (the names are ranked then), which a key pressed between the timed ones would wait for;
//   - keystrokes at 2,000 in a page without requestIdleCallback, as in Safari, and when its index is complete;
//   - each of these with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate: a cheap phone);
//   - "Ma sélection" with 100 networks of the demo directory: opening it and then "Comparer", each to its paint, and the
//     opened screen as static HTML (its floor);
//   - at 2,000 and 10,000, what a person does after the first results (checking and unchecking an
//     option, a chip's ✕, "Recommencer", "Près de", "Ajouter à ma sélection", a profile and back,
//     `lang`, "Afficher plus"; the steps layout's "Suivant" and "Précédent"), each to its paint;
//   - the JS heap, after forced collections (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage),
//     across 20 loads of a new `src` (two documents of the same size, alternately) and across 50
//     profile round trips (`.result .link`, then `[part="back-button"]`).
// A benchmark reports: it exits 0 even when a figure is over its target, and 1 only when it could
// not measure (the page threw, the element never became ready, …); 2 for an option it does not take.
//
//   npm run build && npm run bench
//   npm run bench -- --help            lists the options (USAGE below)
//
// Environment: CHROME_PATH, the Chromium to use (else Debian's /usr/lib/chromium/chromium).

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChrome } from '../chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BUNDLE = join(ROOT, 'dist/reseaupro-finder.js');
const DEMO_DATA = join(ROOT, 'demo/reseaux.json');
const DEMO_GENERATOR = join(ROOT, 'demo/generate-data.mjs');
const LARGE_GENERATOR = join(ROOT, 'demo/generate-large.mjs');
const SEED = 42;

const USAGE = `npm run bench -- [options]   (npm run build first: it times dist/reseaupro-finder.js)

  --runs N                 runs per median of first results (3; one more, cold, is left out)
  --key-runs N             typing sessions at 10,000 unthrottled (1; throttled: half, at least 1)
  --throttle N             the throttled runs' CPU slowdown (4; 1 skips them)
  --reloads N              loads of a new \`src\` for the heap (20)
  --reload-size N          networks in each of those documents (2000: at 10,000 a leaking
                           element's heap reaches ~800 MB and the collections take minutes)
  --round-trips N          profile round trips for the heap (50)
  --interaction-rounds N   rounds of interactions after the first results (3)
  --skip PART,PART         leave parts out: 283, 2000, 10000 (that directory), first (no first
                           results timed), keys, safari, heap, throttled, unthrottled, steps,
                           selection, interactions
  --profile                also CPU profiles of first results, typing and each interaction
  --verbose                also every run and keystroke
  -h, --help               this list

Environment: CHROME_PATH, the Chromium to use. Exit code 0 when measured (even over a target),
1 when it could not measure, 2 for an option it does not take.`;
const NUMBER_OPTIONS = ['--runs', '--key-runs', '--throttle', '--reloads', '--reload-size', '--round-trips', '--interaction-rounds'];
const FLAGS = ['--profile', '--verbose'];
const SKIPPABLE = [
  '283',
  '2000',
  '10000',
  'first',
  'keys',
  'safari',
  'heap',
  'throttled',
  'unthrottled',
  'steps',
  'selection',
  'interactions',
];

/** A mistaken option is said in one line before anything starts: a typo must not cost a run of minutes. */
function refuse(problem) {
  console.error(`bench: ${problem}; npm run bench -- --help lists the options.`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const numbers = new Map();
let skipped = [];
for (let at = 0; at < args.length; at += 1) {
  const name = args[at];
  if (FLAGS.includes(name)) continue;
  if (NUMBER_OPTIONS.includes(name)) {
    const value = Number(args[at + 1]);
    if (args[at + 1] === undefined || args[at + 1].trim() === '' || !Number.isFinite(value) || value < 0) {
      refuse(`${name} takes a number, got ${JSON.stringify(args[at + 1] ?? '')}`);
    }
    numbers.set(name, value);
    at += 1;
  } else if (name === '--skip') {
    if (args[at + 1] === undefined || args[at + 1].startsWith('--')) refuse('--skip takes a list of parts, such as heap,keys');
    skipped = args[at + 1].split(',');
    const unknown = skipped.find((part) => !SKIPPABLE.includes(part));
    if (unknown !== undefined) refuse(`--skip: unknown part "${unknown}" (parts: ${SKIPPABLE.join(', ')})`);
    at += 1;
  } else {
    refuse(`unknown option "${name}"`);
  }
}
const option = (name, fallback) => numbers.get(name) ?? fallback;
const RUNS = Math.max(1, option('--runs', 3));
const KEY_RUNS = Math.max(1, option('--key-runs', 1));
const THROTTLE = Math.max(1, option('--throttle', 4));
const RELOADS = Math.max(2, option('--reloads', 20));
const RELOAD_SIZE = option('--reload-size', 2_000);
const ROUND_TRIPS = Math.max(2, option('--round-trips', 50));
const INTERACTION_ROUNDS = Math.max(1, option('--interaction-rounds', 3));
const SKIP = new Set(skipped);
const PROFILE = args.includes('--profile');
const VERBOSE = args.includes('--verbose');

/** The directories whose first results are timed; keystrokes use the largest. */
const SIZES = [283, 2_000, 10_000].filter((size) => !SKIP.has(String(size)));
/** The directories whose first question is timed in the steps layout (a phone's first screen). */
const STEPS_SIZES = SKIP.has('steps') ? [] : [283, 10_000].filter((size) => SIZES.includes(size));
const KEYS_SIZE = 10_000;
/** Typing without requestIdleCallback (Safari) is timed on this directory: its index takes seconds to build there. */
const SAFARI_SIZE = 2_000;
/** The directories on which what a person does after the first results is timed (both layouts). */
const INTERACTION_SIZES = SKIP.has('interactions') ? [] : [2_000, 10_000].filter((size) => SIZES.includes(size));
/** Between two interactions: a person's pause, longer than the element's pause before it announces the count. */
const INTERACTION_GAP_MS = 500;
/** How many networks "Ma sélection" holds when it is timed: far more than a screen shows. */
const SELECTION_SIZE = 100;
/** CPU slowdowns measured: none, and a cheap phone. */
const THROTTLES = THROTTLE > 1 && !SKIP.has('throttled') ? (SKIP.has('unthrottled') ? [THROTTLE] : [1, THROTTLE]) : [1];
/**
 * Queries typed one character at a time. Each has its own words: the element keeps each word's
 * hits, so typing the same query again would measure that cache, not a search. The early ones
 * start at the frame after the first results; the late ones once the index is complete.
 */
const EARLY_QUERIES = ['numerique marseille', 'formation artisans aubagne'];
const LATE_QUERIES = ['export logistique', 'restaurateurs martigues'];
/** Between keystrokes: a brisk typist, and shorter than the element's 400 ms typing pause. */
const KEYSTROKE_GAP_MS = 120;
/** Throttled 4×, a 10,000-network document takes seconds; an index built at once, tens of them. */
const READY_TIMEOUT_MS = 120_000;
/** How long to let the index finish in idle time when the element does not show its progress. */
const SETTLE_FALLBACK_MS = 8_000;

/** Issue 6's targets. */
const TARGETS = { firstRatio: 1.15, keyMedianMs: 16, keyP90Ms: 20 };

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

/** A large directory, made by the demo's own generator (imported, so both stay one definition). */
async function largeDirectory(count, seed) {
  if (!existsSync(LARGE_GENERATOR)) throw new BenchError('demo/generate-large.mjs is missing: it makes the large directories.');
  const { generateDirectory } = await import(pathToFileURL(LARGE_GENERATOR).href);
  if (typeof generateDirectory !== 'function')
    throw new BenchError('demo/generate-large.mjs does not export generateDirectory(count, seed).');
  return JSON.stringify(generateDirectory(count, seed));
}

// ---------------------------------------------------------------------------------------------
// A static server for the repository root; generated documents are served from memory.

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

function serve(virtualFiles) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs: the demo's floor is well under a millisecond.
    const headers = {
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    };
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

function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new BenchError("No Chromium found: set CHROME_PATH, or install Debian's chromium.");
  return chromium.launch({
    executablePath,
    headless: true,
    // gc() in the page: each timed run starts from a collected heap. (Heap figures are read over CDP.)
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
}

/** A page on bench.html, failing loudly on anything the page throws. */
async function openPage(browser, origin, throttle = 1, withoutIdleCallback = false) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Safari has no requestIdleCallback: the element then finds its idle time otherwise.
  if (withoutIdleCallback)
    await page.addInitScript(() => {
      delete window.requestIdleCallback;
      delete window.cancelIdleCallback;
    });
  const cdp = await page.context().newCDPSession(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(new Error(message.text()));
  });
  await page.goto(`${origin}/test/bench/bench.html`);
  await page
    .waitForFunction(() => 'bench' in window, null, { timeout: 30_000 })
    .catch(() => {
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
  // A cheap phone: the renderer's main thread runs `throttle` times slower (CDP Emulation).
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, cdp };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const median = (values) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The nearest-rank percentile: the smallest value that `p` % of the values do not exceed. */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

const throttleName = (throttle) => (throttle === 1 ? '1×' : `${throttle}× throttled`);

/**
 * First results against the static floor, in one page: element and floor alternate, so both see
 * the same heap and JIT. The first element run is cold (nothing compiled yet, as on a visitor's
 * first page load): reported on its own and left out of the medians.
 */
async function firstResults(browser, origin, directory, throttle, layout = 'all') {
  const { page } = await openPage(browser, origin, throttle);
  await page.bench('setLayout', layout);
  await page.bench('load', directory.url);
  const elements = [];
  const floors = [];
  const parses = [];
  const litRatios = [];
  const countingRatios = [];
  /** Each element run over the counting floor's run: how far the element is from the least data work. */
  const overCounting = [];
  /** Each element run over the floor run right after it: on a shared machine, neighbours see the same load. */
  const ratios = [];
  let cold;
  let networks;
  for (let run = 0; run <= RUNS; run++) {
    const element = await page.bench('firstResults', READY_TIMEOUT_MS);
    const floor = await page.bench('staticFloor');
    const lit = layout === 'all' ? await page.bench('litDrawing') : undefined;
    const counting = layout === 'all' ? await page.bench('countingFloor') : undefined;
    networks = element.networks;
    if (run === 0) {
      cold = { elementMs: element.ms, floorMs: floor.ms };
      continue;
    }
    elements.push(element);
    ratios.push(element.ms / floor.ms);
    if (lit) litRatios.push(lit.ms / floor.ms);
    if (counting) {
      countingRatios.push(counting.ms / floor.ms);
      overCounting.push(element.ms / counting.ms);
    }
    floors.push(floor.ms);
    parses.push(floor.parseMs);
  }
  const frameMs = await page.bench('frameInterval');
  await page.close();
  if (VERBOSE) {
    const list = (values) => values.map((t) => t.toFixed(1)).join(', ');
    console.log(
      `${directory.name} ${throttleName(throttle)}: element ${list(elements.map((e) => e.ms))} ms (script ${list(elements.map((e) => e.scriptMs))}); ` +
        `floor ${list(floors)} ms (parse ${list(parses)}); cold ${cold.elementMs.toFixed(1)} / ${cold.floorMs.toFixed(1)} ms`,
    );
  }
  return {
    networks,
    ratio: median(ratios),
    litRatio: litRatios.length ? median(litRatios) : undefined,
    countingRatio: countingRatios.length ? median(countingRatios) : undefined,
    overCounting: overCounting.length ? median(overCounting) : undefined,
    elementMs: median(elements.map((e) => e.ms)),
    scriptMs: median(elements.map((e) => e.scriptMs)),
    floorMs: median(floors),
    parseMs: median(parses),
    cold,
    frameMs,
  };
}

/** Opening "Ma sélection" with SELECTION_SIZE networks of the demo directory, then comparing; the first run (cold) left out. */
async function selection(browser, origin, directory, throttle) {
  const { page } = await openPage(browser, origin, throttle);
  await page.bench('setLayout', 'all');
  await page.bench('load', directory.url);
  const runs = [];
  for (let run = 0; run <= RUNS; run++) {
    await page.bench('firstResults', READY_TIMEOUT_MS);
    const timed = await page.bench('selection', SELECTION_SIZE);
    if (run > 0) runs.push(timed);
  }
  await page.close();
  if (VERBOSE) {
    const list = (key) => runs.map((run) => run[key].toFixed(1)).join(', ');
    console.log(
      `selection of ${SELECTION_SIZE}, ${throttleName(throttle)}: open ${list('openMs')}; compare ${list('compareMs')}; floor ${list('floorMs')} ms`,
    );
  }
  const at = (key) => median(runs.map((run) => run[key]));
  return {
    openMs: at('openMs'),
    compareMs: at('compareMs'),
    floorMs: at('floorMs'),
    ratio: median(runs.map((run) => run.openMs / run.floorMs)),
  };
}

/** Early and late keystrokes at the large directory, over `sessions` fresh elements. */
async function keystrokes(browser, origin, directory, throttle, sessions, withoutIdleCallback = false) {
  const early = [];
  const late = [];
  let indexSeen = true;
  const longTasks = [];
  const completeAfter = [];
  for (let session = 0; session < sessions; session++) {
    const { page } = await openPage(browser, origin, throttle, withoutIdleCallback);
    await page.bench('load', directory.url);
    const result = await page.bench(
      'keystrokeSession',
      EARLY_QUERIES,
      LATE_QUERIES,
      KEYSTROKE_GAP_MS,
      READY_TIMEOUT_MS,
      SETTLE_FALLBACK_MS * throttle,
    );
    await page.close();
    early.push(...result.early);
    late.push(...result.late);
    indexSeen &&= result.indexSeen;
    completeAfter.push(result.completeAfterMs);
    longTasks.push(...result.longTasks);
    if (VERBOSE) {
      console.log(
        `${directory.name} ${throttleName(throttle)}, typing session ${session + 1} (to paint / script, results shown, index complete before)`,
      );
      for (const [phase, keys] of [
        ['early', result.early],
        ['late', result.late],
      ]) {
        for (const { value, ms, scriptMs, results, indexedBefore } of keys) {
          console.log(
            `  ${phase} ${JSON.stringify(value).padEnd(28)} ${ms.toFixed(2).padStart(8)} / ${scriptMs.toFixed(2).padStart(8)} ms  ${String(results).padStart(5)}  ${indexedBefore}`,
          );
        }
      }
    }
  }
  const summary = (keys) => {
    const times = keys.map((key) => key.ms);
    const worst = keys.reduce((a, b) => (b.ms > a.ms ? b : a));
    return {
      count: keys.length,
      medianMs: median(times),
      p90Ms: percentile(times, 90),
      worstMs: worst.ms,
      worstKey: worst.value === '' ? '(cleared)' : JSON.stringify(worst.value),
      whileIndexing: keys.some((key) => key.indexedBefore === 'unknown') ? '?' : keys.filter((key) => key.indexedBefore === false).length,
    };
  };
  return {
    early: summary(early),
    late: summary(late),
    indexSeen,
    completeAfterMs: median(completeAfter),
    longTasks: { count: longTasks.length, longestMs: Math.max(0, ...longTasks), sessions },
  };
}

/**
 * What a person does after the first results (bench.html's interactionSession), in both layouts,
 * each interaction to its paint: medians over INTERACTION_ROUNDS rounds on one fresh element per layout.
 */
async function interactions(browser, origin, directory, throttle) {
  const timed = new Map();
  for (const layout of ['all', 'steps']) {
    const { page, cdp } = await openPage(browser, origin, throttle);
    await page.bench('setLayout', layout);
    await page.bench('load', directory.url);
    // With --profile, a CPU profile of each interaction's last run (bracketed in the page by console.profile()).
    const profiles = [];
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      cdp.on('Profiler.consoleProfileFinished', (event) => profiles.push(event));
    }
    const session = await page.bench(
      'interactionSession',
      INTERACTION_ROUNDS,
      INTERACTION_GAP_MS,
      READY_TIMEOUT_MS,
      PROFILE ? '*' : undefined,
    );
    await page.close();
    for (const { title, profile } of profiles) printProfile(`${title} at ${directory.name}, ${throttleName(throttle)}`, profile);
    for (const [name, runs] of session.timed) {
      timed.set(name, { ms: median(runs.map((run) => run.ms)), scriptMs: median(runs.map((run) => run.scriptMs)), count: runs.length });
      if (VERBOSE)
        console.log(
          `${directory.name} ${throttleName(throttle)} ${name}: ${runs.map((run) => `${run.ms.toFixed(1)} (script ${run.scriptMs.toFixed(1)})`).join(', ')} ms`,
        );
    }
  }
  return timed;
}

/** The isolate's JS heap after full collections, forced from outside (no page script on the stack). */
async function collectedHeap(cdp) {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The heap across RELOADS loads of a new `src`, alternating two documents of the same size. */
async function heapAcrossReloads(browser, origin, urls) {
  const { page, cdp } = await openPage(browser, origin);
  await cdp.send('HeapProfiler.enable');
  await page.bench('clear');
  const empty = await collectedHeap(cdp);
  const heaps = [];
  for (let load = 0; load < RELOADS; load++) {
    await page.bench('loadSrc', urls[load % 2], READY_TIMEOUT_MS);
    heaps.push(await collectedHeap(cdp));
  }
  await page.close();
  if (VERBOSE)
    console.log(
      `heap after each of ${RELOADS} loads: ${heaps.map((h) => (h / 2 ** 20).toFixed(1)).join(', ')} MB (page without the element ${(empty / 2 ** 20).toFixed(1)} MB)`,
    );
  return { empty, first: heaps[0], last: heaps.at(-1), perStep: (heaps.at(-1) - heaps[0]) / (heaps.length - 1) };
}

/** The heap across ROUND_TRIPS profile round trips on the demo directory, its index complete. */
async function heapAcrossRoundTrips(browser, origin, url) {
  const { page, cdp } = await openPage(browser, origin);
  await cdp.send('HeapProfiler.enable');
  await page.bench('loadSrc', url, READY_TIMEOUT_MS);
  await page.bench('settle', READY_TIMEOUT_MS, SETTLE_FALLBACK_MS);
  await page.bench('profileRoundTrip');
  const first = await collectedHeap(cdp);
  for (let trip = 1; trip < ROUND_TRIPS; trip++) await page.bench('profileRoundTrip');
  const last = await collectedHeap(cdp);
  await page.close();
  return { first, last, perStep: (last - first) / (ROUND_TRIPS - 1) };
}

/**
 * Where the time goes: CPU profiles (CDP Profiler) of one first-results
 * run and of one round of typing, each bracketed in the page by console.profile()/profileEnd().
 */
async function profile(browser, origin, directory) {
  const { page, cdp } = await openPage(browser, origin);
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

  await page.bench('elementWithIndex', READY_TIMEOUT_MS);
  const [keys, { profile: keysProfile }] = await profiled(() => page.bench('typeQuery', LATE_QUERIES[0], KEYSTROKE_GAP_MS, 'keys'));
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
  const top = [...self]
    .filter(([name]) => !/^\((idle|root)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20);
  console.log(`\nCPU profile of ${title}:`);
  console.log('  (program) is mostly style, layout and paint; in the minified bundle, local functions have 1–2 letter names.');
  console.log(`  ${'self ms'.padStart(8)} ${'total ms'.padStart(9)}  function  file:line:column`);
  for (const [name, time] of top) console.log(`  ${time.toFixed(1).padStart(8)} ${(total.get(name) ?? 0).toFixed(1).padStart(9)}  ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Reporting

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : value < 1000 ? 1 : 0)} ms` : '–');
const mb = (value) => `${(value / 2 ** 20).toFixed(1)} MB`;
const kb = (value) => `${(value / 2 ** 10).toFixed(value < 10 * 2 ** 10 && value > -10 * 2 ** 10 ? 1 : 0)} KB`;
const count = (n) => n.toLocaleString('en-US');

function markdownTable(header, rows) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  const widths = header.map((title, i) => Math.max(3, title.length, ...rows.map((row) => escape(row[i] ?? '').length)));
  const line = (cells) => `| ${cells.map((cell, i) => escape(cell ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** One row per measure; one column per CPU speed, then the target. */
function tableRows(results) {
  const rows = [];
  const cells = (pick) =>
    THROTTLES.map((throttle) => {
      const value = results.get(throttle);
      return value ? pick(value) : '–';
    });
  for (const size of SKIP.has('first') ? [] : SIZES) {
    const at = (r) => r.first.get(size);
    const label = `${count(size)} networks`;
    rows.push([`${label}: floor (parse + static HTML, painted)`, ...cells((r) => `${ms(at(r).floorMs)} (parse ${ms(at(r).parseMs)})`), '']);
    rows.push([
      `${label}: element first results`,
      ...cells((r) => `**${at(r).ratio.toFixed(2)}× floor** (${ms(at(r).elementMs)}, script ${ms(at(r).scriptMs)})`),
      `≤ ${TARGETS.firstRatio}× floor`,
    ]);
    rows.push([`${label}: Lit drawing the same screen (no data work)`, ...cells((r) => `${at(r).litRatio.toFixed(2)}× floor`), '']);
    rows.push([
      `${label}: counting floor (floor + every counted value looked up once)`,
      ...cells((r) => `${at(r).countingRatio.toFixed(2)}× floor (element: ${at(r).overCounting.toFixed(2)}× it)`),
      '',
    ]);
    rows.push([
      `${label}: cold first run`,
      ...cells(
        (r) => `${(at(r).cold.elementMs / at(r).cold.floorMs).toFixed(2)}× (${ms(at(r).cold.elementMs)} / ${ms(at(r).cold.floorMs)})`,
      ),
      '',
    ]);
  }
  for (const size of STEPS_SIZES) {
    const at = (r) => r.steps.get(size);
    const label = `${count(size)} networks, steps layout`;
    rows.push([
      `${label}: floor (parse + static first question)`,
      ...cells((r) => `${ms(at(r).floorMs)} (parse ${ms(at(r).parseMs)})`),
      '',
    ]);
    rows.push([
      `${label}: element first question`,
      ...cells((r) => `**${at(r).ratio.toFixed(2)}× floor** (${ms(at(r).elementMs)}, script ${ms(at(r).scriptMs)})`),
      `≤ ${TARGETS.firstRatio}× floor`,
    ]);
  }
  if (!SKIP.has('selection')) {
    rows.push([
      `"Ma sélection", ${SELECTION_SIZE} networks (283): opened, painted`,
      ...cells(({ selection }) => `${ms(selection.openMs)} = ${selection.ratio.toFixed(2)}× its static HTML (${ms(selection.floorMs)})`),
      '',
    ]);
    rows.push([
      `"Ma sélection", ${SELECTION_SIZE} networks: "Comparer", painted`,
      ...cells(({ selection }) => ms(selection.compareMs)),
      '',
    ]);
  }
  if (!SKIP.has('keys')) {
    const label = `${count(KEYS_SIZE)} networks`;
    for (const phase of ['early', 'late']) {
      rows.push([
        `${label}: ${phase} keystrokes, median / p90`,
        ...cells(
          (r) =>
            `${ms(r.keys[phase].medianMs)} / ${ms(r.keys[phase].p90Ms)} (${r.keys[phase].count} keys${phase === 'early' ? `, ${r.keys.early.whileIndexing} while indexing` : ''})`,
        ),
        `≤ ${TARGETS.keyMedianMs} / ≤ ${TARGETS.keyP90Ms} ms`,
      ]);
      rows.push([`${label}: ${phase} keystrokes, worst`, ...cells((r) => `${ms(r.keys[phase].worstMs)} at ${r.keys[phase].worstKey}`), '']);
    }
    rows.push([
      `${label}: search index complete`,
      ...cells((r) =>
        r.keys.indexSeen
          ? `seen complete ${ms(r.keys.completeAfterMs)} after (polled after the early keys)`
          : `not visible (waited ${SETTLE_FALLBACK_MS / 1000} s × throttle)`,
      ),
      '',
    ]);
    rows.push([
      `${label}: tasks of 50 ms or more from the first results to a second after the index`,
      ...cells(({ keys: { longTasks } }) =>
        longTasks.count ? `${longTasks.count} in ${longTasks.sessions} session(s), longest ${ms(longTasks.longestMs)}` : 'none',
      ),
      'none',
    ]);
  }
  if (!SKIP.has('safari')) {
    const label = `${count(SAFARI_SIZE)} networks, no requestIdleCallback (Safari)`;
    rows.push([
      `${label}: early keystrokes, median / p90`,
      ...cells(
        ({ safariKeys: { early } }) =>
          `${ms(early.medianMs)} / ${ms(early.p90Ms)} (${early.count} keys, ${early.whileIndexing} while indexing)`,
      ),
      `≤ ${TARGETS.keyMedianMs} / ≤ ${TARGETS.keyP90Ms} ms`,
    ]);
    rows.push([
      `${label}: search index complete`,
      ...cells(({ safariKeys }) => `seen complete ${ms(safariKeys.completeAfterMs)} after`),
      '',
    ]);
  }
  for (const size of INTERACTION_SIZES) {
    const names = [...(results.get(THROTTLES[0]).interactions?.get(size)?.keys() ?? [])];
    for (const name of names) {
      rows.push([
        `${count(size)} networks: ${name} → painted (script)`,
        ...cells((r) => {
          const timed = r.interactions.get(size).get(name);
          return timed ? `${ms(timed.ms)} (${ms(timed.scriptMs)})` : '–';
        }),
        '≤ 100 ms at 4×',
      ]);
    }
  }
  const heap = results.get(THROTTLES[0]).heap;
  const onlyUnthrottled = (cell) => [cell, ...THROTTLES.slice(1).map(() => '')];
  if (heap) {
    const { reloads, trips } = heap;
    rows.push([
      `heap, ${RELOADS} loads of a new src (${count(RELOAD_SIZE)} networks)`,
      ...onlyUnthrottled(`${mb(reloads.first)} → ${mb(reloads.last)}: **${mb(reloads.perStep)} per load**`),
      'flat',
    ]);
    rows.push([
      `heap, ${ROUND_TRIPS} profile round trips (283 networks)`,
      ...onlyUnthrottled(`${mb(trips.first)} → ${mb(trips.last)}: **${kb(trips.perStep)} per round trip**`),
      'flat',
    ]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------

/** Source files changed after the bundle was built: then the figures are about older code. */
function sourcesNewerThanBundle() {
  const built = statSync(BUNDLE).mtimeMs;
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  return sources.filter((file) => statSync(file).mtimeMs > built).map((file) => relative(ROOT, file));
}

async function main() {
  if (!existsSync(BUNDLE)) throw new BenchError('dist/reseaupro-finder.js is missing: run npm run build first.');
  const bundle = readFileSync(BUNDLE);
  const stale = sourcesNewerThanBundle();
  const staleNote = stale.length
    ? `dist/reseaupro-finder.js is older than ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}: run npm run build.`
    : '';
  if (staleNote) console.warn(`Warning: ${staleNote}\n`);
  const started = Date.now();
  const progress = (what) => console.log(`… ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${what}`);

  const virtualFiles = new Map();
  const directoryOf = async (size) => {
    if (size === 283) return { name: '283 (demo)', url: '/demo/reseaux.json', text: await demoDirectory() };
    const url = `/__bench/large-${size}-${SEED}.json`;
    if (!virtualFiles.has(url)) virtualFiles.set(url, await largeDirectory(size, SEED));
    return { name: count(size), url, text: virtualFiles.get(url) };
  };
  const directories = new Map();
  for (const size of new Set([...SIZES, ...(SKIP.has('keys') ? [] : [KEYS_SIZE])])) directories.set(size, await directoryOf(size));
  /** Two documents of the same size for the reloads: the second with another seed, so nothing is the same object twice. */
  const reloadUrls = [];
  if (!SKIP.has('heap')) {
    for (const seed of [SEED, SEED + 1]) {
      const url = `/__bench/reload-${RELOAD_SIZE}-${seed}.json`;
      virtualFiles.set(url, await largeDirectory(RELOAD_SIZE, seed));
      reloadUrls.push(url);
    }
  }

  // Timings are wall-clock on a shared machine: say so when something else kept the CPUs busy.
  const [load] = loadavg();
  const server = await serve(virtualFiles);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    console.log(
      `reseaupro-finder benchmark: dist/reseaupro-finder.js in Chromium ${browser.version()} (headless), medians of ${RUNS} runs\n`,
    );
    const results = new Map();
    let frameMs;
    for (const throttle of THROTTLES) {
      const result = { first: new Map() };
      results.set(throttle, result);
      for (const size of SKIP.has('first') ? [] : SIZES) {
        const directory = directories.get(size);
        progress(`first results, ${directory.name} networks, ${throttleName(throttle)}`);
        const first = await firstResults(browser, origin, directory, throttle);
        if (first.networks !== size) throw new BenchError(`${directory.url} has ${first.networks} networks, not ${size}`);
        frameMs ??= first.frameMs;
        result.first.set(size, first);
      }
      result.steps = new Map();
      for (const size of STEPS_SIZES) {
        const directory = directories.get(size);
        progress(`first question, steps layout, ${directory.name} networks, ${throttleName(throttle)}`);
        result.steps.set(size, await firstResults(browser, origin, directory, throttle, 'steps'));
      }
      if (!SKIP.has('selection')) {
        progress(`"Ma sélection" with ${SELECTION_SIZE} networks, ${throttleName(throttle)}`);
        result.selection = await selection(browser, origin, await directoryOf(283), throttle);
      }
      result.interactions = new Map();
      for (const size of INTERACTION_SIZES) {
        const directory = directories.get(size);
        progress(`interactions after the first results, ${directory.name} networks, ${throttleName(throttle)}`);
        result.interactions.set(size, await interactions(browser, origin, directory, throttle));
      }
      if (!SKIP.has('keys')) {
        const sessions = throttle === 1 ? KEY_RUNS : Math.max(1, Math.floor(KEY_RUNS / 2));
        progress(`keystrokes, ${count(KEYS_SIZE)} networks, ${throttleName(throttle)}, ${sessions} typing session(s)`);
        result.keys = await keystrokes(browser, origin, directories.get(KEYS_SIZE), throttle, sessions);
      }
      if (!SKIP.has('safari')) {
        progress(`keystrokes, ${count(SAFARI_SIZE)} networks without requestIdleCallback (Safari), ${throttleName(throttle)}`);
        result.safariKeys = await keystrokes(browser, origin, await directoryOf(SAFARI_SIZE), throttle, 1, true);
      }
    }
    if (!SKIP.has('heap')) {
      progress(`heap across ${RELOADS} loads of a new src (${count(RELOAD_SIZE)} networks) and ${ROUND_TRIPS} profile round trips`);
      results.get(THROTTLES[0]).heap = {
        reloads: await heapAcrossReloads(browser, origin, reloadUrls),
        trips: await heapAcrossRoundTrips(browser, origin, '/demo/reseaux.json'),
      };
    }

    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    console.log(`\n### reseaupro-finder benchmark, ${date} UTC\n`);
    console.log(
      `Chromium ${browser.version()} headless, ${availableParallelism()} CPUs (load average ${load.toFixed(1)} at the start), ` +
        `medians of ${RUNS} runs after a cold one (keystrokes: ${KEY_RUNS} typing session(s) unthrottled), ${((Date.now() - started) / 1000).toFixed(0)} s in all.\n`,
    );
    const header = ['measure', ...THROTTLES.map((throttle) => (throttle === 1 ? '1× CPU' : `${throttle}× CPU (throttled)`)), 'target'];
    const rows = tableRows(results);
    rows.push([
      'bundle dist/reseaupro-finder.js',
      ...[
        `${count(bundle.length)} B, gzip level 9 (zlib) ${count(gzipSync(bundle, { level: 9 }).length)} B`,
        ...THROTTLES.slice(1).map(() => ''),
      ],
      '≤ 30 KB gzip (issue 6; 41.75 KiB in the budget test)',
    ]);
    console.log(markdownTable(header, rows));
    console.log('');
    console.log(
      '- "painted": from the start of a frame (a rAF callback) to the first task after the frame that shows the work (rAF, then a',
    );
    console.log(
      '  MessageChannel message): the same function times the element and the floor. Frames come every ' +
        `${frameMs?.toFixed(1) ?? '?'} ms here.`,
    );
    console.log("- floor: JSON.parse of the same text, then the shadow root the element painted (Lit's comment markers stripped) set as");
    console.log("  innerHTML of a fresh host whose shadow root adopts the element's own style sheets. The ratio is the median of each");
    console.log('  element run over the floor run right after it. "script": to reseaupro-ready. The cold run is the first of each page.');
    console.log('- Lit drawing: the template and values the element drew its first results from (its render(), called again), drawn by');
    console.log('  Lit in a fresh element with the same styles, after the same JSON.parse: no data checked, counted or ranked.');
    console.log("- counting floor: the floor, plus the least data work the screen's counts need: each value of the fields the questions");
    console.log("  count, read once and looked up among the options (tables made outside the timing), then each option's count; the");
    console.log("  counts must equal the element's. No record is checked and nothing is ranked: no implementation can do less.");
    if (!SKIP.has('keys')) {
      console.log(
        `- keystrokes: early = ${EARLY_QUERIES.map((q) => `"${q}"`).join(', ')} typed from the frame after the first results (while the index`,
      );
      console.log(
        `  is built in idle time); late = ${LATE_QUERIES.map((q) => `"${q}"`).join(', ')} once it is complete; one character every`,
      );
      console.log(
        `  ${KEYSTROKE_GAP_MS} ms, then cleared, then the first letter typed and cleared; each to its results painted (the element's updateComplete, then paint).`,
      );
    }
    if (!SKIP.has('heap'))
      console.log(
        '- heap: CDP HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage; after the first and the last load / round trip.',
      );
    if (staleNote) console.log(`- **Stale bundle**: ${staleNote}`);
    if (load > availableParallelism() * 0.75) {
      console.log(
        `- Load average ${load.toFixed(1)} on ${availableParallelism()} CPUs: other work competed for the CPU, so these times are inflated.`,
      );
    }

    if (PROFILE) for (const size of SIZES) await profile(browser, origin, directories.get(size));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`\nbench: ${error instanceof BenchError ? error.message : error.stack}`);
  process.exit(1);
});
