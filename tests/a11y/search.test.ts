import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n';
import { axeViolations } from '../support/axe';
import { resultsList, SEARCH, searchBox, searchPageFor, searchStatus } from '../support/search';

const LAYOUTS = [
  { width: 320, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
] as const;
/**
 * Per language: a query with results, one that only the other language answers, one about a problem with a word
 * to correct (the correction's link and the help above the results), and one that finds nothing (the help).
 */
const QUERIES = {
  fr: { found: 'cle gc', fallback: 'privacy', correctedProblem: 'navigteur bloqué', none: 'zzxqv' },
  en: { found: 'gckey', fallback: 'renseignements', correctedProblem: 'brwoser not working', none: 'zzxqv' },
} as const;

for (const lang of LANGS) {
  for (const { width, colorScheme } of LAYOUTS) {
    const layout = `at ${width}px, ${colorScheme}`;

    test(`${lang}: the header results, open over the page, have no axe violations ${layout}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(SEARCH[lang].home);
      for (const query of [QUERIES[lang].found, QUERIES[lang].correctedProblem]) {
        await searchBox(page, lang).fill(query);
        await expect(resultsList(page, lang).getByRole('link').first()).toBeVisible();
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page), query).toEqual([]);
        await searchBox(page, lang).focus();
      }
      await context.close();
    });

    test(`${lang}: the search page, with results, with the other-language fallback and with none, has no axe violations ${layout}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const query of [QUERIES[lang].found, QUERIES[lang].fallback, QUERIES[lang].none]) {
        await page.goto(searchPageFor(lang, query));
        await expect(searchStatus(page)).not.toBeEmpty();
        expect(await axeViolations(page), query).toEqual([]);
      }
      await context.close();
    });
  }
}
