import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
import { promisedHeaders } from '../support/nginx';
import { buildFixture } from '../support/fixture-build';

test('under nginx, a moved article answers a real 301 that keeps the query, and the browser keeps the #section', async ({ browser }) => {
  const build = await buildFixture((content) => {
    content.replace('en/alpha.mdx', 'slug: alpha-en', 'slug: alpha-moved\npreviousSlugs: [alpha-en]');
    // The troubleshooter answers with current addresses only.
    content.replace('en/troubleshooting.yaml', /\/en\/alpha-en\//g, '/en/alpha-moved/');
  });
  expect(build.status, build.output).toBe(0);
  expect(readFileSync(join(build.outDir, '_nginx-redirects.map'), 'utf8')).toContain('"/en/alpha-en/" "/en/alpha-moved/";');

  const nginx = await startNginx({ root: build.outDir, port: await freePort() });
  try {
    const context = await browser.newContext();
    const { request } = context;
    for (const old of ['/en/alpha-en/', '/en/alpha-en']) {
      const response = await request.get(`${nginx.origin}${old}?utm_source=courriel&x=1`, { maxRedirects: 0 });
      expect(response.status(), old).toBe(301);
      expect(response.headers()['location'], old).toBe('/en/alpha-moved/?utm_source=courriel&x=1');
      for (const [name, value] of promisedHeaders(build.outDir)) expect(response.headers()[name.toLowerCase()], `${old}: ${name}`).toBe(value);
    }

    const page = await context.newPage();
    const responses: number[] = [];
    page.on('response', (response) => responses.push(response.status()));
    await page.goto(`${nginx.origin}/en/alpha-en/?utm_source=courriel#first-section`);
    expect(page.url()).toBe(`${nginx.origin}/en/alpha-moved/?utm_source=courriel#first-section`);
    // The host's 301, not the redirect page's refresh.
    expect(responses.slice(0, 2)).toEqual([301, 200]);
    await expect(page.locator('#first-section')).toBeVisible();
    await context.close();
  } finally {
    await nginx.stop();
  }
});
