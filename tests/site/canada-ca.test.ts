import { expect, test } from '@playwright/test';
import { DomUtils } from 'htmlparser2';
import { LANGS, type Lang } from '../../src/i18n';
import { gcFooter, type GcFooterBand } from '../../src/pipeline/gc-footer';
import { a11yPaths, BILINGUAL_PATHS, langOf } from '../support/a11y-page';
import { readBuiltPage, type BuiltPage } from '../support/built-page';

/**
 * What every Canada.ca page carries, read from the built files: the global footer's mandatory links
 * (src/pipeline/gc-footer.ts), in the page's language.
 */

type Element = NonNullable<ReturnType<BuiltPage['one']>>;

/** The links of the navigation landmark named `label` inside `within`, as "text → address". */
function bandLinks(page: BuiltPage, within: Element, label: string): string[] | undefined {
  const nav = DomUtils.findOne((element) => element.name === 'nav' && element.attribs['aria-label'] === label, within.children);
  if (!nav) return undefined;
  return DomUtils.findAll((element) => element.name === 'a', nav.children).map((link) => `${page.text(link)} → ${link.attribs['href']}`);
}
const expected = (band: GcFooterBand) => band.links.map((link) => `${link.text} → ${link.href}`);

for (const path of a11yPaths()) {
  test(`${path} carries Canada.ca's footer: the sub-footer's terms and privacy links${BILINGUAL_PATHS.includes(path) ? ' in each language' : ' and the main band, in its language'}`, () => {
    const page = readBuiltPage(path);
    if (BILINGUAL_PATHS.includes(path)) {
      // A language choice or a server message: each language's half closes with its own sub-footer band, no main band.
      for (const lang of LANGS) {
        const half = page.one((element) => element.name === 'section' && element.attribs['lang'] === lang)!;
        const { main, sub } = gcFooter(lang);
        expect(bandLinks(page, half, sub.label), `${path}, ${lang}`).toEqual(expected(sub));
        expect(bandLinks(page, half, main.label), `${path}, ${lang}`).toBeUndefined();
      }
      return;
    }
    const lang: Lang = langOf(path);
    const footer = page.one((element) => element.name === 'footer')!;
    const { main, sub } = gcFooter(lang);
    expect(bandLinks(page, footer, main.label), path).toEqual(expected(main));
    expect(bandLinks(page, footer, sub.label), path).toEqual(expected(sub));
  });
}
