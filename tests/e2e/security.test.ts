/**
 * The host's headers as the test server sends them, the policy's own limits, and the flows the
 * page-by-page pass does not run (copy link), under the strict Content Security Policy: any CSP
 * violation, console error or request to another origin fails. Every page of the sitemap, and the
 * header search, run under the policy in tests/a11y/pages.test.ts (and under nginx in tests/e2e/nginx.test.ts).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations, type Lang } from '../../src/i18n';
import { parseHeaders } from '../../src/lib/host-headers';
import { hostPolicy } from '../../src/pipeline/security-policy';
import { expectClean, watch } from '../support/csp-watch';
import { sitemapPaths } from '../support/site';
import { OUT_DIR } from '../../src/pipeline/site-config';

const paths = sitemapPaths();

test('the host sends the policy of src/pipeline/security-policy.ts and the other _headers values with every page', async ({ request }) => {
  const rules = parseHeaders(readFileSync(join(OUT_DIR, '_headers'), 'utf8'));
  const all = rules.find((rule) => rule.pattern === '/*')?.headers ?? [];
  expect(Object.fromEntries(all)['Content-Security-Policy']).toBe(hostPolicy());
  for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security']) {
    expect(all.map(([header]) => header)).toContain(name);
  }
  for (const path of ['/', '/fr/', '/en/', paths.find((path) => path.startsWith('/en/') && path.split('/').length > 3)!, '/nowhere/']) {
    const response = await request.get(path);
    for (const [name, value] of all) expect(response.headers()[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  }
});

test('the policy allows no inline or evaluated script, no wildcard and no other origin', () => {
  expect(hostPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
});

test('fingerprinted assets are served with a one-year immutable cache', async ({ request }) => {
  const html = await (await request.get('/fr/')).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect((await request.get(asset)).headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
});

test('the guard sees a violation: an inline script and a request to another origin are blocked and reported', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const found = await watch(context, baseURL!);
  const page = await context.newPage();
  await page.goto('/fr/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
    void fetch('https://tiers.example/pixel').catch(() => undefined);
  });
  await expect.poll(() => found.violations.length).toBeGreaterThanOrEqual(2);
  expect(found.violations.join('\n')).toMatch(/script-src-elem blocked inline on/);
  expect(found.violations.join('\n')).toMatch(/connect-src blocked https:\/\/tiers\.example/);
  expect(await page.title()).not.toBe('injected');
  await context.close();
});

const COPIES: { lang: Lang; path: string; heading: string }[] = [
  { lang: 'fr', path: '/fr/cle-gc/', heading: 'Règles du mot de passe' },
  { lang: 'en', path: '/en/gckey/', heading: 'Password rules' },
];

for (const { lang, path, heading } of COPIES) {
  test(`${lang}: “copy link” puts the section link on the clipboard under the CSP`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const found = await watch(context, baseURL!);
    const page = await context.newPage();
    await page.goto(path);
    const t = useTranslations(lang);
    await page.getByRole('button', { name: t('sectionLink.copyLabel', { title: heading }), exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: t('sectionLink.copied') })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${RegExp.escape(`${baseURL}${path}#`)}[a-z0-9-]+$`));
    expectClean(found);
    await context.close();
  });
}
