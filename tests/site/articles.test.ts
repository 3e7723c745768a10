import { expect, test } from '@playwright/test';
import { DomUtils } from 'htmlparser2';
import { useTranslations } from '../../src/i18n';
import { langOf } from '../../src/i18n/locales';
import { readBuiltPage, type BuiltPage } from '../support/built-page';
import { sitemapPaths } from '../support/site';

/** What every article shows beside its text, read from the built pages: its outline and when it last changed. */

/** An article is the <article> search indexes (it indexes the help centre's own pages by their name and lede too). */
const isArticleBody = (element: { name: string; attribs: Record<string, string> }) => element.name === 'article' && 'data-pagefind-body' in element.attribs;

const articles = sitemapPaths()
  .map(readBuiltPage)
  .filter((page) => page.one(isArticleBody));

/** The ids of an article's h2 sections, in order. */
const sectionIds = (page: BuiltPage) =>
  DomUtils.findAll((element) => element.name === 'h2' && 'id' in element.attribs, [page.one(isArticleBody)!]).map((heading) => heading.attribs['id']!);

test('an article of three sections or more lists them under “On this page”, in order, in its language; a shorter one has no list', () => {
  expect(articles.length).toBeGreaterThan(4);
  let withList = 0;
  for (const page of articles) {
    const t = useTranslations(langOf(page.path)!);
    const toc = page.one((element) => element.name === 'nav' && element.attribs['aria-label'] === t('toc.title'));
    const ids = sectionIds(page);
    if (ids.length < 3) {
      expect(toc, page.path).toBeNull();
      continue;
    }
    withList += 1;
    expect(toc, page.path).not.toBeNull();
    const topLinks = DomUtils.findAll((element) => element.name === 'a', [toc!]).filter((link) => link.parent?.parent?.parent === toc);
    expect(
      topLinks.map((link) => link.attribs['href']),
      page.path,
    ).toEqual(ids.map((id) => `#${id}`));
  }
  expect(withList, 'articles with an “On this page” list').toBeGreaterThan(0);
});

test('every article says when it was last changed, in its language, the date Canada.ca’s dcterms.modified carries', () => {
  for (const page of articles) {
    const t = useTranslations(langOf(page.path)!);
    const modified = page.one((element) => element.name === 'meta' && element.attribs['name'] === 'dcterms.modified')?.attribs['content'];
    const block = page.one((element) => element.name === 'dl' && page.text(element).startsWith(t('page.dateModified').replace(/\s+/g, ' ')));
    expect(block, page.path).not.toBeNull();
    const time = DomUtils.findOne((element) => element.name === 'time', [block!])!;
    expect([time.attribs['datetime'], page.text(time)], page.path).toEqual([modified, modified]);
    expect(modified, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});
