import type { MarkdownHeading } from 'astro';
import { join } from 'node:path';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { useTranslations } from './i18n';
import { LANGS, langOf, type Lang } from './i18n/locales';
import { changeEntries, changesFeed, checkChanges, type ChangeEntry } from './lib/changes';
import { examplesInProduction } from './lib/contact-settings';
import { ContentError } from './lib/content-error';
import type { Move } from './lib/host-redirects';
import { isoDay } from './lib/iso-day';
import { checkMoves } from './lib/moves';
import { unknownPages, type Notice } from './lib/notices';
import { linkableSections, pairSections } from './lib/sections';
import { checkTree, checkTwinTrees, readTree, stepSlug, troubleshooterStepUrl, type AnswerTarget, type Tree } from './lib/troubleshooter';
import { pairTwins, type Pairing } from './lib/twins';
import { articleUrl, changesFeedUrl, changesUrl, homeUrl, SITE_PAGES, sitePageAlternates, type SitePage } from './lib/urls';
import { readYaml } from './lib/yaml-source';
import { contentSourceProblems } from './pipeline/content-sources';
import { CONTENT_DIR, SITE } from './pipeline/site-config';
import { TOPICS, type Topic } from './schemas/article';
import type { ContactSettings } from './schemas/contact';
import { EDITOR_YAML, missingFile } from './schemas/editor-yaml';

/**
 * The content model: everything editors write (src/content.config.ts), paired and checked together once per
 * build. Pages, feeds and the host files are routes over it; none reads a collection itself.
 */
export interface Site {
  /** Both languages' articles, each with its twin, sorted by topic then order. */
  articles: Pairing<Article>;
  /** The articles' former addresses (`previousSlugs`) and where they lead now. */
  moves: Move[];
  notices: Notice[];
  troubleshooter: Record<Lang, Tree>;
  contact: ContactSettings;
  /** Every page search engines may list, by address: the sitemap and each page's hreflang links read it. */
  pages: Map<string, ListedPage>;
}

/** A page of the sitemap: its address in each language, the one for readers of neither, and its dates. */
export interface ListedPage {
  path: string;
  alternates: Record<Lang, string>;
  /** Where hreflang="x-default" points. */
  xDefault: string;
  /** When it was first published and last changed, YYYY-MM-DD: an article's own, the newest of its language's articles for another page. */
  dates: { issued: string; modified: string };
}

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

/** The moment of the build: without JavaScript, it decides which notices a page shows. */
export const BUILD_TIME = new Date();

let site: Promise<Site> | undefined;

/** The content model, built once per build. */
export function getSite(): Promise<Site> {
  // The dev server reads the content afresh on every page, and throws its problems into Astro's
  // error overlay: an editor sees them in the browser, not only in the terminal.
  if (import.meta.env.DEV) return load();
  site ??= load();
  return site;
}

async function load(): Promise<Site> {
  if (import.meta.env.DEV) {
    // The build runs these before Astro reads anything (src/integrations/content-checks.ts).
    const problems = contentSourceProblems(CONTENT_DIR);
    if (problems.length > 0) throw new ContentError(problems);
  }
  const articles = await loadArticles();
  const problems: string[] = [];
  for (const article of articles.articles('fr')) {
    const twin = articles.twinOf(article);
    const { pairs, problem } = pairSections(article, twin);
    if (problem) problems.push(problem);
    for (const [own, theirs] of pairs) {
      article.twinSectionIds.set(own, theirs);
      twin.twinSectionIds.set(theirs, own);
    }
  }
  const all = LANGS.flatMap((lang) => articles.articles(lang));
  problems.push(
    ...checkMoves(
      all.map((article) => ({
        ...article,
        ...article.entry.data,
        sectionIds: new Set(linkableSections(article.headings).map((heading) => heading.slug)),
      })),
    ),
    ...checkChanges(all),
  );
  const notices = await loadNotices(new Set(all.map((article) => article.translationKey)), problems);
  const troubleshooter = await loadTroubleshooter(articles, problems);
  const contact = await loadContact(problems);
  if (problems.length > 0) throw new ContentError(problems);
  const moves = all.flatMap((article) =>
    article.entry.data.previousSlugs.map((previous) => ({
      from: articleUrl(article.lang, previous),
      to: articleUrl(article.lang, article.slug),
      file: article.file,
    })),
  );
  return { articles, moves, notices, troubleshooter: troubleshooter!, contact: contact!, pages: listPages(articles, troubleshooter!) };
}

