import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/free-port.mjs';
import { ASTRO, ContentEditor, fixtureEnv, fixtureRoot } from './support';
import { join } from 'node:path';

test('in npm run dev, a content mistake shows in the browser as soon as the file is saved, not only in the terminal', async ({ page }) => {
  test.setTimeout(180_000);
  const root = fixtureRoot(() => {});
  const port = await freePort(4400);
  const dev = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: fixtureEnv(root) });
  let log = '';
  dev.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    const url = `http://127.0.0.1:${port}/fr/alpha-fr/`;
    await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 120_000, message: log }).toBe(200);
    await page.goto(url);
    // In main: Astro's dev toolbar brings headings of its own.
    await expect(page.locator('main h1')).toHaveText('Article alpha');

    new ContentEditor(join(root, 'content')).replace('fr/alpha.mdx', /^description: .*\n/m, '');
    // The dev server sends the error to the page, where Vite's error overlay shows it with the file, the line and the fix.
    await expect
      .poll(
        async () => {
          await page.goto(url);
          const overlay = page.locator('vite-error-overlay');
          await overlay.waitFor({ timeout: 10_000 }).catch(() => undefined);
          return (await overlay.count()) > 0 ? overlay.evaluate((element) => element.shadowRoot?.textContent ?? '') : '';
        },
        { timeout: 60_000 },
      )
      .toContain('fr/alpha.mdx:1: description is required');
  } finally {
    dev.kill();
  }
});
