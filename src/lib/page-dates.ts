import type { ArticleData } from './article-schema';

/** When a page was first published and last changed, YYYY-MM-DD (W3CDTF): Canada.ca's dcterms.issued and dcterms.modified. */
export interface PageDates {
  issued: string;
  modified: string;
}

/** What dating a page needs of an article: its frontmatter's `changes` and `dateModified`. */
export type Dated = Pick<ArticleData, 'changes' | 'dateModified'>;

/**
 * An article's dates: issued on its first `changes` entry (the oldest: the publication), modified on `dateModified`.
 * @example articleDates({ changes: [{ date: '2025-10-27', summary: 'Publication' }, …], dateModified: new Date('2026-11-30') }) // { issued: '2025-10-27', modified: '2026-11-30' }
 */
export function articleDates({ changes, dateModified }: Dated): PageDates {
  return { issued: changes.map((change) => change.date).sort()[0]!, modified: dateModified.toISOString().slice(0, 10) };
}

/**
 * The dates of a page made of articles (a home, the quick links, a troubleshooter step…): issued with the first
 * of them, modified with the newest. Taken from the content, never from the build's clock, so that a build of
 * the same content writes the same pages.
 */
export function contentDates(articles: readonly Dated[]): PageDates {
  if (articles.length === 0) throw new Error('A page is dated by the articles it lists: there is none.');
  const dates = articles.map(articleDates);
  return {
    issued: dates.map((date) => date.issued).sort()[0]!,
    modified: dates
      .map((date) => date.modified)
      .sort()
      .at(-1)!,
  };
}
