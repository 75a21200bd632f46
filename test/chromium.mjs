// Where Chrome or Chromium is on this machine, and the flags every headless run of ours gives it:
// the test runner, CI's own browser checks, the benchmark and the README's screenshots.
import { existsSync } from 'node:fs';

/** The first Chrome or Chromium found on this machine; CHROME_PATH wins. Undefined when there is none. */
export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/lib/chromium/chromium', // Debian's binary, without the wrapper script's noise
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((path) => path && existsSync(path));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Headless, off the network: without the background-networking flags Chromium's connections are
 * refused by a closed network, many at a time. As root, the sandbox cannot start.
 */
export const CHROMIUM_ARGS = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
