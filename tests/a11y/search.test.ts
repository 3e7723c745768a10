import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n';
import { axeViolations } from '../support/axe';
import { resultsList, SEARCH, searchBox, searchPageFor } from '../support/search';

const LAYOUTS = [
  { width: 320, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
] as const;
/** Per language: a query with results, and one that only the other language answers. */
const QUERIES = { fr: { found: 'cle gc', fallback: 'privacy' }, en: { found: 'gckey', fallback: 'renseignements' } } as const;

for (const lang of LANGS) {
  for (const { width, colorScheme } of LAYOUTS) {
    const layout = `at ${width}px, ${colorScheme}`;

    test(`${lang}: the header results, open over the page, have no axe violations ${layout}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(SEARCH[lang].home);
      await searchBox(page, lang).fill(QUERIES[lang].found);
      await expect(resultsList(page, lang).getByRole('link').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    test(`${lang}: the search page, with results and with the other-language fallback, has no axe violations ${layout}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const query of [QUERIES[lang].found, QUERIES[lang].fallback]) {
        await page.goto(searchPageFor(lang, query));
        await expect(resultsList(page, lang).getByRole('link').first()).toBeVisible();
        expect(await axeViolations(page), query).toEqual([]);
      }
      await context.close();
    });
  }
}
