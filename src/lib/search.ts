import type { Lang } from '../i18n/locales';
import type { Topic } from '../schemas/article';

/**
 * Where a language's Pagefind bundle is published. One bundle per language,
 * so a page can open the other language's index when its own finds nothing.
 * @example searchBundleUrl('en') // '/pagefind/en/'
 */
export function searchBundleUrl(lang: Lang): string {
  return `/pagefind/${lang}/`;
}

/**
 * Where each bundle's word list is published, one file per first letter (`wordShard`): fetched for spelling
 * correction when a query has a word the index does not know.
 * @example searchWordsUrl('/pagefind/fr/', 'n') // '/pagefind/fr/words/n.txt'
 */
export function searchWordsUrl(bundle: string, shard: string): string {
  return `${bundle}words/${shard}.txt`;
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

/** The `data-pagefind-filter` that says what a page is to a reader who searches. */
export const SEARCH_ROLE_FILTER = 'role';

/**
 * What a page is to a reader who searches: the answer to a problem (the "trouble" topic), whose pages come first
 * for a query about a problem; a guide (every other article, the contact page included: it answers everything
 * in general, so for a given problem the page written for it comes first); or a page about the help centre
 * itself (the accessibility statement, notices, the change log, quick links), found by its name.
 */
export type SearchRole = 'problem' | 'guide' | 'about';

/**
 * An article's role, from its topic: the "help" topic holds the contact page (a guide) and pages about the help centre.
 * @example articleSearchRole('help', false) // 'about'
 */
export function articleSearchRole(topic: Topic, isHelpArticle: boolean): SearchRole {
  if (topic === 'trouble') return 'problem';
  return topic === 'help' && !isHelpArticle ? 'about' : 'guide';
}

/**
 * The query parameter a result's address carries to the article it opens, whose words
 * the article then highlights (Pagefind's `highlightParam`, read by SearchHighlight.astro).
 */
export const SEARCH_HIGHLIGHT_PARAM = 'highlight';

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
