import type { Lang } from '../i18n/locales';

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

/** The support agents' page of every article and section link, in each language. */
export function quickLinksUrl(lang: Lang): string {
  return lang === 'fr' ? '/fr/liens-rapides/' : '/en/quick-links/';
}

/** Joins a site origin and a root-relative path, for absolute URLs in alternates and copy links. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** The outage and change notices page, in each language. */
export function noticesUrl(lang: Lang): string {
  return lang === 'fr' ? '/fr/avis/' : '/en/notices/';
}
