// Finds a Chromium for the browser tests: Playwright cannot download its own here.
// Order: $CHROMIUM_PATH, Playwright's own browser, a system Chromium or Chrome,
// then (Debian/Ubuntu, as root) Debian's `chromium` package.
import { execFileSync } from 'node:child_process';
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

function installDebianChromium() {
  if (!existsSync('/etc/debian_version') || process.getuid?.() !== 0) return undefined;
  console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = playwrightOwn() ?? SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? installDebianChromium();
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests: install Chromium or Chrome (on Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable, then run npm test again.',
    );
  }
  return found;
}
