import { parse } from 'yaml';

/** The frontmatter block of a Markdown or MDX source: the YAML between its first two "---" lines. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A source's frontmatter as data; empty when it has none or its YAML does not parse
 * (the frontmatter check, src/lib/frontmatter-check.ts, names those problems).
 * @example readFrontmatter('---\nslug: cle-gc\n---\n\nTexte') // { slug: 'cle-gc' }
 */
export function readFrontmatter(text: string): Record<string, unknown> {
  const block = FRONTMATTER.exec(text)?.[1];
  if (block === undefined) return {};
  try {
    const data: unknown = parse(block);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
