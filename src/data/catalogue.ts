import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../i18n/locales';
import { buildCatalogue, type Catalogue } from '../lib/catalogue';
import { SECTIONS } from '../lib/article-schema';

export interface Article {
  lang: Lang;
  translationKey: string;
  slug: string;
  file: string;
  entry: CollectionEntry<'articles'>;
}

let catalogue: Promise<Catalogue<Article>> | undefined;

/** All articles, paired and sorted by section then order; built once per build. */
export function getCatalogue(): Promise<Catalogue<Article>> {
  catalogue ??= load();
  return catalogue;
}

async function load(): Promise<Catalogue<Article>> {
  const entries = await getCollection('articles');
  const articles = entries.map((entry): Article => {
    const lang = entry.id.split('/')[0];
    if (!isLang(lang)) throw new Error(`${entry.filePath}: articles live in content/fr/ or content/en/.`);
    return { lang, translationKey: entry.data.translationKey, slug: entry.data.slug, file: entry.filePath ?? entry.id, entry };
  });
  articles.sort(
    (a, b) =>
      SECTIONS.indexOf(a.entry.data.section) - SECTIONS.indexOf(b.entry.data.section) ||
      a.entry.data.order - b.entry.data.order ||
      a.slug.localeCompare(b.slug),
  );
  return buildCatalogue(articles);
}
