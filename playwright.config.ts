import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Another port than `npm start`; scripts/test.mjs moves it on when something already listens there.
const PORT = Number(process.env['TEST_PORT'] ?? 4322);

export default defineConfig({
  forbidOnly: true,
  fullyParallel: true,
  // One worker per core: the tests wait on Chromium and the server as much as they compute.
  workers: availableParallelism(),
  reporter: [['list'], ['./tests/page-weight-reporter.ts'], ['./tests/summary-reporter.ts']],
  globalSetup: './tests/clear-fixtures.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      ...(process.env['CHROMIUM_PATH'] ? { executablePath: process.env['CHROMIUM_PATH'] } : {}),
      // Root on a closed network: no sandbox, no GPU, no background calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // No browser: pure code, then fixture builds, then the files of the production build.
    { name: 'unit', testDir: 'tests/unit' },
    { name: 'server', testDir: 'tests/server' },
    { name: 'build', testDir: 'tests/build', timeout: 180_000 },
    { name: 'site', testDir: 'tests/site' },
    // Chromium against the production build. Chromium's headless shell now and then dies under a page on its own (a
    // failed CHECK in its renderer, "Target crashed": about once in three full runs, never twice in a row, never on a
    // rerun of the page): the browser projects retry once, and tests/summary-reporter.ts accepts the retry for that only.
    { name: 'e2e', testDir: 'tests/e2e', retries: 1 },
    { name: 'a11y', testDir: 'tests/a11y', timeout: 120_000, retries: 1 },
    // Chromium against sites built, or served by astro dev, for the case: page feedback, notices, a moved article, a video.
    { name: 'fixture-e2e', testDir: 'tests/fixture-e2e', timeout: 180_000, retries: 1 },
  ],
  webServer: {
    command: `node scripts/serve-cli.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
