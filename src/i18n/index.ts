import { en } from './en';
import { fr, type UiKey } from './fr';
import type { Lang } from './locales';
import { translator, type Translate as TranslateKeys } from './translate';

export type { UiKey } from './fr';
export { ISO_639_2, LANGS, isLang, otherLang, type Lang } from './locales';

export const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

export type Translate = TranslateKeys<UiKey>;

/**
 * The lookup for one language, with `{name}` placeholders and plurals (`count` picks `.one` or `.other`).
 * @example useTranslations('fr')('video.play', { title: 'CléGC' })
 * @example useTranslations('fr')('quickLinks.count', { count: 0 }) // '0 section affichée'
 */
export function useTranslations(lang: Lang): Translate {
  return translator(lang, dictionaries[lang]);
}

/**
 * The strings a browser script needs, as they stand in the dictionary, for its own translator():
 * a script carries those few strings, never a dictionary.
 */
export function scriptStrings<K extends UiKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, dictionaries[lang][key]])) as Record<K, string>;
}
