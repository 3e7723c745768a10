import { expect, test } from '@playwright/test';
import packageI18n from '@gcds-core/components/dist/collection/components/gcds-footer/i18n/i18n.js';
import { gcFooter, gcFooterFrom } from '../../src/pipeline/gc-footer';

type Band = { heading: string; menu: Record<string, { text: string; link: string }> };
/** The package's own i18n object, as the GC Design System publishes it. */
const published = packageI18n as Record<'fr' | 'en', { gov: Band; site: Band }>;

test('the footer links are the GC Design System footer’s own, in each language: the main band and the sub-footer’s mandatory two', () => {
  for (const lang of ['fr', 'en'] as const) {
    const { gov, site } = published[lang];
    expect(gcFooter(lang)).toEqual({
      main: { label: gov.heading, links: ['contacts', 'dept', 'about'].map((key) => ({ text: gov.menu[key]!.text, href: gov.menu[key]!.link })) },
      sub: { label: site.heading, links: ['terms', 'privacy'].map((key) => ({ text: site.menu[key]!.text, href: site.menu[key]!.link })) },
    });
  }
  // What Canada.ca's specification names: "Terms and conditions" / « Avis », "Privacy" / « Confidentialité ».
  expect(gcFooter('en').sub.links.map((link) => link.text)).toEqual(['Terms and conditions', 'Privacy']);
  expect(gcFooter('fr').sub.links.map((link) => link.text)).toEqual(['Avis', 'Confidentialité']);
  expect(gcFooter('en').main.links.map((link) => link.text)).toEqual(['All contacts', 'Departments and agencies', 'About government']);
  for (const lang of ['fr', 'en'] as const) {
    for (const { href } of [...gcFooter(lang).main.links, ...gcFooter(lang).sub.links]) expect(href).toMatch(new RegExp(`^https://www\\.canada\\.ca/${lang}/`));
  }
});

test('a package that words its footer otherwise stops the build, naming what is missing and where to fix it', () => {
  const renamed = structuredClone(published) as unknown as { en: { site: { menu: Record<string, unknown> } } };
  delete renamed.en.site.menu['privacy'];
  expect(() => gcFooterFrom(renamed)).toThrow(/en\.site\.menu\.privacy.*update gc-footer\.ts/);
});
