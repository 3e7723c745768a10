import { correctable, readQuery, type Query, type QueryWords } from '../lib/query';
import { SEARCH_HIGHLIGHT_PARAM, SEARCH_META, SEARCH_RANKING, SEARCH_ROLE_FILTER, type SearchRole } from '../lib/search';
import { isSitePath } from '../lib/urls';
import { foldWord, sharedPrefix, STEM_PREFIX, STOP_WORDS } from '../lib/stop-words';

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
  /** The query as searched when a word of it was corrected ("mot de passe oublié" for "mot de pase oublie"). */
  corrected?: string;
  /** Whether the query is about a problem ("je n’arrive pas à me connecter", "code not working"). */
  problem: boolean;
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
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindMatch[] } | null>;
}
interface PagefindMatch {
  id: string;
  score: number;
  /** The metadata fields the query matched: "title" when it names the page. */
  matchedMetaFields?: string[];
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
 * first call to `load` or `find`, and the other language's only if needed;
 * the word list for spelling correction only when a query has a word the index does not know.
 */
export class PagefindSearch {
  #own: Promise<PagefindInstance> | undefined;
  #other: Promise<PagefindInstance> | undefined;

  constructor(
    private readonly bundle: string,
    private readonly otherBundle: string,
    /** The page's language's query words (src/lib/query-words.ts). */
    private readonly words: QueryWords,
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
   * Pagefind loads must not fetch the results of every keystroke. A word the
   * index does not know is corrected, unless `asTyped`.
   */
  async find(query: string, limit: number, wanted: () => boolean = () => true, asTyped = false): Promise<Found | null> {
    const term = searchable(query);
    const own = await this.load();
    const typed = readQuery(term, this.words);
    let read = typed;
    let corrected: string | undefined;
    let matches = await this.#matches(own, read);
    const unknown = asTyped ? [] : await this.#unknown(own, read.words);
    if (unknown.length > 0) {
      const correction = await this.#correct(term, unknown);
      if (correction) {
        read = readQuery(correction, this.words);
        matches = await this.#matches(own, read);
        corrected = correction;
      }
    }
    if (!wanted()) return null;
    if (matches.length > 0) {
      const results = await this.#shape(matches, limit, false, read.words.join(' '));
      return { total: matches.length, fallback: false, ...(corrected ? { corrected } : {}), problem: read.problem, results };
    }
    if (!this.#other) {
      this.#other = this.#instance(this.otherBundle);
      this.#other.catch(() => (this.#other = undefined));
    }
    const other = await this.#matches(await this.#other, typed);
    if (!wanted()) return null;
    const results = await this.#shape(other, limit, true, typed.words.join(' '));
    // Two matches in the other language may share one twin: count the pages offered.
    const unique = results.filter((result, index) => results.findIndex((candidate) => candidate.url === result.url) === index);
    return { total: unique.length, fallback: unique.length > 0, problem: typed.problem, results: unique };
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
      // Results lead to the article with the searched words in ?highlight=, which it highlights (SearchHighlight.astro).
      highlightParam: SEARCH_HIGHLIGHT_PARAM,
    });
    await pagefind.init();
    return pagefind;
  }

  /**
   * A query's matches, best first. For a query about a problem, the pages that answer problems and whose title it
   * names come first (the page written for that problem), and a page about the help centre itself (the accessibility
   * statement, notices…) comes last unless it names that page, and not at all for a problem in general ("I get an
   * error"). A score of 0 means the only match is in metadata weighted 0 (the twin's URL and title): no match.
   */
  async #matches(pagefind: PagefindInstance, query: Query): Promise<PagefindMatch[]> {
    const term = query.words.join(' ');
    const role = async (value: SearchRole, wanted: boolean) =>
      new Set(wanted ? (await pagefind.search(term, { filters: { [SEARCH_ROLE_FILTER]: value } }))?.results.map((result) => result.id) : []);
    const [all, problems, about] = await Promise.all([pagefind.search(term), role('problem', query.problem), role('about', query.problem)]);
    const named = (match: PagefindMatch) => !!match.matchedMetaFields?.includes('title');
    const rank = (match: PagefindMatch) => (problems.has(match.id) && named(match) ? 0 : about.has(match.id) && !named(match) ? (query.general ? 3 : 2) : 1);
    const matches = (all?.results ?? []).filter((result) => result.score > 0 && rank(result) < 3);
    return [0, 1, 2].flatMap((place) => matches.filter((match) => rank(match) === place));
  }

  /** The words of a query that the index does not know (not even by their stem), among those the search may correct. */
  async #unknown(pagefind: PagefindInstance, words: string[]): Promise<string[]> {
    const candidates = words.filter(correctable);
    const found = await Promise.all(candidates.map((word) => pagefind.search(`"${word}"`)));
    return candidates.filter((_, index) => !found[index]?.results.some((result) => result.score > 0));
  }

  /** The query corrected from the word list, with the code that reads it, both loaded the first time they are needed; null on failure. */
  async #correct(query: string, unknown: string[]): Promise<string | null> {
    try {
      return await (await import('./search-refinements')).corrected(this.bundle, query, unknown);
    } catch {
      // Offline, say: the query is searched as typed, and the next one tries again.
      return null;
    }
  }

  /** The first `limit` results, ties in `byTitle` order (search-refinements.ts). */
  async #shape(matches: PagefindMatch[], limit: number, fallback: boolean, term: string): Promise<FoundResult[]> {
    // A tie that the limit would cut is read whole, so that its order can be settled.
    let end = Math.min(limit, matches.length);
    while (end > 0 && end < matches.length && tied(matches[end - 1]!, matches[end]!)) end++;
    const pages = await Promise.all(matches.slice(0, end).map(async (match) => ({ match, data: await match.data() })));
    // The order of ties is settled by code loaded only when there are some.
    const ties = pages.some((page, index) => index > 0 && tied(pages[index - 1]!.match, page.match));
    return (ties ? (await import('./search-refinements')).byTitle(pages, term, tied) : pages)
      .map(({ data }) => toResult(data, fallback, term))
      .filter((result) => result !== null)
      .slice(0, limit);
  }
}

/** Pagefind scores pages that match a query alike within a hair of each other (their length alone differs): a tie. */
const TIE = 0.001;
export const tied = (a: { score: number }, b: { score: number }) => Math.abs(a.score - b.score) <= TIE * Math.max(a.score, b.score);
