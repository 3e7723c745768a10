// Finds a Chromium for the browser tests: Playwright cannot download its own here.
// Order: $CHROMIUM_PATH, Playwright's own browser, then a system Chromium or Chrome.
// It never installs anything: a machine without a browser gets told how to add one
// (.ci/run installs Debian's chromium on CI machines that lack it).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = playwrightOwn() ?? SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Chromium or Chrome (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable, then run npm test again.',
    );
  }
  return found;
}
