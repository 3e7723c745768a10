// `npm test` after the build: finds a Chromium, then runs every Playwright project
// (unit, build checks, end-to-end, accessibility) against the production build.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let chromiumPath;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`Browser tests use ${chromiumPath}`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(run.status ?? 1);
