/**
 * A clean console: every page, in both languages (the sitemap and the not-found
 * page), loads with no warning or error in the console and no uncaught error.
 * Chromium reports a header it does not understand (a Permissions-Policy feature
 * it does not know) as a console error on every page; a stray warning hides the one that matters.
 */
import { expect, test } from '@playwright/test';
import { a11yPaths, NOT_FOUND_PATH } from '../support/a11y-page';

for (const path of a11yPaths()) {
  test(`${path} loads with no console warning or error`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      // The not-found page is meant to answer 404: Chromium logs that status for the document itself.
      const ownStatus = path === NOT_FOUND_PATH && new URL(message.location().url).pathname === path;
      if ((message.type() === 'warning' || message.type() === 'error') && !ownStatus) messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
    await page.goto(path, { waitUntil: 'networkidle' });
    // The search box loads its code and Pagefind on first focus: that has to be clean too.
    const search = page.locator('[data-search-input]').first();
    if ((await search.count()) > 0) {
      await search.fill('mot de passe');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    }
    expect(messages).toEqual([]);
    await context.close();
  });
}
