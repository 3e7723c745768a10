import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Explicit extensions: scripts run this module with Node itself (npm run translations:*).
import { langOf, type Lang } from '../i18n/locales.ts';
import { listFiles } from './site-files.ts';

/** An article's source as read from its file. */
export interface SourceText {
  lang: Lang;
  /** As given to messages: `content/fr/cle-gc.mdx`. */
  file: string;
  /** Inside the content folder: `fr/cle-gc.mdx`. */
  path: string;
  text: string;
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
    if (lang) articles.push({ lang, file, path, text: readFileSync(file, 'utf8') });
    else stray.push(file);
  }
  return { articles, stray };
}
