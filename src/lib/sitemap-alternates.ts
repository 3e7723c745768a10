import type { SitemapItem } from '@astrojs/sitemap';
import type { ParsedPage } from './html-checks';

/**
 * Sitemap alternates taken from each page's own hreflang links, so the sitemap
 * pairs exactly the twins the pages announce (the sitemap integration alone
 * pairs only identical paths, and ours differ by language).
 */
export function sitemapAlternates() {
  let byUrl = new Map<string, SitemapItem['links']>();
  return {
    collect(pages: ReadonlyMap<string, ParsedPage>) {
      byUrl = new Map();
      for (const page of pages.values()) {
        if (page.canonical)
          byUrl.set(
            page.canonical,
            page.alternates.map(({ hreflang, href }) => ({ lang: hreflang, url: href })),
          );
      }
    },
    serialize(item: SitemapItem): SitemapItem {
      const links = byUrl.get(item.url);
      return links ? { ...item, links } : item;
    },
  };
}
