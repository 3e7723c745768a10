// What a query needs only sometimes, loaded by search-client.ts the first time one does: a word its index does not
// know, corrected from the bundle's word list; pages Pagefind scores alike, put in order.
import { SEARCH_META, SEARCH_WORDS_FILE } from '../lib/search';
import { correctQuery, parseWordList, type WordList } from '../lib/spelling';
import { foldWord, sharedPrefix, STEM_PREFIX, STOP_WORDS } from '../lib/stop-words';
import type { PagefindData } from './search-client';

/** Each bundle's word list, fetched once per page; a failed fetch (offline, say) is tried again by the next query. */
const lists = new Map<string, Promise<WordList>>();

/**
 * The query with the words its index does not know corrected from the bundle's word list, or null when no word
 * changed. Rejects when the list cannot be fetched.
 */
export async function corrected(bundle: string, query: string, unknown: readonly string[]): Promise<string | null> {
  let list = lists.get(bundle);
  if (!list) {
    list = fetch(`${bundle}${SEARCH_WORDS_FILE}`).then(async (response) => {
      if (!response.ok) throw new Error(`${SEARCH_WORDS_FILE}: ${response.status}`);
      return parseWordList(await response.text());
    });
    lists.set(bundle, list);
    list.catch(() => lists.delete(bundle));
  }
  return correctQuery(query, new Set(unknown), await list);
}

/**
 * How much of a title the query's words fill: "invitation" fills more of "First access with your invitation"
 * than of "My invitation code is missing, or I didn’t use the invitation link".
 */
function titleShare(title: string | undefined, words: readonly string[]): number {
  const titleWords = (title ?? '')
    .split(/[\s\-‑–]+/)
    .map(foldWord)
    .filter((word) => word && !STOP_WORDS.has(word));
  const filled = titleWords.filter((word) => words.some((term) => sharedPrefix(word, term) >= Math.min(STEM_PREFIX, term.length)));
  return titleWords.length > 0 ? filled.length / titleWords.length : 0;
}

/**
 * Pages in Pagefind's order, except that among pages it scores alike, the one whose title the query fills most
 * comes first: its own title, or its twin's for a query in the other language ("forgot password" on a French page).
 */
export function byTitle<T extends { match: { score: number }; data: PagefindData }>(
  pages: readonly T[],
  term: string,
  tied: (a: T['match'], b: T['match']) => boolean,
): T[] {
  const words = term.split(/\s+/).map(foldWord).filter(Boolean);
  const share = ({ data }: T) => Math.max(titleShare(data.meta['title'], words), titleShare(data.meta[SEARCH_META.twinTitle], words));
  const ordered: T[] = [];
  for (let start = 0, end = 1; start < pages.length; start = end, end = start + 1) {
    while (end < pages.length && tied(pages[end - 1]!.match, pages[end]!.match)) end++;
    ordered.push(...pages.slice(start, end).sort((a, b) => share(b) - share(a)));
  }
  return ordered;
}
