// What the command line's tests share: the real binary run in a child process, the fixtures, a
// fresh temporary folder. No test here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/cli.js');
export const fixture = (name) => join(ROOT, 'test/fixtures', name);
export const DEMO = join(ROOT, 'demo/reseaux.json');
export const TEMPLATE = join(ROOT, 'demo/reseaux-modele.csv');

/**
 * Runs the command line; the environment's language is cleared (French, the default) unless `env`
 * sets it. `fileSizeLimit` (in KiB) runs it under `ulimit -f`, as on a full disk.
 */
export function runIn(env, ...args) {
  const limit = typeof env.fileSizeLimit === 'number' ? env.fileSizeLimit : undefined;
  const [command, commandArgs] =
    limit === undefined
      ? [process.execPath, [CLI, ...args]]
      : ['bash', ['-c', `ulimit -f ${limit}; exec "$0" "$@"`, process.execPath, CLI, ...args]];
  const { status, stdout, stderr } = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: { ...process.env, LANG: '', ...env },
  });
  // Whatever happens, a keeper never sees a stack trace.
  assert.doesNotMatch(stderr, /\n\s+at /, `a stack trace in:\n${stderr}`);
  return { status, stdout, stderr, lines: (stdout + stderr).trim().split('\n') };
}
export const run = (...args) => runIn({}, ...args);

export const workspace = () => mkdtempSync(join(tmpdir(), 'reseaupro-cli-'));
export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
