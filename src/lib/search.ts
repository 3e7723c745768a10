import type { Lang } from '../i18n/locales';

/** The search page's slug in each language: French URLs in French. */
export const SEARCH_SLUGS: Record<Lang, string> = { fr: 'recherche', en: 'search' };

/**
 * The search page of a language; `?q=` holds the query.
 * @example searchUrl('fr') // '/fr/recherche/'
 */
export function searchUrl(lang: Lang): string {
  return `/${lang}/${SEARCH_SLUGS[lang]}/`;
}

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
  /** The twin article's URL, offered when only the other language finds something. */
  twinUrl: 'twin_url',
  /** The twin article's title, in the twin's language. */
  twinTitle: 'twin_title',
} as const;

/**
 * Ranking for both indexes. Pagefind's defaults, except that the twin's URL and
 * title (metadata in the other language) must not lift a page by themselves.
 */
export const SEARCH_RANKING = {
  metaWeights: { [SEARCH_META.twinUrl]: 0, [SEARCH_META.twinTitle]: 0 },
} as const;

/** The weight of an article's synonyms in the index: a match there counts for less than a word of the text (1). */
export const SYNONYM_WEIGHT = 0.5;
