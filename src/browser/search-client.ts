import { SEARCH_META, SEARCH_RANKING } from '../lib/search';
import { isSitePath } from '../lib/urls';
import { foldWord, STOP_WORDS } from '../lib/stop-words';

/** Longer queries are cut here: nobody types more, and Pagefind need not read a pasted page. */
export const MAX_QUERY_LENGTH = 200;

/** Shorter queries wait for the next key: one letter matches nearly every page and would fetch them all for nothing. */
export const MIN_QUERY_LENGTH = 2;

/**
 * The query as searched: trimmed, cut to MAX_QUERY_LENGTH characters, or
 * empty when too short to search.
 * @example searchable('  a ') // ''
 */
export function searchable(query: string): string {
  const characters = [...query.trim()];
  return characters.length < MIN_QUERY_LENGTH ? '' : characters.slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * The words of a query that Pagefind is asked for: without the grammatical words ("de", "my"),
 * unless the query has nothing else. Pagefind matches every word as the start of a word, so "de"
 * matched "deux", "devez" and the rest, raised every page alike, and fetched an index chunk of its own.
 * @example significantTerms('mot de passe') // 'mot passe'
 */
export function significantTerms(term: string): string {
  const words = term.split(/\s+/);
  const kept = words.filter((word) => !STOP_WORDS.has(foldWord(word)));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The query string of pagefind-entry.json: the same for every build, as the host revalidates the file. */
const ENTRY_CACHE_TAG = 'help';

/** Sections shown under a result: the few where the query hits hardest. */
const MAX_SECTIONS = 3;

/** What the results list needs of one article. */
export interface FoundResult {
  url: string;
  title: string;
  /** The excerpt as text runs, the query's words marked; null when the excerpt would say nothing. */
  excerpt: ExcerptPart[] | null;
  /** The matching sections, best first, as deep links. */
  sections: { url: string; title: string }[];
}

export interface Found {
  /** How many articles match (more may exist than are loaded). */
  total: number;
  /** True when this page's language found nothing and the results are the twins of the other language's matches. */
  fallback: boolean;
  results: FoundResult[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The parts of Pagefind's search API this site uses (https://pagefind.app/docs/api/). */
interface PagefindModule {
  createInstance(options: object): PagefindInstance;
}
interface PagefindInstance {
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindMatch[] } | null>;
}
interface PagefindMatch {
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindLocation {
  balanced_score: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: unknown;
  weighted_locations: PagefindLocation[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/**
 * Pagefind's excerpt as text runs. Pagefind escapes only `<` and `>` in page
 * text and adds `<mark>` around hits; reading exactly that, rather than
 * handing the string to the HTML parser, keeps page text out of the DOM as HTML.
 * @example excerptParts('a <mark>b</mark> &lt;c&gt;') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' <c>', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text) parts.push({ text, mark });
  }
  return parts;
}

/** A marked word shares at least this many first letters with a word of the query (or all of a shorter one). */
const STEM_PREFIX = 4;

const sharedPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
};

/**
 * Keeps the marks on words that matter. Pagefind marks every word the query
 * matches, including stop words ("de", "the") and, as it matches by prefix and
 * stem, the words they begin ("de" marks "deux", "devrez"): a mark stays only
 * where the marked word shares its stem with a query word that is not a stop word.
 * @example significantMarks([{ text: 'mot', mark: true }, { text: ' ', mark: false }, { text: 'de', mark: true }], 'mot de passe') // [{ text: 'mot', mark: true }, { text: ' ', mark: false }, { text: 'de', mark: false }]
 */
export function significantMarks(parts: readonly ExcerptPart[], query: string): ExcerptPart[] {
  const terms = query
    .split(/[\s\-‑–]+/)
    .map(foldWord)
    .filter((term) => term && !STOP_WORDS.has(term));
  const matters = (text: string) =>
    text
      .split(/[\s\-‑–]+/)
      .map(foldWord)
      .some((word) => word && !STOP_WORDS.has(word) && terms.some((term) => sharedPrefix(word, term) >= Math.min(STEM_PREFIX, term.length)));
  return parts.map((part) => (part.mark && !matters(part.text) ? { text: part.text, mark: false } : part));
}

/**
 * The sections of a result where the query hits hardest, best first. Pagefind
 * lists them in page order; its per-word scores say which matter.
 */
export function bestSections(subResults: readonly PagefindSubResult[], limit = MAX_SECTIONS): { url: string; title: string }[] {
  return subResults
    .filter((sub) => sub.anchor !== undefined)
    .map((sub, order) => ({ sub, order, score: sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => ({ url: sub.url, title: sub.title }));
}

/**
 * Shapes one Pagefind result for the list: this language's article, or (fallback) the twin of the other's.
 * Null when its address is not a path of the site (/fr/…, /en/…): the index is built from
 * pages, and a page must not be able to make a result lead elsewhere (`javascript:`, `//host`).
 */
export function toResult(data: PagefindData, fallback: boolean, query: string): FoundResult | null {
  if (fallback) {
    const url = data.meta[SEARCH_META.twinUrl] ?? data.url;
    return isSitePath(url) ? { url, title: data.meta[SEARCH_META.twinTitle] ?? '', excerpt: null, sections: [] } : null;
  }
  if (!isSitePath(data.url)) return null;
  const excerpt = significantMarks(excerptParts(data.excerpt), query);
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: excerpt.some((part) => part.mark) ? excerpt : null,
    sections: bestSections(data.sub_results.filter((sub) => isSitePath(sub.url))),
  };
}

/**
 * Searches this page's language, then the other language when it finds
 * nothing. Pagefind (its script, WebAssembly and index) is fetched on the
 * first call to `load` or `find`, and the other language's only if needed.
 */
export class PagefindSearch {
  #own: Promise<PagefindInstance> | undefined;
  #other: Promise<PagefindInstance> | undefined;

  constructor(
    private readonly bundle: string,
    private readonly otherBundle: string,
  ) {}

  /** Starts fetching Pagefind and this language's index; harmless to call again. */
  load(): Promise<PagefindInstance> {
    if (!this.#own) {
      this.#own = this.#instance(this.bundle);
      // A failed load (offline, say) is retried by the next search rather than remembered.
      this.#own.catch(() => (this.#own = undefined));
    }
    return this.#own;
  }

  /**
   * Results for a query that `searchable` accepted, or null when `wanted` says
   * a newer query replaced it before its results were fetched: typing while
   * Pagefind loads must not fetch the results of every keystroke.
   */
  async find(query: string, limit: number, wanted: () => boolean = () => true): Promise<Found | null> {
    const term = searchable(query);
    const own = await this.#matches(await this.load(), significantTerms(term));
    if (!wanted()) return null;
    if (own.length > 0) return { total: own.length, fallback: false, results: await this.#shape(own, limit, false, term) };
    if (!this.#other) {
      this.#other = this.#instance(this.otherBundle);
      this.#other.catch(() => (this.#other = undefined));
    }
    const other = await this.#matches(await this.#other, significantTerms(term));
    if (!wanted()) return null;
    const results = await this.#shape(other, limit, true, term);
    // Two matches in the other language may share one twin: count the pages offered.
    const unique = results.filter((result, index) => results.findIndex((candidate) => candidate.url === result.url) === index);
    return { total: unique.length, fallback: unique.length > 0, results: unique };
  }

  async #instance(bundle: string): Promise<PagefindInstance> {
    // Each bundle's own copy of pagefind.js: a module holds one WebAssembly
    // search engine, built with its language's stemmer, which two languages cannot share.
    const pagefind = ((await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule).createInstance({
      basePath: bundle,
      // The worker would cost another script download for a few dozen pages.
      noWorker: true,
      // Without a tag Pagefind asks for pagefind-entry.json?ts=<now>, which no cache can reuse;
      // with a fixed one the browser keeps it and the host has it revalidated (Cache-Control: no-cache).
      metaCacheTag: ENTRY_CACHE_TAG,
      excerptLength: 24,
      ranking: SEARCH_RANKING,
    });
    await pagefind.init();
    return pagefind;
  }

  async #matches(pagefind: PagefindInstance, term: string): Promise<PagefindMatch[]> {
    const search = await pagefind.search(term);
    // Score 0: the only match is in metadata weighted 0 (the twin's URL and title), which is not a match.
    return (search?.results ?? []).filter((result) => result.score > 0);
  }

  async #shape(matches: PagefindMatch[], limit: number, fallback: boolean, term: string): Promise<FoundResult[]> {
    const results = await Promise.all(matches.slice(0, limit).map(async (match) => toResult(await match.data(), fallback, term)));
    return results.filter((result) => result !== null);
  }
}
