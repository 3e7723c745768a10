import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unsafeMarkup } from '../integrations/unsafe-markup-plugin';
import { articleUrl } from '../lib/urls';
import { frontmatterProblems } from '../lib/frontmatter-check';
import { KEBAB } from '../lib/kebab';
import { parseYaml } from '../lib/yaml-source';
import { EDITOR_YAML, missingFile } from '../schemas/editor-yaml';
import { checkContentRules } from './content-rules';
import { MARKDOWN_FEATURES } from './markdown-features';
import { readSourceTexts, type SourceText } from './source-texts';
import { checkTranslationLock } from './translation-lock';

/**
 * Finds where a problem on a built page comes from: "content/fr/x.mdx:12 (page /fr/x/)", or the page path. The first
 * line holding `needle` wins. Built only when the built site has a problem: the sources are read again then.
 */
export function sourceLocator(contentDir: string): (pagePath: string, needle?: string) => string {
  const byPage = new Map<string, SourceText>();
  for (const source of readSourceTexts(contentDir).articles) {
    const { slug } = source.frontmatter;
    if (typeof slug === 'string') byPage.set(articleUrl(source.lang, slug), source);
  }
  return (pagePath, needle) => {
    const source = byPage.get(pagePath);
    if (!source) return `page ${pagePath}`;
    const line = needle ? source.text.split('\n').findIndex((text) => text.includes(needle)) + 1 : 0;
    return `${source.file}${line > 0 ? `:${line}` : ''} (page ${pagePath})`;
  };
}

/**
 * What is wrong with the content files themselves, all at once: files outside a language folder,
 * every frontmatter problem, every problem of the editors' YAML files and every breach of the content rules
 * (terms, quoted labels, the "still stuck" ending, plain language), each naming the file and line; and the
 * notices the rules print without stopping the build. Checked before Astro reads the content, which would stop
 * at the first invalid file.
 */
export function checkContentSources(contentDir: string): { problems: string[]; notices: string[]; articles: SourceText[] } {
  const { stray, articles } = readSourceTexts(contentDir);
  const rules = checkContentRules(contentDir, articles);
  return {
    problems: [
      ...stray.map((file) => `${file} is not in content/fr/ or content/en/, so it would never be published: move it into a language folder.`),
      ...articles.flatMap(({ file, lang, text }) => frontmatterProblems(file, text, lang)),
      // Scripts, frames, event handlers, foreign files…: listed before Astro renders anything, as a Markdown file
      // that fails in Astro's pipeline is only logged, and published empty.
      ...articles.flatMap(({ file, text }) => unsafeMarkup(text, pathToFileURL(resolve(file)), MARKDOWN_FEATURES)),
      ...yamlProblems(contentDir),
      ...rules.problems,
    ],
    notices: rules.notices,
    articles,
  };
}

/**
 * The build's pre-checks, before Astro reads the content: every problem of the sources, and sections changed in one
 * language only, which wait for their twin (src/pipeline/translation-lock.ts). Notices and changes to accept only warn.
 */
export function preCheckContent(contentDir: string): { problems: string[]; notices: string[]; pending: string | undefined } {
  const { problems, notices, articles } = checkContentSources(contentDir);
  const translations = checkTranslationLock(contentDir, articles);
  return { problems: [...problems, ...translations.problems], notices, pending: translations.pending };
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
