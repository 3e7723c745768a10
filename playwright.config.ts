import { defineConfig } from '@playwright/test';

// Another port than `npm start`, so the suite can run while the site is being served.
const PORT = Number(process.env['TEST_PORT'] ?? 4322);

export default defineConfig({
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      ...(process.env['CHROMIUM_PATH'] ? { executablePath: process.env['CHROMIUM_PATH'] } : {}),
      // Root on a closed network: no sandbox, no GPU, no background calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'unit', testDir: 'tests/unit' },
    { name: 'server', testDir: 'tests/server' },
    { name: 'build', testDir: 'tests/build', timeout: 180_000 },
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'a11y', testDir: 'tests/a11y', timeout: 120_000 },
  ],
  webServer: {
    command: `node scripts/serve-cli.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
