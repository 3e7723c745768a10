import { createHash } from 'node:crypto';
import { markdownToMdast, mdxToMdast } from 'satteri';
// Explicit extensions: `npm run translations:*` runs this module with Node itself (scripts/translations.ts).
import { readFrontmatter } from '../lib/frontmatter.ts';
import { createIdAllocator, headingId } from '../lib/heading-ids.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

/** The id under which the title, description and the text before the first heading are fingerprinted. */
export const INTRO_ID = '';

/** One section of an article's source: its heading id (INTRO_ID for the top) and its text. */
export interface SourceSection {
  id: string;
  text: string;
}

/**
 * The text as far as a translator is concerned: typography set aside. Spaces of
 * every kind (French non-breaking ones included), quote styles, apostrophes,
 * dashes and compatibility forms (ligatures, "…") do not change what a page says,
 * so an edit to them alone must not ask for the twin to be updated.
 * @example normaliseForFingerprint('« Mot de passe » : 8 – 16') === normaliseForFingerprint('"Mot de passe": 8-16') // true
 */
export function normaliseForFingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[«»“”„‟"‹›]/g, '"')
    .replace(/[’‘‚‛`´′]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\s\u200b\u2060]+/g, '');
}

/** A short, stable fingerprint of a section's normalised text. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normaliseForFingerprint(text)).digest('hex').slice(0, 16);
}

/** Frontmatter (read apart) and MDX code: imports, exports and `{expressions}`. */
const NOT_TEXT = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The parts of the satteri MDAST this module reads. */
interface MdastNode {
  type: string;
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  children?: MdastNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { hProperties?: { id?: unknown } };
}

/**
 * An article's Markdown or MDX source cut into its sections, as readers see them:
 * the text before the first h2/h3 (with the title and description, which are
 * translated too) and then each h2 and h3 with the text up to the next one, keyed
 * by the id the page publishes (`{#id}`, or the one made from the heading text).
 * Links count by their address, components by their text attributes; MDX
 * expressions and imports are code, not text.
 */
export function sourceSections(
  source: string,
  format: 'md' | 'mdx',
  // Broken frontmatter reads as none: the frontmatter check names its problems.
  frontmatter: Record<string, unknown> = readFrontmatter(source),
): { frontmatter: Record<string, unknown>; sections: SourceSection[] } {
  const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
  const root = parse(source, { features: MARKDOWN_FEATURES, position: false }) as unknown as MdastNode;
  const allocate = createIdAllocator();
  const sections: { id: string; parts: string[] }[] = [{ id: INTRO_ID, parts: [String(frontmatter['title'] ?? ''), String(frontmatter['description'] ?? '')] }];
  const visit = (node: MdastNode) => {
    if (NOT_TEXT.has(node.type)) return;
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const explicit = node.data?.hProperties?.id;
      const text = textOf(node);
      sections.push({ id: allocate(typeof explicit === 'string' ? explicit : headingId(text)), parts: [text] });
      return;
    }
    const parts = sections.at(-1)!.parts;
    if (typeof node.value === 'string') parts.push(node.value);
    if (node.url) parts.push(node.url);
    if (node.alt) parts.push(node.alt);
    for (const attribute of node.attributes ?? []) if (typeof attribute.value === 'string') parts.push(`${attribute.name}=${attribute.value}`);
    for (const child of node.children ?? []) visit(child);
  };
  for (const child of root.children ?? []) visit(child);
  // Whitespace does not count (normaliseForFingerprint), so parts need no separator of their own.
  return { frontmatter, sections: sections.map(({ id, parts }) => ({ id, text: parts.join(' ') })) };
}

/** A heading's text content, as the heading-ids plugin reads it to make an id. */
function textOf(node: MdastNode): string {
  if (NOT_TEXT.has(node.type)) return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
