import { expect, test } from '@playwright/test';

/**
 * The language toggle and the not-found page in Chromium. What the built files say (titles, lang,
 * toggles, hreflang pairs, the sitemap) is checked without a browser in tests/site/pages.test.ts.
 */

for (const [path, twin] of [
  ['/fr/', '/en/'],
  ['/en/gckey/', '/fr/cle-gc/'],
  ['/fr/recherche/', '/en/search/'],
] as const) {
  test(`${path}: following the language toggle opens the twin, whose toggle leads back`, async ({ page }) => {
    await page.goto(path);
    await page.locator('[data-language-toggle]').click();
    await expect(page).toHaveURL(new RegExp(`${twin}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', twin.slice(1, 3));
    await page.locator('[data-language-toggle]').click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}

for (const path of ['/fr/nexiste-pas/', '/en/does-not-exist/', '/nowhere']) {
  test(`${path} answers 404 with the bilingual not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('section[lang=fr] h2')).toHaveText('Page introuvable');
    await expect(page.locator('section[lang=en] h2')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the help home page' })).toHaveAttribute('href', '/en/');
  });
}