/** The pages of every route that search engines may list (redirects and the 404 page are not among them), in address order. */
function listPages(articles: Pairing<Article>, trees: Record<Lang, Tree>): Map<string, ListedPage> {
  const pair = (alternates: Record<Lang, string>, dates: (lang: Lang) => ListedPage['dates'], xDefault = alternates.fr) =>
    LANGS.map((lang): ListedPage => ({ path: alternates[lang], alternates, xDefault, dates: dates(lang) }));
  const languageDates = (lang: Lang) => siteDates(articles, lang);
  const homes = { fr: homeUrl('fr'), en: homeUrl('en') };
  const otherPages = (Object.keys(SITE_PAGES) as SitePage[]).filter((page) => page !== 'troubleshooter');
  const pages: ListedPage[] = [
    // The language page, in both languages at once.
    { path: '/', alternates: homes, xDefault: '/', dates: siteDates(articles, 'fr') },
    ...pair(homes, languageDates, '/'),
    ...articles.articles('fr').flatMap((article) => {
      const twin = articles.twinOf(article);
      return pair({ fr: articleUrl('fr', article.slug), en: articleUrl('en', twin.slug) }, (lang) => articleDates(lang === 'fr' ? article : twin));
    }),
    ...otherPages.flatMap((page) => pair(sitePageAlternates(page), languageDates)),
    ...trees.fr.steps.flatMap((_step, index) =>
      pair({ fr: troubleshooterStepUrl(trees.fr, index), en: troubleshooterStepUrl(trees.en, index) }, languageDates),
    ),
  ];
  return new Map(pages.sort((a, b) => a.path.localeCompare(b.path)).map((page) => [page.path, page]));
}

async function loadArticles(): Promise<Pairing<Article>> {
  const entries = await getCollection('articles');
  const articles = await Promise.all(
    entries.map(async (entry): Promise<Article> => {
      const lang = langOf(entry.id);
      if (!lang) throw new Error(`${entry.filePath}: articles live in content/fr/ or content/en/.`);
      const { headings } = await render(entry);
      const file = entry.filePath ?? entry.id;
      return { lang, translationKey: entry.data.translationKey, slug: entry.data.slug, file, entry, headings, twinSectionIds: new Map() };
    }),
  );
  articles.sort(
    (a, b) =>
      TOPICS.indexOf(a.entry.data.topic) - TOPICS.indexOf(b.entry.data.topic) || a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug),
  );
  return pairTwins(articles);
}

/** "file:line" of a field of a YAML entry, for the checks that need more than its own file. */
function locate(entry: { filePath?: string | undefined; body?: string | undefined }, path: readonly PropertyKey[]): string {
  return readYaml(entry.filePath!, entry.body ?? '').at(path);
}

async function loadNotices(translationKeys: ReadonlySet<string>, problems: string[]): Promise<Notice[]> {
  const entries = await getCollection('notices');
  return entries
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const { severity, start, end, covers, fr, en } = entry.data;
      problems.push(...unknownPages(covers.pages, translationKeys, (index) => locate(entry, ['covers', 'pages', index])));
      return { id: entry.id, file: entry.filePath!, severity, start, end, pages: covers.pages, topics: covers.topics, text: { fr, en } };
    });
}

