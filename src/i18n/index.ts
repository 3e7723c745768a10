import { en } from './en';
import { fr, type UiKey } from './fr';
import type { Lang } from './locales';

export type { UiKey } from './fr';
export { LANGS, isLang, otherLang, type Lang } from './locales';

export const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * The lookup for one language, with `{name}` placeholders.
 * @example useTranslations('fr')('video.play', { title: 'CléGC' })
 */
export function useTranslations(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  return (key, params = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`UI string "${key}" (${lang}) needs the parameter {${name}}.`);
      return String(value);
    });
}
