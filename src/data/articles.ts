import type { MarkdownHeading } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../i18n/locales';
import { TOPICS, type Topic } from '../lib/article-schema';
import { checkChanges } from '../lib/changes';
import { ContentError } from '../lib/content-error';
import { contentSourceProblems } from '../pipeline/content-sources';
import { checkMoves } from '../lib/moves';
import { CONTENT_DIR } from '../pipeline/site-config';
import { linkableSections, pairSections } from '../lib/sections';
import { pairTwins, type Pairing } from '../lib/twins';

export interface Article {
  lang: Lang;
  translationKey: string;
  slug: string;
  file: string;
  entry: CollectionEntry<'articles'>;
  headings: MarkdownHeading[];
  /** This article's section ids mapped to its twin's, for links that switch language. */
  twinSectionIds: Map<string, string>;
}

let pairing: Promise<Pairing<Article>> | undefined;

/** One language's articles grouped by topic, in the order of TOPICS; topics without an article are left out. */
export function groupByTopic(articles: readonly Article[]): { topic: Topic; articles: Article[] }[] {
  return TOPICS.map((topic) => ({ topic, articles: articles.filter((article) => article.entry.data.topic === topic) })).filter(
    (group) => group.articles.length > 0,
  );
}

/** When an article was first published (its oldest change) and last changed, YYYY-MM-DD. */
export function articleDates(article: Article): { issued: string; modified: string } {
  const { changes, dateModified } = article.entry.data;
  return { issued: changes.map((change) => change.date).sort()[0]!, modified: dateModified.toISOString().slice(0, 10) };
}

/** The same for a page that is not an article: the oldest and newest dates of the language's articles. */
export function siteDates(pairing: Pairing<Article>, lang: Lang): { issued: string; modified: string } {
  const dates = pairing.articles(lang).map(articleDates);
  return {
    issued: dates.map((date) => date.issued).sort()[0]!,
    modified: dates
      .map((date) => date.modified)
      .sort()
      .at(-1)!,
  };
}

/** All articles, paired (pages and sections) and sorted by topic then order; built once per build. */
export function getArticles(): Promise<Pairing<Article>> {
  // The dev server reads the content afresh on every page, and throws its problems into Astro's
  // error overlay: an editor sees them in the browser, not only in the terminal.
  if (import.meta.env.DEV) return load();
  pairing ??= load();
  return pairing;
}

async function load(): Promise<Pairing<Article>> {
  if (import.meta.env.DEV) {
    const problems = contentSourceProblems(CONTENT_DIR);
    if (problems.length > 0) throw new ContentError(problems);
  }
  const entries = await getCollection('articles');
  const articles = await Promise.all(
    entries.map(async (entry): Promise<Article> => {
      const lang = entry.id.split('/')[0];
      if (!isLang(lang)) throw new Error(`${entry.filePath}: articles live in content/fr/ or content/en/.`);
      const { headings } = await render(entry);
      const file = entry.filePath ?? entry.id;
      return { lang, translationKey: entry.data.translationKey, slug: entry.data.slug, file, entry, headings, twinSectionIds: new Map() };
    }),
  );
  articles.sort(
    (a, b) =>
      TOPICS.indexOf(a.entry.data.topic) - TOPICS.indexOf(b.entry.data.topic) || a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug),
  );
  const paired = pairTwins(articles);
  const problems: string[] = [];
  for (const article of paired.articles('fr')) {
    const twin = paired.twinOf(article);
    const { pairs, problem } = pairSections(article, twin);
    if (problem) problems.push(problem);
    for (const [own, theirs] of pairs) {
      article.twinSectionIds.set(own, theirs);
      twin.twinSectionIds.set(theirs, own);
    }
  }
  problems.push(
    ...checkMoves(
      articles.map((article) => ({
        ...article,
        ...article.entry.data,
        sectionIds: new Set(linkableSections(article.headings).map((heading) => heading.slug)),
      })),
    ),
  );
  problems.push(...checkChanges(articles));
  if (problems.length > 0) throw new ContentError(problems);
  return paired;
}
