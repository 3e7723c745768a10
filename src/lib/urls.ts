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

/** The support agents' page of every article and section link, in each language. */
export function quickLinksUrl(lang: Lang): string {
  return lang === 'fr' ? '/fr/liens-rapides/' : '/en/quick-links/';
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
  return lang === 'fr' ? '/fr/modifications/' : '/en/changes/';
}

/** The Atom feed of the same changes. */
export function changesFeedUrl(lang: Lang): string {
  return lang === 'fr' ? '/fr/modifications.xml' : '/en/changes.xml';
}

/** The outage and change notices page, in each language. */
export function noticesUrl(lang: Lang): string {
  return lang === 'fr' ? '/fr/avis/' : '/en/notices/';
}

/** The troubleshooter's folder in each language; its tree is content/<lang>/<slug>.yaml. */
export const TROUBLESHOOTER_SLUG = { fr: 'depannage', en: 'troubleshooting' } as const satisfies Record<Lang, string>;

/**
 * The troubleshooter's first question, or one of its later steps.
 * @example troubleshooterUrl('fr', 'appareil') // '/fr/depannage/appareil/'
 */
export function troubleshooterUrl(lang: Lang, stepId?: string): string {
  return `/${lang}/${TROUBLESHOOTER_SLUG[lang]}/${stepId ? `${stepId}/` : ''}`;
}
