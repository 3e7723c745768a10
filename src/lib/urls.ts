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

/** The troubleshooter's folder in each language; its tree is content/<lang>/<slug>.yaml. */
export const TROUBLESHOOTER_SLUG = { fr: 'depannage', en: 'troubleshooting' } as const satisfies Record<Lang, string>;

/**
 * The troubleshooter's first question, or one of its later steps.
 * @example troubleshooterUrl('fr', 'appareil') // '/fr/depannage/appareil/'
 */
export function troubleshooterUrl(lang: Lang, stepId?: string): string {
  return `/${lang}/${TROUBLESHOOTER_SLUG[lang]}/${stepId ? `${stepId}/` : ''}`;
}
