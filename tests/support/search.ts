import type { Locator, Page } from '@playwright/test';
import { dictionaries, type Lang } from '../../src/i18n';
import { searchUrl } from '../../src/lib/urls';

/** Where each language's search lives, and the names its parts are announced by. */
export const SEARCH = {
  fr: { lang: 'fr', other: 'en', home: '/fr/', page: searchUrl('fr'), otherPage: searchUrl('en') },
  en: { lang: 'en', other: 'fr', home: '/en/', page: searchUrl('en'), otherPage: searchUrl('fr') },
} as const;

/** The search box of the page: its label is the same in the header and on the search page. */
export function searchBox(page: Page, lang: Lang): Locator {
  return page.getByRole('searchbox', { name: dictionaries[lang]['search.label'] });
}

/** The list of results, by its accessible name. */
export function resultsList(page: Page, lang: Lang): Locator {
  return page.getByRole('list', { name: dictionaries[lang]['search.results'] });
}

/** The live region that announces the count (or that nothing was found). */
export function searchStatus(page: Page): Locator {
  return page.locator('search-box [role=status]');
}

/** The search page's address for a query. */
export function searchPageFor(lang: Lang, query: string): string {
  return `${SEARCH[lang].page}?q=${encodeURIComponent(query)}`;
}

/**
 * A result's address without the words it carries for the article to highlight (`?highlight=`).
 * @example withoutHighlight('/en/gckey/?highlight=gckey#password-rules') // '/en/gckey/#password-rules'
 */
export function withoutHighlight(href: string | null): string | null {
  return href === null ? null : href.replace(/\?[^#]*/, '');
}

/** The first result's page, and its first (best) section when it has one, without their `?highlight=`. */
export async function topResult(page: Page, lang: Lang): Promise<{ page: string | null; section: string | null }> {
  const first = resultsList(page, lang).locator(':scope > li').first();
  const title = first.getByRole('link').first();
  await title.waitFor();
  const sections = first.locator('ul a');
  return {
    page: withoutHighlight(await title.getAttribute('href')),
    section: (await sections.count()) > 0 ? withoutHighlight(await sections.first().getAttribute('href')) : null,
  };
}
