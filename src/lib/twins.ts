import { LANGS, LANGUAGE_NAMES, otherLang, type Lang } from '../i18n/locales';
import { ContentError } from './content-error';
import { articleUrl } from './urls';

/** What pairing needs to know of one article; the content layer supplies it. */
export interface ArticleRecord {
  lang: Lang;
  translationKey: string;
  slug: string;
  /** Source file, relative to the project, for error messages. */
  file: string;
}

/** Both languages' articles, each with its twin. */
export interface Pairing<T extends ArticleRecord> {
  /** One language's articles, in the order given. */
  articles(lang: Lang): T[];
  /** The article's twin in the other language (always present once built). */
  twinOf(article: T): T;
  /** Look an article up by its shared key. */
  byKey(lang: Lang, translationKey: string): T | undefined;
}

/**
 * Pairs French and English twins by `translationKey`, and refuses content
 * where a twin is missing or a slug or key is used twice in one language.
 */
export function pairTwins<T extends ArticleRecord>(records: readonly T[]): Pairing<T> {
  const problems: string[] = [];
  const keyed = new Map<Lang, Map<string, T>>(LANGS.map((lang) => [lang, new Map()]));
  const slugged = new Map<Lang, Map<string, T>>(LANGS.map((lang) => [lang, new Map()]));

  for (const record of records) {
    const byKey = keyed.get(record.lang)!;
    const bySlug = slugged.get(record.lang)!;
    const sameKey = byKey.get(record.translationKey);
    if (sameKey) {
      problems.push(
        `${record.file}: translationKey "${record.translationKey}" is already used by ${sameKey.file}. Each article in a language needs its own key; give one of them a different translationKey (and the same to its twin).`,
      );
    } else byKey.set(record.translationKey, record);
    const sameSlug = bySlug.get(record.slug);
    if (sameSlug) {
      problems.push(
        `${record.file}: slug "${record.slug}" is already used by ${sameSlug.file}, so both would be published at ${articleUrl(record.lang, record.slug)}. Choose another slug for one of them.`,
      );
    } else bySlug.set(record.slug, record);
  }

  for (const record of records) {
    const twinLang = otherLang(record.lang);
    if (!keyed.get(twinLang)!.has(record.translationKey)) {
      problems.push(
        `${record.file}: no ${LANGUAGE_NAMES[twinLang]} twin. Add content/${twinLang}/<slug>.mdx with "translationKey: ${record.translationKey}": npm run new -- ${record.translationKey} --${twinLang} <${LANGUAGE_NAMES[twinLang].toLowerCase()}-slug> writes it.`,
      );
    }
  }

  if (problems.length > 0) throw new ContentError(problems);

  return {
    articles: (lang) => records.filter((record) => record.lang === lang),
    twinOf: (article) => keyed.get(otherLang(article.lang))!.get(article.translationKey)!,
    byKey: (lang, translationKey) => keyed.get(lang)!.get(translationKey),
  };
}
