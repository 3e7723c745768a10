/** A section heading of an article, as the heading-ids plugin leaves it: level, id and inner HTML. */
export interface SectionHeadingPart {
  level: 2 | 3;
  id: string;
  html: string;
}

/** Rendered article HTML cut at its section headings: runs of content between them, and the headings. */
export type ArticlePart = { html: string } | { heading: SectionHeadingPart };

const HEADING = /<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;
const ID = /\sid="([^"]*)"/;

/**
 * Splits an article's rendered HTML (Markdown or MDX alike) at every h2 and h3 that has
 * an id, so that each can be rendered with its section-link tools. Headings never nest,
 * so the first closing tag of the same level ends each one.
 */
export function splitAtSectionHeadings(html: string): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let from = 0;
  for (const match of html.matchAll(HEADING)) {
    const [whole, level, attributes = '', inner = ''] = match;
    const id = ID.exec(attributes)?.[1];
    if (!id) continue;
    if (match.index > from) parts.push({ html: html.slice(from, match.index) });
    parts.push({ heading: { level: level === '2' ? 2 : 3, id, html: inner } });
    from = match.index + whole.length;
  }
  if (from < html.length) parts.push({ html: html.slice(from) });
  return parts;
}
