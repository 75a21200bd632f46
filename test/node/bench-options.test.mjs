// `npm run bench -- --help`, and options the benchmark does not know: a maintainer gets the list of
// options, or one line naming the mistake, before any Chromium is started or anything measured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('../bench/bench.mjs', import.meta.url));

/** Runs the benchmark's command line; a run that starts measuring is cut short, and fails the test. */
function bench(...args) {
  return spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
}

const OPTIONS = [
  '--runs',
  '--key-runs',
  '--throttle',
  '--reloads',
  '--reload-size',
  '--round-trips',
  '--interaction-rounds',
  '--skip',
  '--profile',
  '--verbose',
];

for (const flag of ['--help', '-h']) {
  test(`bench ${flag} lists every option and measures nothing`, () => {
    const result = bench(flag);
    assert.equal(result.status, 0, result.stderr);
    for (const option of OPTIONS) assert.match(result.stdout, new RegExp(`${option}\\b`), option);
    assert.match(result.stdout, /283, 2000, 10000/);
    assert.doesNotMatch(result.stdout, /first results, 283 \(demo\) networks/);
  });
}

for (const [args, said] of [
  [['--run', '5'], /unknown option "--run"/],
  [['--runs'], /--runs takes a number/],
  [['--runs', 'five'], /--runs takes a number, got "five"/],
  [['--skip'], /--skip takes a list/],
  [['--skip', 'key,heap'], /--skip: unknown part "key"/],
]) {
  test(`bench ${args.join(' ')} says what is wrong in one line and measures nothing`, () => {
    const result = bench(...args);
    assert.equal(result.status, 2, result.stdout + result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], said);
    assert.match(lines[0], /npm run bench -- --help/);
    assert.equal(result.stdout, '');
  });
}
