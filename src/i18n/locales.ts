/** The site's languages, French first (the source language). */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language a path starts with: a page's address or a file's path in the content folder.
 * @example langOf('/en/gckey/') // 'en'
 * @example langOf('fr/cle-gc.mdx') // 'fr'
 */
export function langOf(path: string): Lang | undefined {
  const [first, ...rest] = path.replace(/^\//, '').split('/');
  return rest.length > 0 && isLang(first) ? first : undefined;
}

/** Each language's name in English, for the build's and the scripts' messages (which are in English). */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

/** Each language's ISO 639-2/T code, as Canada.ca's `dcterms.language` metadata writes it. */
export const ISO_639_2: Record<Lang, string> = { fr: 'fra', en: 'eng' };

/** The other official language: every page has exactly one twin. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
