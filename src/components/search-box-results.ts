// The results side of <search-box> (SearchBox.astro), loaded on the box's first focus or input.
import type { UiKey } from '../i18n';
import { translator, type Translate } from '../i18n/translate';
import { PagefindSearch, searchable, type Found } from '../browser/search-client';
import type { QueryWords } from '../lib/query';

/** The UI strings the results use, handed over by SearchBox.astro (`data-strings`). */
export const RESULT_STRINGS = [
  'search.searching',
  'search.count.one',
  'search.count.other',
  'search.none',
  'search.fallback.one',
  'search.fallback.other',
  'search.error',
  'search.browse',
  'search.all',
  'search.sections',
  'search.asTyped',
] as const satisfies readonly UiKey[];

/** On the search page, `?verbatim` searches the query as typed, with no word corrected (the link a correction offers). */
export const AS_TYPED_PARAM = 'verbatim';

/**
 * A dropdown shows the best three, then a link to all the results on the search page, which shows ten: on
 * a phone, three results with their excerpt and sections fill the screen, and each one shown costs its
 * fragment (1.3 to 3.6 kB) on the first search (npm run bench:search).
 */
const LIMIT = { dropdown: 3, page: 10 } as const;
/** The count waits for a pause this short before it is announced, so a screen reader is not interrupted at every key. */
const ANNOUNCE_AFTER_MS = 500;
/**
 * A search waits for a pause in typing this long (Pagefind's own debounced search waits 300 ms): each
 * search fetches the fragments of its results, so searching at every key of "mot de passe" fetched the
 * results of "mot", "mot de" and "mot de pa" that nobody reads (npm run bench:search).
 */
export const TYPING_PAUSE_MS = 200;

/** A new element with its properties and children. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Results as you type, from this page's language first, then the twin pages
 * of the other language's matches; arrow keys and Escape; ?q= on the search page.
 */
class SearchResults {
  readonly #box: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #panel: HTMLElement;
  readonly #message: HTMLElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #correction: HTMLElement;
  readonly #help: HTMLElement;
  readonly #t: Translate<(typeof RESULT_STRINGS)[number]>;
  readonly #search: PagefindSearch;
  readonly #isPage: boolean;
  #run = 0;
  #announce: number | undefined;
  /** The search page was opened to search its query as typed. */
  #asTyped: boolean;

