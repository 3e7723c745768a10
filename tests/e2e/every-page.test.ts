/**
 * Every page, in both languages (the sitemap and the not-found page), on one load: it runs under the
 * host's Content-Security-Policy and its own meta policy with no violation, no request to another
 * origin and a clean console (no warning, no error, no uncaught error, also once its search has run),
 * and carries the Government of Canada marks. Chromium reports a header it does not understand (a
 * Permissions-Policy feature it does not know) in the console on every page: a stray warning hides the one that matters.
 */
import { expect, test } from '@playwright/test';
import { hostPolicy, pagePolicy } from '../../src/build/security-policy';
import { a11yPaths, NOT_FOUND_PATH } from '../support/a11y-page';
import { expectClean, watch } from '../support/csp-watch';
import { expectGcMarks } from '../support/gc-marks';

for (const path of a11yPaths()) {
  test(`${path} loads under the CSP with no violation, no request to another origin and a clean console, and carries the GC marks`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext();
    const found = await watch(context, baseURL!);
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      // The not-found page is meant to answer 404: Chromium logs that status for the document itself.
      const ownStatus = path === NOT_FOUND_PATH && new URL(message.location().url).pathname === path;
      if (message.type() === 'warning' && !ownStatus) warnings.push(message.text());
      const logged = found.errors.indexOf(`${path}: ${message.text()}`);
      if (message.type() === 'error' && ownStatus && logged >= 0) found.errors.splice(logged, 1);
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toBe(hostPolicy());
    // Exactly the policy of src/build/security-policy.ts: no hash of a file the page never inlines.
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toBe(pagePolicy());
    await expectGcMarks(page, path, baseURL!);
    // The search box loads its code and Pagefind on first focus: that has to be clean too.
    const search = page.locator('[data-search-input]').first();
    if ((await search.count()) > 0) {
      await search.fill('mot de passe');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    }
    expectClean(found);
    expect(warnings, 'console warnings').toEqual([]);
    await context.close();
  });
}
