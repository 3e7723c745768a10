import type { Lang } from '../i18n/locales';

/**
 * Where a language's Pagefind bundle is published. One bundle per language,
 * so a page can open the other language's index when its own finds nothing.
 * @example searchBundleUrl('en') // '/pagefind/en/'
 */
export function searchBundleUrl(lang: Lang): string {
  return `/pagefind/${lang}/`;
}

/** The `data-pagefind-meta` keys an article carries for the results list. */
export const SEARCH_META = {
  /** Synonyms of what the title names (see search-glossary). */
  about: 'search_about',
  /** The article's keywords, and synonyms of what its description and headings name. */
  related: 'search_related',
  /** The twin article's URL, offered when only the other language finds something. */
  twinUrl: 'twin_url',
  /** The twin article's title, in the twin's language. */
  twinTitle: 'twin_title',
} as const;

/**
 * Ranking for both indexes: Pagefind's defaults, plus the synonym tiers.
 * Synonyms of what the title names count like the title (Pagefind's 5), the
 * other keywords less (3): a synonym finds its article, and the article whose
 * text matches still comes first (tests/e2e/search-quality.test.ts holds both
 * kinds of query). The twin's URL and title are in the other language: weight 0,
 * and a result that matches only there (score 0) is not shown.
 */
export const SEARCH_RANKING = {
  metaWeights: { [SEARCH_META.about]: 5, [SEARCH_META.related]: 3, [SEARCH_META.twinUrl]: 0, [SEARCH_META.twinTitle]: 0 },
};
