import { expect, test } from '@playwright/test';
import { DomUtils } from 'htmlparser2';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaries, LANGS, type Lang } from '../../src/i18n';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { gcFooter, type GcFooterBand } from '../../src/pipeline/gc-footer';
import { CONTENT_DIR } from '../../src/pipeline/site-config';
import { a11yPaths, BILINGUAL_PATHS, langOf } from '../support/a11y-page';
import { readBuiltPage, type BuiltPage } from '../support/built-page';

/**
 * What every Canada.ca page carries, read from the built files: the global footer's mandatory links
 * (src/pipeline/gc-footer.ts) and the Dublin Core metadata of its head (src/components/PageHead.astro),
 * in the page's language, or in both on the pages written for both.
 */

type Element = NonNullable<ReturnType<BuiltPage['one']>>;

/** The links of the navigation landmark named `label` inside `within`, as "text → address". */
function bandLinks(page: BuiltPage, within: Element, label: string): string[] | undefined {
  const nav = DomUtils.findOne((element) => element.name === 'nav' && element.attribs['aria-label'] === label, within.children);
  if (!nav) return undefined;
  return DomUtils.findAll((element) => element.name === 'a', nav.children).map((link) => `${page.text(link)} → ${link.attribs['href']}`);
}
const expected = (band: GcFooterBand) => band.links.map((link) => `${link.text} → ${link.href}`);

/** Each article's dates as its frontmatter states them, by address: issued with its oldest change, modified on dateModified. */
const articleDates = new Map<string, { lang: Lang; issued: string; modified: string }>(
  LANGS.flatMap((lang) =>
    readdirSync(join(CONTENT_DIR, lang))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => {
        const data = readFrontmatter(readFileSync(join(CONTENT_DIR, lang, file), 'utf8')) as {
          slug: string;
          dateModified: string;
          changes: { date: string }[];
        };
        return [
          `/${lang}/${data.slug}/`,
          { lang, issued: data.changes.map((change) => String(change.date)).sort()[0]!, modified: String(data.dateModified) },
        ] as const;
      }),
  ),
);
/** A page that is no article: the first publication and the newest change among the articles of its language(s). */
const contentDates = (langs: readonly Lang[]) => {
  const dates = [...articleDates.values()].filter((dates) => langs.includes(dates.lang));
  return {
    issued: dates.map((date) => date.issued).sort()[0],
    modified: dates
      .map((date) => date.modified)
      .sort()
      .at(-1),
  };
};

const ISO = { fr: 'fra', en: 'eng' } as const;

for (const path of a11yPaths()) {
  const bilingual = BILINGUAL_PATHS.includes(path);
  const langs: readonly Lang[] = bilingual ? LANGS : [langOf(path)];

  test(`${path} carries Canada.ca's footer (the sub-footer's terms and privacy links${bilingual ? ' in each language' : ', the main band'}) and its metadata (dcterms title, language, creator, issued, modified, subject)`, () => {
    const page = readBuiltPage(path);

    if (bilingual) {
      // A language choice or a server message: each language's half closes with its own sub-footer band, no main band.
      for (const lang of LANGS) {
        const half = page.one((element) => element.name === 'section' && element.attribs['lang'] === lang)!;
        const { main, sub } = gcFooter(lang);
        expect.soft(bandLinks(page, half, sub.label), `${path}, ${lang}`).toEqual(expected(sub));
        expect.soft(bandLinks(page, half, main.label), `${path}, ${lang}`).toBeUndefined();
      }
    } else {
      const footer = page.one((element) => element.name === 'footer')!;
      const { main, sub } = gcFooter(langs[0]!);
      expect.soft(bandLinks(page, footer, main.label), path).toEqual(expected(main));
      expect.soft(bandLinks(page, footer, sub.label), path).toEqual(expected(sub));
    }

    const head = page.one((element) => element.name === 'head')!;
    const metas = (name: string) =>
      DomUtils.findAll((element) => element.name === 'meta' && element.attribs['name'] === name, head.children).map(({ attribs }) => ({
        title: attribs['title'],
        lang: attribs['lang'],
        content: attribs['content'],
      }));
    // As written: text() would make the French spacing's non-breaking spaces plain ones.
    const title = DomUtils.textContent(page.one((element) => element.name === 'title')!);
    expect
      .soft(metas('dcterms.title'), `${path}: dcterms.title`)
      .toEqual([{ title: undefined, lang: undefined, content: bilingual ? title : title.replace(` – ${dictionaries[langs[0]!]['site.shortName']}`, '') }]);
    expect
      .soft(metas('dcterms.language'), `${path}: dcterms.language`)
      .toEqual(langs.map((lang) => ({ title: 'ISO639-2/T', lang: undefined, content: ISO[lang] })));
    const ownLang = (lang: Lang) => (bilingual ? lang : undefined);
    expect.soft(metas('dcterms.creator'), `${path}: dcterms.creator`).toEqual(
      langs.map((lang) => ({
        title: undefined,
        lang: ownLang(lang),
        content:
          lang === 'fr'
            ? 'Gouvernement du Canada, Développement économique Canada pour les régions du Québec'
            : 'Government of Canada, Canada Economic Development for Quebec Regions',
      })),
    );
    expect
      .soft(metas('dcterms.subject'), `${path}: dcterms.subject`)
      .toEqual(langs.map((lang) => ({ title: 'gccore', lang: ownLang(lang), content: dictionaries[lang]['meta.subject'] })));
    const dates = articleDates.get(path) ?? contentDates(langs);
    expect.soft(metas('dcterms.issued'), `${path}: dcterms.issued`).toEqual([{ title: 'W3CDTF', lang: undefined, content: dates.issued }]);
    expect.soft(metas('dcterms.modified'), `${path}: dcterms.modified`).toEqual([{ title: 'W3CDTF', lang: undefined, content: dates.modified }]);
  });
}

test('articles and the pages that list them are dated from the content: every article found, issued no later than modified', () => {
  expect(articleDates.size).toBe(a11yPaths().filter((path) => readBuiltPage(path).one((element) => 'data-pagefind-body' in element.attribs)).length);
  for (const [path, { issued, modified }] of articleDates) expect(issued <= modified, path).toBe(true);
});
