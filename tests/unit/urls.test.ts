import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { reservedBy, SITE_PAGES, type SitePage } from '../../src/lib/urls';

test('no two site pages share an address in one language', () => {
  for (const lang of LANGS) {
    const slugs = Object.values(SITE_PAGES).map((page) => page[lang]);
    expect(new Set(slugs).size, lang).toBe(slugs.length);
  }
});

test('a slug is reserved only in the language whose site page has it', () => {
  for (const page of Object.keys(SITE_PAGES) as SitePage[]) {
    for (const lang of LANGS) expect(reservedBy(lang, SITE_PAGES[page][lang])).toBe(page);
  }
  expect(reservedBy('en', 'recherche')).toBeUndefined();
  expect(reservedBy('fr', 'cle-gc')).toBeUndefined();
});
