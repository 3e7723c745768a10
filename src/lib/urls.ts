import { LANGS, type Lang } from '../i18n/locales.ts';

/** `/fr/` or `/en/`: a language's help home. */
export function homeUrl(lang: Lang): string {
  return `/${lang}/`;
}

/**
 * An article's URL, always with a trailing slash (the static host serves `…/index.html`).
 * @example articleUrl('fr', 'navigateurs') // '/fr/navigateurs/'
 */
export function articleUrl(lang: Lang, slug: string): string {
  return `/${lang}/${slug}/`;
}

/**
 * The route table: the site's own pages beside the articles, with their slug in each language (French
 * URLs in French). Their route files under src/pages/<lang>/ carry these names, and the base layout stops
 * the build when a page is published elsewhere than its links lead; no article may take one of these slugs
 * (src/lib/frontmatter-check.ts).
 */
export const SITE_PAGES = {
  search: { fr: 'recherche', en: 'search', name: 'the search page' },
  quickLinks: { fr: 'liens-rapides', en: 'quick-links', name: 'the quick links page' },
  changes: { fr: 'modifications', en: 'changes', name: 'the page of what changed' },
  notices: { fr: 'avis', en: 'notices', name: 'the notices page' },
  troubleshooter: { fr: 'depannage', en: 'troubleshooting', name: 'the troubleshooter' },
} as const satisfies Record<string, Record<Lang, string> & { name: string }>;
export type SitePage = keyof typeof SITE_PAGES;

/**
 * A site page's address in a language.
 * @example sitePageUrl('quickLinks', 'fr') // '/fr/liens-rapides/'
 */
export function sitePageUrl(page: SitePage, lang: Lang): string {
  return `/${lang}/${SITE_PAGES[page][lang]}/`;
}

/** The site page whose address an article with this slug would take, if any. */
export function reservedBy(lang: Lang, slug: string): SitePage | undefined {
  return (Object.keys(SITE_PAGES) as SitePage[]).find((page) => SITE_PAGES[page][lang] === slug);
}

/** A site page's address in every language: its hreflang alternates. */
export function sitePageAlternates(page: SitePage): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, sitePageUrl(page, lang)])) as Record<Lang, string>;
}

/**
 * The search page of a language; `?q=` holds the query.
 * @example searchUrl('fr') // '/fr/recherche/'
 */
export function searchUrl(lang: Lang): string {
  return sitePageUrl('search', lang);
}

/** The support agents' page of every article and section link, in each language. */
export function quickLinksUrl(lang: Lang): string {
  return sitePageUrl('quickLinks', lang);
}

/** Joins a site origin and a root-relative path, for absolute URLs in alternates and copy links. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

const SITE_PATH = new RegExp(`^/(?:${LANGS.join('|')})/(?![/\\\\])[^\\s\\\\]*$`);

/**
 * True for a root-relative path of the site in one of its languages, which can
 * lead nowhere else: not `//host/…`, not a scheme, no backslash (browsers read it as `/`).
 * @example isSitePath('/fr/cle-gc/#regles') // true
 * @example isSitePath('javascript:alert(1)') // false
 */
export function isSitePath(url: string): boolean {
  return SITE_PATH.test(url);
}

/** The support agents' page of what changed in the articles, newest first. */
export function changesUrl(lang: Lang): string {
  return sitePageUrl('changes', lang);
}

/** The Atom feed of the same changes. */
export function changesFeedUrl(lang: Lang): string {
  return `/${lang}/${SITE_PAGES.changes[lang]}.xml`;
}

/** The outage and change notices page, in each language. */
export function noticesUrl(lang: Lang): string {
  return sitePageUrl('notices', lang);
}

/**
 * The troubleshooter's first question, or one of its later steps; its tree is content/<lang>/<slug>.yaml.
 * @example troubleshooterUrl('fr', 'appareil') // '/fr/depannage/appareil/'
 */
export function troubleshooterUrl(lang: Lang, stepId?: string): string {
  return `${sitePageUrl('troubleshooter', lang)}${stepId ? `${stepId}/` : ''}`;
}
