/**
 * Search results people can read (issue 14): an excerpt highlights the words
 * of the query that matter, not its stop words nor the words they begin, and
 * the items of a list stay apart in it.
 */
import { expect, test } from '@playwright/test';
import { foldWord, STOP_WORDS } from '../../src/lib/stop-words';
import { resultsList, searchPageFor } from '../support/search';

for (const { lang, query, stems } of [
  { lang: 'fr', query: 'mot de passe', stems: ['mot', 'pass'] },
  { lang: 'fr', query: 'le code de la clé', stems: ['code', 'cle'] },
  { lang: 'en', query: 'the password of the account', stems: ['password', 'account'] },
  { lang: 'en', query: 'sign in to a partner', stems: ['sign', 'partner'] },
] as const) {
  test(`${lang} “${query}”: excerpts highlight only the words that matter`, async ({ page }) => {
    await page.goto(searchPageFor(lang, query));
    const results = resultsList(page, lang);
    await expect(results.locator('.excerpt').first()).toBeVisible();
    const marks = (await results.locator('.excerpt mark').allTextContents()).map(foldWord);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((word) => STOP_WORDS.has(word))).toEqual([]);
    expect(marks.filter((word) => !stems.some((stem) => word.split(/[-‑]/).some((part) => part.startsWith(stem))))).toEqual([]);
  });
}

for (const { lang, article } of [
  { lang: 'fr', article: '/fr/navigateurs-pris-en-charge/' },
  { lang: 'en', article: '/en/supported-browsers/' },
] as const) {
  test(`${lang}: the items of a list stay apart in an excerpt`, async ({ page }) => {
    await page.goto(searchPageFor(lang, 'firefox'));
    const result = resultsList(page, lang).locator(':scope > li', { has: page.locator(`a[href^="${article}?"]`) });
    const excerpt = (await result.locator('.excerpt').textContent()) ?? '';
    expect(excerpt).toMatch(/Google Chrome\W*\s+Microsoft Edge\W*\s+Mozilla Firefox\W*\s+Safari/);
  });
}
