import type { MarkdownHeading } from 'astro';
import { Feed } from 'feed';
import type { Lang } from '../i18n/locales';
import type { ArticleData } from '../schemas/article';
import { frenchSpacing } from './french-typography';
import { isoDay } from './iso-day';
import { linkableSections } from './sections';
import { absoluteUrl, articleUrl } from './urls';

/** What the "what changed" list needs of one article; the articles of src/model.ts have this shape. */
export interface ChangeSource {
  lang: Lang;
  file: string;
  slug: string;
  entry: { data: Pick<ArticleData, 'title' | 'dateModified' | 'changes' | 'sectionAliases'> };
  headings: readonly MarkdownHeading[];
}

/** One line of a language's changes page and feed. */
export interface ChangeEntry {
  /** YYYY-MM-DD */
  date: string;
  article: { title: string; url: string };
  section?: { id: string; title: string; url: string };
  summary: string;
}

/** The section a change names, through sectionAliases when it was renamed since. */
function sectionOf(source: ChangeSource, id: string): MarkdownHeading | undefined {
  const sections = linkableSections(source.headings);
  const current = source.entry.data.sectionAliases[id] ?? id;
  return sections.find((heading) => heading.slug === current);
}

/**
 * Refuses a `changes` list that does not account for `dateModified` (its newest
 * entry must carry that date, so dateModified cannot move without a line saying
 * what changed), two lines for one section on one day, and a `sectionId` the
 * article does not have.
 */
export function checkChanges(sources: readonly ChangeSource[]): string[] {
  const problems: string[] = [];
  for (const source of sources) {
    const { dateModified, changes } = source.entry.data;
    const modified = isoDay(dateModified);
    const newest = changes
      .map((change) => change.date)
      .sort()
      .at(-1);
    if (newest !== modified) {
      problems.push(
        `${source.file}: dateModified is ${modified} but the newest entry of "changes" is dated ${newest}. Add a line for this change to "changes", in the page’s language: "- { date: ${modified}, sectionId: <the section’s id, if one>, summary: <one line of what changed> }", or set dateModified back to ${newest}.`,
      );
    }
    const seen = new Set<string>();
    for (const change of changes) {
      const key = `${change.date}#${change.sectionId ?? ''}`;
      if (seen.has(key)) {
        problems.push(
          `${source.file}: "changes" has two entries dated ${change.date} for ${change.sectionId ? `#${change.sectionId}` : 'the whole article'}; write them as one line.`,
        );
      }
      seen.add(key);
      if (change.sectionId && !sectionOf(source, change.sectionId)) {
        const ids = linkableSections(source.headings).map((heading) => heading.slug);
        problems.push(
          `${source.file}: the "changes" entry dated ${change.date} names sectionId "${change.sectionId}", which this article does not have. Use one of ${ids.join(', ')}, or leave sectionId out when the change concerns the whole article.`,
        );
      }
    }
  }
  return problems;
}

/** Every change of one language's articles, newest first (articles in the order given for a same day). */
export function changeEntries(sources: readonly ChangeSource[]): ChangeEntry[] {
  const entries = sources.flatMap((source) => {
    const url = articleUrl(source.lang, source.slug);
    const article = { title: source.entry.data.title, url };
    return source.entry.data.changes.map((change): ChangeEntry => {
      const heading = change.sectionId ? sectionOf(source, change.sectionId) : undefined;
      return {
        date: change.date,
        article,
        ...(heading ? { section: { id: heading.slug, title: heading.text, url: `${url}#${heading.slug}` } } : {}),
        // Frontmatter skips the Markdown pipeline, so French spacing is applied here.
        summary: source.lang === 'fr' ? frenchSpacing(change.summary) : change.summary,
      };
    });
  });
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

/** What a changes feed says of itself, in its language. */
export interface FeedDetails {
  site: URL;
  title: string;
  description: string;
  author: string;
  /** Root-relative addresses of the changes page and of the feed itself. */
  pageUrl: string;
  feedUrl: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The changes as an Atom 1.0 feed with absolute URLs. Each entry's id is a tag
 * URI from the site's host, its date and its article or section, which stays the
 * same from build to build; the feed is as new as its newest entry.
 */
export function changesFeed(details: FeedDetails, entries: readonly ChangeEntry[]): string {
  const absolute = (path: string) => absoluteUrl(details.site, path);
  const feed = new Feed({
    id: absolute(details.pageUrl),
    title: details.title,
    description: details.description,
    link: absolute(details.pageUrl),
    feedLinks: { atom: absolute(details.feedUrl) },
    author: { name: details.author },
    generator: false,
    updated: new Date(entries[0]?.date ?? 0),
  });
  for (const entry of entries) {
    const path = entry.section?.url ?? entry.article.url;
    feed.addItem({
      id: `tag:${details.site.hostname},${entry.date}:${path}`,
      // The feed module marks titles and summaries as HTML: plain text is escaped to stay plain.
      title: escapeHtml(entry.section ? `${entry.article.title} – ${entry.section.title}` : entry.article.title),
      link: absolute(path),
      date: new Date(entry.date),
      description: escapeHtml(entry.summary),
    });
  }
  return feed.atom1();
}
