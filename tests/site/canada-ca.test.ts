import { expect, test } from '@playwright/test';
import { readBuiltPage, type BuiltPage } from '../support/built-page';
import { a11yPaths, langOf } from '../support/a11y-page';

/**
 * Canada.ca's mandatory elements on every page, read from the build: the Dublin Core
 * metadata every page type emits, the sub-footer links ("Terms and conditions" / "Avis",
 * "Privacy" / "Confidentialité") beside the wordmark, and on standard pages the main band
 * of Government of Canada links.
 */

const ISO_639_2 = { fr: 'fra', en: 'eng' } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SUB_FOOTER = {
  fr: { terms: 'Avis', privacy: 'Confidentialité', site: 'https://www.canada.ca/fr/transparence/' },
  en: { terms: 'Terms and conditions', privacy: 'Privacy', site: 'https://www.canada.ca/en/transparency/' },
} as const;
const GOVERNMENT = {
  fr: ['Toutes les coordonnées', 'Ministères et organismes', 'À propos du gouvernement'],
  en: ['All contacts', 'Departments and agencies', 'About government'],
} as const;

const paths = a11yPaths();

function meta(page: BuiltPage, name: string) {
  const element = page.one((node) => node.name === 'meta' && node.attribs['name'] === name);
  return { content: element?.attribs['content'] ?? '', title: element?.attribs['title'] };
}

function linksIn(page: BuiltPage, container: Parameters<BuiltPage['text']>[0]) {
  return page.all((node) => node.name === 'a' && isInside(node, container)).map((a) => ({ text: page.text(a), href: a.attribs['href'] ?? '' }));
}

function isInside(node: { parent: unknown }, container: unknown): boolean {
  for (let parent = node.parent; parent; parent = (parent as { parent: unknown }).parent) if (parent === container) return true;
  return false;
}

for (const path of paths) {
  test(`${path} carries Canada.ca's metadata and its mandatory footer links`, () => {
    const page = readBuiltPage(path);
    const lang = langOf(path);
    const title = page.text(page.one((node) => node.name === 'title')!);
    const dcTitle = meta(page, 'dcterms.title').content.replace(/\s+/g, ' ');
    // The splash and 404 pages are bilingual: no site footer, a sub-footer in each language.
    const bilingual = page.one((node) => node.name === 'main' && (node.attribs['class'] ?? '').includes('bilingual')) !== null;

    expect.soft(dcTitle, 'dcterms.title').not.toBe('');
    expect.soft(title.startsWith(dcTitle), `dcterms.title "${dcTitle}" is how "${title}" begins`).toBe(true);
    expect.soft(meta(page, 'dcterms.language'), 'dcterms.language').toEqual({ content: ISO_639_2[lang], title: 'ISO639-2/T' });
    expect
      .soft(meta(page, 'dcterms.creator').content, 'dcterms.creator')
      .toMatch(lang === 'fr' ? /^Gouvernement du Canada, Développement économique Canada/ : /^Government of Canada, Canada Economic Development/);
    expect.soft(meta(page, 'dcterms.subject').title, 'dcterms.subject vocabulary').toBe('gccore');
    expect.soft(meta(page, 'dcterms.subject').content, 'dcterms.subject').not.toBe('');
    const issued = meta(page, 'dcterms.issued');
    const modified = meta(page, 'dcterms.modified');
    expect.soft(issued.title, 'dcterms.issued format').toBe('W3CDTF');
    expect.soft(modified.title, 'dcterms.modified format').toBe('W3CDTF');
    expect.soft(issued.content, 'dcterms.issued').toMatch(DATE);
    expect.soft(modified.content, 'dcterms.modified').toMatch(DATE);
    expect.soft(issued.content <= modified.content, `issued ${issued.content} comes before modified ${modified.content}`).toBe(true);
    // An article shows its "Date modified": the metadata says the same.
    const shown = page.one(
      (node) => node.name === 'time' && isInside(node, page.one((parent) => (parent.attribs['class'] ?? '').includes('date-modified')) ?? {}),
    );
    if (shown) expect.soft(modified.content, 'dcterms.modified is the date the page shows').toBe(shown.attribs['datetime']);

    // The sub-footer, in each language the page is written in (the splash and 404 pages are in both).
    const subFooters = page.all((node) => 'data-gc-sub-footer' in node.attribs);
    expect.soft(subFooters.length, 'sub-footers').toBe(bilingual ? 2 : 1);
    for (const subFooter of subFooters) {
      const links = linksIn(page, subFooter);
      const code = links.some((link) => link.href.startsWith(SUB_FOOTER.en.site)) ? 'en' : 'fr';
      const expected = SUB_FOOTER[code];
      expect
        .soft(
          links.map((link) => link.text),
          `${path} sub-footer`,
        )
        .toEqual([expected.terms, expected.privacy]);
      for (const link of links) expect.soft(link.href, link.text).toMatch(new RegExp(`^${expected.site}`));
      expect
        .soft(
          page.all((node) => node.name === 'img' && isInside(node, subFooter) && (node.attribs['src'] ?? '').includes('wmms')).length,
          'wordmark beside them',
        )
        .toBe(1);
    }

    // Standard pages carry the main band too.
    const footer = page.one((node) => node.name === 'footer');
    if (!bilingual) {
      expect.soft(footer, 'a footer').not.toBeNull();
      const band = page.one((node) => 'data-gc-government-band' in node.attribs);
      expect.soft(band && linksIn(page, band).map((link) => link.text), 'the Government of Canada band').toEqual([...GOVERNMENT[lang]]);
    }
  });
}
