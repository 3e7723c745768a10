import { dictionaries, useTranslations } from '../i18n';
import { otherLang, type Lang } from '../i18n/locales';

/**
 * The attributes `<section-copy>` (src/components/section-links.ts) reads on a page in
 * `lang`: the section's address in each language it is given, and the words it copies
 * and announces. Shared by the quick-links page and the article headings.
 * @example sectionCopyData('fr', { fr: '/fr/cle-gc/#regles', en: '/en/gckey/#rules' })['data-own-lang'] // 'fr'
 */
export function sectionCopyData(lang: Lang, links: Partial<Record<Lang, string>>): Record<`data-${string}`, string> {
  const t = useTranslations(lang);
  return {
    ...Object.fromEntries(Object.entries(links).map(([code, link]) => [`data-${code}`, link])),
    'data-own-lang': lang,
    'data-twin-lang': otherLang(lang),
    'data-label-fr': dictionaries.fr['sectionLink.pairLabel'],
    'data-label-en': dictionaries.en['sectionLink.pairLabel'],
    'data-copied': t('sectionLink.copied'),
    'data-copied-both': t('sectionLink.copiedBoth'),
    'data-failed': t('sectionLink.copyFailed'),
  };
}