async function loadTroubleshooter(articles: Pairing<Article>, problems: string[]): Promise<Record<Lang, Tree> | undefined> {
  const resolve = (lang: Lang, href: string): AnswerTarget | string => {
    const [, slug, section] = /^\/[a-z]+\/([^/]+)\/#(.+)$/.exec(href) ?? [];
    const article = articles.articles(lang).find((candidate) => candidate.slug === slug);
    if (!article) return `no article has the slug "${slug}". Copy the address of an existing article`;
    const ids = linkableSections(article.headings).map((heading) => heading.slug);
    if (!section || !ids.includes(section)) return `${article.file} has no section #${section}. Use one of its section ids: ${ids.join(', ')}`;
    return { translationKey: article.translationKey, section, twinSection: article.twinSectionIds.get(section) };
  };
  const found: string[] = [];
  const trees: Partial<Record<Lang, Tree>> = {};
  for (const lang of LANGS) {
    const id = `${lang}/${SITE_PAGES.troubleshooter[lang]}`;
    const entry = await getEntry('troubleshooter', id);
    if (!entry) {
      found.push(missingFile(join(CONTENT_DIR, `${id}.yaml`), EDITOR_YAML.troubleshooter));
      continue;
    }
    const tree = readTree(lang, entry.data, readYaml(entry.filePath!, entry.body ?? ''));
    found.push(...checkTree(tree, (href) => resolve(lang, href)));
    trees[lang] = tree;
  }
  if (found.length === 0) found.push(...checkTwinTrees(trees.fr!, trees.en!, resolve));
  problems.push(...found);
  return found.length === 0 ? (trees as Record<Lang, Tree>) : undefined;
}

async function loadContact(problems: string[]): Promise<ContactSettings | undefined> {
  const entry = await getEntry('contact', 'contact');
  if (!entry) {
    problems.push(missingFile(join(CONTENT_DIR, 'contact.yaml'), EDITOR_YAML.contact));
    return undefined;
  }
  // The repository cannot know DEC's real numbers, and no client may be sent to a fictional one.
  const refusal = examplesInProduction(entry.filePath!, entry.data, SITE);
  if (refusal) problems.push(refusal);
  return entry.data;
}

/** One language's articles grouped by topic, in the order of TOPICS; topics without an article are left out. */
export function groupByTopic(articles: readonly Article[]): { topic: Topic; articles: Article[] }[] {
  return TOPICS.map((topic) => ({ topic, articles: articles.filter((article) => article.entry.data.topic === topic) })).filter(
    (group) => group.articles.length > 0,
  );
}

/** When an article was first published (its oldest change) and last changed, YYYY-MM-DD. */
export function articleDates(article: Article): { issued: string; modified: string } {
  const { changes, dateModified } = article.entry.data;
  return { issued: changes.map((change) => change.date).sort()[0]!, modified: isoDay(dateModified) };
}

/** The same for a page that is not an article: the oldest and newest dates of the language's articles. */
export function siteDates(articles: Pairing<Article>, lang: Lang): { issued: string; modified: string } {
  const dates = articles.articles(lang).map(articleDates);
  return {
    issued: dates.map((date) => date.issued).sort()[0]!,
    modified: dates
      .map((date) => date.modified)
      .sort()
      .at(-1)!,
  };
}

/** The static paths of one language's troubleshooter: the first question at its root, every other step below. */
export async function troubleshooterPaths(lang: Lang) {
  const tree = (await getSite()).troubleshooter[lang];
  return tree.steps.map((_step, index) => ({ params: { step: stepSlug(tree, index) }, props: { lang, tree, index } }));
}

/** One language's changes, newest first, for its changes page and feed. */
export async function languageChanges(lang: Lang): Promise<ChangeEntry[]> {
  return changeEntries((await getSite()).articles.articles(lang));
}

/** One language's Atom feed of changes, with absolute URLs on `origin`. */
export async function languageFeed(lang: Lang, origin: URL): Promise<string> {
  const t = useTranslations(lang);
  const details = {
    site: origin,
    title: t('changes.feedTitle'),
    description: t('changes.description'),
    author: t('changes.author'),
    pageUrl: changesUrl(lang),
    feedUrl: changesFeedUrl(lang),
  };
  return changesFeed(details, await languageChanges(lang));
}
