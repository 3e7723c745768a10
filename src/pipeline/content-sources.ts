import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Move } from '../lib/host-redirects';
import { listFiles } from './site-files';
import { articleUrl } from '../lib/urls';
import { isLang, type Lang } from '../i18n/locales';
import { readFrontmatter } from '../lib/frontmatter';
import { frontmatterProblems } from '../lib/frontmatter-check';
import { KEBAB } from '../lib/kebab';
import { parseYaml } from '../lib/yaml-source';
import { EDITOR_YAML, missingFile } from '../schemas/editor-yaml';
import { checkContentRules } from './content-rules';

export interface ContentSources {
  /** Source files that are not in a language folder and so would never be published. */
  stray: string[];
  /** Every article file (path as given with the content folder), its language and its text. */
  articles: { file: string; lang: Lang; text: string }[];
  /** Each article's former addresses (`previousSlugs`) and where they lead now. */
  moves: Move[];
  /** Finds where a problem on a built page comes from: "content/fr/x.mdx:12", or the page path. */
  locate(pagePath: string, needle?: string): string;
}

/** Maps published article URLs back to their Markdown and MDX files, so build errors name the file and line. */
export function readContentSources(contentDir: string): ContentSources {
  const stray: string[] = [];
  const articles: { file: string; lang: Lang; text: string }[] = [];
  const moves: Move[] = [];
  const byPage = new Map<string, { file: string; text: string }>();
  for (const file of listFiles(contentDir)) {
    if (!/\.mdx?$/.test(file)) continue;
    const lang = file.split('/')[0];
    const path = join(contentDir, file);
    if (!isLang(lang) || !file.includes('/')) {
      stray.push(path);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    articles.push({ file: path, lang, text });
    const { slug, previousSlugs } = readFrontmatter(text);
    if (typeof slug !== 'string') continue;
    byPage.set(articleUrl(lang, slug), { file: path, text });
    for (const previous of Array.isArray(previousSlugs) ? previousSlugs : [])
      if (typeof previous === 'string') moves.push({ from: articleUrl(lang, previous), to: articleUrl(lang, slug), file: path });
  }
  return {
    stray,
    articles,
    moves,
    locate(pagePath, needle) {
      const source = byPage.get(pagePath);
      if (!source) return `page ${pagePath}`;
      const line = needle ? source.text.split('\n').findIndex((text) => text.includes(needle)) + 1 : 0;
      return `${source.file}${line > 0 ? `:${line}` : ''} (page ${pagePath})`;
    },
  };
}

/**
 * What is wrong with the content files themselves, all at once: files outside a language folder,
 * every frontmatter problem, every problem of the editors' YAML files and every breach of the content rules
 * (terms, quoted labels, the "still stuck" ending, plain language), each naming the file and line; and the
 * notices the rules print without stopping the build. Checked before Astro reads the content, which would stop
 * at the first invalid file.
 */
export function checkContentSources(contentDir: string): { problems: string[]; notices: string[] } {
  const { stray, articles } = readContentSources(contentDir);
  const rules = checkContentRules(contentDir, articles);
  return {
    problems: [
      ...stray.map((file) => `${file} is not in content/fr/ or content/en/, so it would never be published: move it into a language folder.`),
      ...articles.flatMap(({ file, lang, text }) => frontmatterProblems(file, text, lang)),
      ...yamlProblems(contentDir),
      ...rules.problems,
    ],
    notices: rules.notices,
  };
}

/** The problems of `checkContentSources`, for the dev server, which shows them in the browser. */
export function contentSourceProblems(contentDir: string): string[] {
  return checkContentSources(contentDir).problems;
}

/** Every problem of the YAML files editors write (src/schemas/editor-yaml.ts), and files in the notices folder that are not notices. */
function yamlProblems(contentDir: string): string[] {
  const problems: string[] = [];
  for (const kind of Object.values(EDITOR_YAML)) {
    const base = join(contentDir, kind.folder);
    if ('required' in kind) for (const path of kind.pattern) if (!existsSync(join(base, path))) problems.push(missingFile(join(base, path), kind));
    for (const path of globSync([...kind.pattern], { cwd: base })) {
      const file = join(base, path);
      problems.push(...parseYaml(file, readFileSync(file, 'utf8'), kind.schema).problems);
    }
  }
  const notices = join(contentDir, EDITOR_YAML.notices.folder);
  for (const name of existsSync(notices) ? readdirSync(notices).sort() : []) {
    if (name !== 'README.md' && !(name.endsWith('.yaml') && KEBAB.test(name.slice(0, -'.yaml'.length)))) {
      problems.push(`${join(notices, name)}: a notice is a .yaml file named in lower case with hyphens, such as 2026-12-05-panne-cle-gc.yaml`);
    }
  }
  return problems;
}
