import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Explicit extensions: scripts run this module with Node itself (npm run translations:*).
import { langOf, type Lang } from '../i18n/locales.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { listFiles } from './site-files.ts';

/** An article's source as read from its file. */
export interface SourceText {
  lang: Lang;
  /** As given to messages: `content/fr/cle-gc.mdx`. */
  file: string;
  /** Inside the content folder: `fr/cle-gc.mdx`. */
  path: string;
  text: string;
  /** Its frontmatter as data, parsed once for every check that reads it; empty when it does not parse. */
  frontmatter: Record<string, unknown>;
}

/**
 * Every Markdown and MDX file of a content folder, read once: the articles, in a language folder, and the strays,
 * which would never be published. The pre-checks, the translation lock and the scripts all enumerate articles here.
 */
export function readSourceTexts(contentDir: string): { articles: SourceText[]; stray: string[] } {
  const articles: SourceText[] = [];
  const stray: string[] = [];
  for (const path of listFiles(contentDir)) {
    if (!/\.mdx?$/.test(path)) continue;
    const lang = langOf(path);
    const file = join(contentDir, path);
    if (!lang) {
      stray.push(file);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    articles.push({ lang, file, path, text, frontmatter: readFrontmatter(text) });
  }
  return { articles, stray };
}
