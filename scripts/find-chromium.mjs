// Finds a Chromium for the browser tests: Playwright cannot download its own here.
// Order: $CHROMIUM_PATH, a system headless shell, Playwright's own browser, then a system Chromium or Chrome.
// It never installs anything: a machine without a browser gets told how to add one
// (.ci/run installs Debian's chromium-headless-shell on CI machines that lack a browser).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// The headless shell is the build Playwright itself runs for headless tests. A full browser in its headless mode
// still draws the whole browser: on 2 cores the Playwright projects took 6.1 minutes with it, 3.6 with the shell.
export const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

function playwrightOwn() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The browser's executable; `env` and `exists` stand in for the process and the file system in tests.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean }} [options]
 */
export function findChromium({ env = process.env, exists = (path) => existsSync(path) } = {}) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = [...HEADLESS_SHELLS, playwrightOwn(), ...SYSTEM_BROWSERS].find((path) => path && exists(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium-headless-shell, or chromium) or set CHROMIUM_PATH to its executable, then run npm test again.',
    );
  }
  return found;
}
