import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { LANGS } from '../i18n/locales';
import type { ListedPage } from '../model';

// The sitemap with the `sitemap` package, as @astrojs/sitemap writes it, but from the content model: that integration
// knows only the built files, whose twins here have other slugs, so their pairs had to be read back from the HTML.

/** The one sitemap file, named as @astrojs/sitemap named it, so that its published address stays. */
export const SITEMAP_FILE = '/sitemap-0.xml';

/**
 * The sitemap of the listed pages: each with its hreflang alternates, x-default included, and its last change.
 * One file holds 50 000 addresses, far more than the site will have.
 */
export async function sitemapXml(pages: Iterable<ListedPage>, site: URL): Promise<string> {
  const items = [...pages].map((page): SitemapItemLoose => ({
    url: page.path,
    lastmod: page.dates.modified,
    links: [...LANGS.map((lang) => ({ lang, url: page.alternates[lang] })), { lang: 'x-default', url: page.xDefault }],
  }));
  const stream = new SitemapStream({ hostname: site.href, lastmodDateOnly: true, xmlns: { xhtml: true, news: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}

/** The sitemap index: the address search consoles are given, pointing at the sitemap files. */
export async function sitemapIndexXml(files: readonly string[], site: URL): Promise<string> {
  const stream = new SitemapIndexStream();
  return (await streamToPromise(Readable.from(files.map((file) => ({ url: new URL(file, site).href }))).pipe(stream))).toString();
}