  constructor(box: HTMLElement) {
    this.#box = box;
    this.#input = box.querySelector('[data-search-input]')!;
    this.#panel = box.querySelector('[data-search-panel]')!;
    this.#message = box.querySelector('[data-search-message]')!;
    this.#status = box.querySelector('[data-search-status]')!;
    this.#list = box.querySelector('[data-search-results]')!;
    this.#correction = box.querySelector('[data-search-correction]')!;
    this.#help = box.querySelector('[data-search-help]')!;
    this.#isPage = box.dataset['variant'] === 'page';
    this.#asTyped = this.#isPage && new URLSearchParams(location.search).has(AS_TYPED_PARAM);
    // The box's language: a page may hold a box in each (the not-found page).
    const lang = box.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    this.#t = translator(lang, JSON.parse(box.dataset['strings']!) as Record<(typeof RESULT_STRINGS)[number], string>);
    this.#search = new PagefindSearch(box.dataset['bundle']!, box.dataset['otherBundle']!, JSON.parse(box.dataset['queryWords']!) as QueryWords);
    void this.#search.load();

    this.#input.addEventListener('focus', () => {
      if (this.#list.childElementCount > 0) this.#open(true);
    });
    this.#input.addEventListener('input', () => {
      this.#asTyped = false;
      void this.#update();
    });
    box.addEventListener('keydown', (event) => this.#onKey(event));
    box.addEventListener('focusout', (event) => {
      if (!this.#isPage && !box.contains(event.relatedTarget as Node | null)) this.#open(false);
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.#isPage && !box.contains(event.target as Node)) this.#open(false);
    });
    box.querySelector('form')!.addEventListener('submit', (event) => {
      // The search page answers in place; a dropdown box goes there, ?q= and all.
      if (this.#isPage) {
        event.preventDefault();
        void this.#update(false); // asked for: no pause to wait for
      }
    });
    if (this.#input.value) void this.#update(false);
  }

  /** Searches the box's query, after a pause in typing unless `pause` is false (the query was submitted, or came with the page). */
  async #update(pause = true) {
    const run = ++this.#run;
    const current = () => run === this.#run;
    const query = this.#input.value;
    if (this.#isPage) this.#remember(query);
    this.#correction.hidden = true;
    this.#help.hidden = true;
    if (!searchable(query)) {
      this.#show([], '');
      this.#noResult(null);
      return;
    }
    this.#say(this.#t('search.searching'), false);
    if (pause) await new Promise((resolve) => window.setTimeout(resolve, TYPING_PAUSE_MS));
    if (!current()) return; // another key came
    let found: Found | null;
    try {
      found = await this.#search.find(query, LIMIT[this.#isPage ? 'page' : 'dropdown'], current, this.#asTyped);
    } catch {
      if (!current()) return;
      this.#help.hidden = false;
      this.#show([], this.#t('search.error'), this.#browse());
      return;
    }
    if (!found || !current()) return; // a newer query is on its way
    const { total, fallback, corrected, problem, results } = found;
    const typed = searchable(query);
    const params = { count: total, query: corrected ?? typed };
    const action = this.#box.querySelector('form')!.getAttribute('action')!;
    // A corrected query offers the search as typed, on the search page.
    const asTyped = corrected ? this.#t('search.asTyped', { query: typed }) : '';
    const link = this.#correction.querySelector('a')!;
    link.textContent = asTyped;
    link.href = `${action}?${new URLSearchParams({ q: typed, [AS_TYPED_PARAM]: '' })}`;
    this.#correction.hidden = !corrected;
    this.#help.hidden = total > 0 && !problem;
    this.#noResult(total === 0 ? typed : null);
    if (total === 0) {
      this.#show([], this.#t('search.none', params), this.#browse());
      return;
    }
    // More than the dropdown shows: the search page lists them all.
    const searchPage = `${action}?${new URLSearchParams({ q: typed })}`;
    const more = !this.#isPage && total > results.length ? { href: searchPage, text: this.#t('search.all', { count: total }) } : undefined;
    this.#show(results, this.#t(fallback ? 'search.fallback' : 'search.count', params), more, asTyped);
  }

  /** Tells the page (SearchFeedback.astro, on the search page) which query found nothing, or that none did. */
  #noResult(query: string | null) {
    if (this.#isPage) dispatchEvent(new CustomEvent('help:search-none', { detail: query }));
  }

  /** The last item offered when nothing is found: every topic. */
  #browse() {
    return { href: this.#box.dataset['browse']!, text: this.#t('search.browse') };
  }

  /** Renders results, then `last` if given, with DOM methods only: no query or page text is ever parsed as HTML. */
  #show(results: Found['results'], message: string, last?: { href: string; text: string }, more = '') {
    const items = results.map((result) => {
      const item = element('li', { className: 'result' }, element('a', { className: 'result-title', href: result.url, textContent: result.title }));
      if (result.excerpt) {
        item.append(
          element('p', { className: 'excerpt' }, ...result.excerpt.map((part) => (part.mark ? element('mark', { textContent: part.text }) : part.text))),
        );
      }
      if (result.sections.length > 0) {
        const sections = element(
          'ul',
          { className: 'sections' },
          ...result.sections.map(({ url, title }) => element('li', {}, element('a', { href: url, textContent: title }))),
        );
        sections.setAttribute('aria-label', this.#t('search.sections', { title: result.title }));
        item.append(sections);
      }
      return item;
    });
    if (last) items.push(element('li', { className: 'browse' }, element('a', { href: last.href, textContent: last.text })));
    this.#list.replaceChildren(...items);
    this.#say(message, true, more);
    this.#open(items.length > 0 || message !== '');
  }

  /** Shows the message at once; announces it, with `more` (the correction's offer), once typing pauses. */
  #say(message: string, announce: boolean, more = '') {
    window.clearTimeout(this.#announce);
    this.#message.textContent = message;
    if (announce) this.#announce = window.setTimeout(() => (this.#status.textContent = more ? `${message} ${more}` : message), ANNOUNCE_AFTER_MS);
  }

  #open(open: boolean) {
    this.#list.hidden = !open || this.#list.childElementCount === 0;
    this.#panel.toggleAttribute('data-open', open);
    if (!open) {
      window.clearTimeout(this.#announce);
      this.#status.textContent = '';
    }
  }

  #onKey(event: KeyboardEvent) {
    // Every link the panel offers: the correction's and the help's when shown, then the results.
    const links = [...this.#panel.querySelectorAll('a')].filter((link) => !link.closest('[data-search-correction][hidden], [data-search-help][hidden]'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inInput = event.target === this.#input;
    if (event.key === 'Escape') {
      if (this.#panel.hasAttribute('data-open') && !this.#isPage) {
        event.preventDefault();
        this.#open(false);
        this.#input.focus();
      } else if (at >= 0) {
        event.preventDefault();
        this.#input.focus();
      }
      return;
    }
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || (!inInput && at < 0) || links.length === 0) return;
    event.preventDefault();
    this.#open(true);
    const down = event.key === 'ArrowDown';
    if (inInput) links[down ? 0 : links.length - 1]!.focus();
    else if (down) links[(at + 1) % links.length]!.focus();
    else if (at === 0) this.#input.focus();
    else links[at - 1]!.focus();
  }

  /**
   * Keeps ?q= in the address of the search page, so a search can be shared, and says so: the language
   * toggle, which alone sets where it leads (LanguageToggle.astro), carries the query to the twin.
   */
  #remember(query: string) {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (!this.#asTyped) url.searchParams.delete(AS_TYPED_PARAM);
    history.replaceState(history.state, '', url);
    dispatchEvent(new Event('help:query-change'));
  }
}

/** Takes over a <search-box>: the form keeps working as it did, results come on top. */
export function enhance(box: HTMLElement): void {
  new SearchResults(box);
}
