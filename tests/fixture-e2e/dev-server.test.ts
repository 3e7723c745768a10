import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { freePort } from '../../scripts/free-port.mjs';
import { ASTRO, ContentEditor, devRoot, fixtureEnv } from '../support/fixture-build';
import { join } from 'node:path';

test('in npm run dev, an edit to an article or to editor YAML shows at once, and a content mistake shows in the browser, not only in the terminal', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const root = devRoot(() => {});
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

    // The troubleshooter and the contact channels it shows come from YAML collections: no restart needed.
    const content = new ContentEditor(join(root, 'content'));
    content.replace('fr/depannage.yaml', 'title: Je n’arrive pas à me connecter', 'title: Je ne peux pas me connecter');
    content.replace('contact.yaml', 'email: aide@example.com', 'email: soutien@example.com');
    await expect
      .poll(
        async () => {
          // The dev server reloads the page itself when a file changes, which may cut a navigation short.
          await page.goto(`http://127.0.0.1:${port}/fr/depannage/`).catch(() => undefined);
          return [await page.locator('main h1').textContent(), await page.locator('main a[href^="mailto:"]').getAttribute('href')];
        },
        { timeout: 60_000 },
      )
      .toEqual(['Je ne peux pas me connecter', 'mailto:soutien@example.com']);

    content.replace('fr/alpha.mdx', /^description: .*\n/m, '');
    // The dev server sends the error to the page, where Vite's error overlay shows it with the file, the line and the fix.
    await expect
      .poll(
        async () => {
          await page.goto(url).catch(() => undefined);
          const overlay = page.locator('vite-error-overlay');
          await overlay.waitFor({ timeout: 10_000 }).catch(() => undefined);
          return (await overlay.count()) > 0 ? overlay.evaluate((element) => element.shadowRoot?.textContent ?? '') : '';
        },
        { timeout: 60_000 },
      )
      .toContain('fr/alpha.mdx:1: description is required');
  } finally {
    dev.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
