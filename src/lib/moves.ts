import type { Lang } from '../i18n/locales';
import { articleUrl } from './urls';

export interface MovableArticle {
  lang: Lang;
  slug: string;
  file: string;
  previousSlugs: readonly string[];
  sectionAliases: Readonly<Record<string, string>>;
  /** The section ids the article has now. */
  sectionIds: ReadonlySet<string>;
}

/**
 * Checks the records that keep old links working: a former slug must not be
 * anyone's address now (or another article's former one), and a section alias
 * must lead to a section that exists without hiding one.
 */
export function checkMoves(articles: readonly MovableArticle[]): string[] {
  const problems: string[] = [];
  const taken = new Map(articles.map((article) => [articleUrl(article.lang, article.slug), article.file]));
  for (const article of articles) {
    for (const previous of article.previousSlugs) {
      const url = articleUrl(article.lang, previous);
      const holder = taken.get(url);
      if (holder) {
        problems.push(
          `${article.file}: previousSlugs lists "${previous}", but ${url} belongs to ${holder}. Remove it from previousSlugs, or give that article another slug.`,
        );
      } else taken.set(url, article.file);
    }
    for (const [oldId, currentId] of Object.entries(article.sectionAliases)) {
      if (!article.sectionIds.has(currentId)) {
        problems.push(
          `${article.file}: sectionAliases sends #${oldId} to #${currentId}, which this article does not have. Use one of: ${[...article.sectionIds].join(', ')}.`,
        );
      }
      if (article.sectionIds.has(oldId)) {
        problems.push(`${article.file}: sectionAliases lists #${oldId}, which is still a heading id here. An alias is for an id that is gone; remove it.`);
      }
    }
  }
  return problems;
}
