import type { SitemapItem } from '@astrojs/sitemap';
import type { ParsedPage } from './html-checks';

/**
 * Sitemap alternates taken from each page's own hreflang links, so the sitemap
 * pairs exactly the twins the pages announce (the sitemap integration alone
 * pairs only identical paths, and ours differ by language).
 */
export function sitemapAlternates() {
  let byUrl = new Map<string, SitemapItem['links']>();
  let redirects = new Set<string>();
  return {
    collect(pages: ReadonlyMap<string, ParsedPage>) {
      byUrl = new Map();
      redirects = new Set([...pages.values()].filter((page) => page.redirectTo).map((page) => page.path));
      for (const page of pages.values()) {
        if (page.canonical)
          byUrl.set(
            page.canonical,
            page.alternates.map(({ hreflang, href }) => ({ lang: hreflang, url: href })),
          );
      }
    },
    /** Leaves the 404 page and the redirect pages of moved articles out of the sitemap. */
    include(url: string): boolean {
      const path = new URL(url).pathname;
      return path !== '/404/' && !redirects.has(path);
    },
    serialize(item: SitemapItem): SitemapItem {
      const links = byUrl.get(item.url);
      return links ? { ...item, links } : item;
    },
  };
}
