// What a query needs only sometimes, loaded by search-client.ts the first time one does: a word its index does not
// know, corrected from the bundle's word list; pages Pagefind scores alike, put in order.
import { correctable, queryTokens } from '../lib/query';
import { SEARCH_META, searchWordsUrl } from '../lib/search';
import { correctQuery, parseWordList, wordShard } from '../lib/spelling';
import { foldWord, sharedPrefix, STEM_PREFIX, STOP_WORDS } from '../lib/stop-words';
import type { PagefindData } from './search-client';

/** The shards of the word lists fetched so far, by address; a failed fetch (offline, say) is tried again by the next query. */
const shards = new Map<string, Promise<string>>();

function shard(url: string): Promise<string> {
  let text = shards.get(url);
  if (!text) {
    text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.text();
    });
    shards.set(url, text);
    text.catch(() => shards.delete(url));
  }
  return text;
}

/**
 * The query with the words its index does not know corrected from the bundle's word list, or null when no word
 * changed. Fetches the shards of the query's words that may be corrected: the unknown ones, and the others, whose
 * accents the corrected query shows. Rejects when a shard cannot be fetched.
 */
export async function corrected(bundle: string, query: string, unknown: readonly string[]): Promise<string | null> {
  const letters = new Set(queryTokens(query).filter(correctable).map(wordShard));
  const texts = await Promise.all([...letters].map((letter) => shard(searchWordsUrl(bundle, letter))));
  return correctQuery(query, new Set(unknown), parseWordList(...texts));
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
