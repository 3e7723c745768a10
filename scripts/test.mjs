// `npm test` after the build: finds a Chromium and a free port, then runs every Playwright
// project (unit, server, build checks, built-site checks, end-to-end, accessibility, fixture end-to-end) against the production build.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { freePort } from './free-port.mjs';

let chromiumPath;
let port;
try {
  chromiumPath = findChromium();
  port = await freePort(Number(process.env.TEST_PORT ?? 4322));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`Browser tests use ${chromiumPath}; the test server listens on 127.0.0.1:${port}`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath, TEST_PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(run.status ?? 1);
