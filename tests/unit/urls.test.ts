import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { changesFeedUrl, reservedBy, SITE_PAGES, sitePageUrl, troubleshooterUrl, type SitePage } from '../../src/lib/urls';

test('each site page has one address per language, French in French, and no two share one', () => {
  expect(sitePageUrl('quickLinks', 'fr')).toBe('/fr/liens-rapides/');
  expect(sitePageUrl('quickLinks', 'en')).toBe('/en/quick-links/');
  expect(changesFeedUrl('fr')).toBe('/fr/modifications.xml');
  expect(troubleshooterUrl('en', 'device')).toBe('/en/troubleshooting/device/');
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
