// `npm start` on a port already in use: one line that says so, and a non-zero exit, before any build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('npm start on a port in use says so in one line and exits non zero', async () => {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  const { port } = server.address();
  try {
    const result = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORT: String(port) },
      timeout: 30000,
    });
    assert.notEqual(result.status, 0);
    const lines = result.stderr.trim().split('\n');
    assert.deepEqual(lines, [`Port ${port} is already in use: stop what uses it, or choose another port, e.g. PORT=8080 npm start.`]);
  } finally {
    server.close();
  }
});

test('npm start with a PORT that is not a port number says so in one line', () => {
  const result = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: 'eighty' } });
  assert.notEqual(result.status, 0);
  assert.deepEqual(result.stderr.trim().split('\n'), ['PORT=eighty is not a port number (1 to 65535): try PORT=8080 npm start.']);
});
