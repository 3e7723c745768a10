import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { z } from 'astro/zod';
import type { Lang } from '../i18n/locales';
import { articleSchema } from '../schemas/article';
import { FRONTMATTER } from './frontmatter';
import { reservedBy, SITE_PAGES, sitePageUrl } from './urls';

// The frontmatter's first line is the file's second: line 1 holds the opening "---".
const FIRST_LINE = 2;

const QUOTE_HINT =
  'Put the value in quotes, e.g. description: "Texte : suite" (needed when a value holds ": " or " #", or starts with a quote, a bracket, "@", "*", "&" or "!").';

/** The frontmatter lines of a file's fields, so a message can name the line to fix. */
function fieldLines(map: unknown, counter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(map)) return lines;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line + FIRST_LINE - 1);
  }
  return lines;
}

function describe(issue: z.core.$ZodIssue): { field: string | undefined; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const fields = Object.keys(articleSchema.shape).join(', ');
    return {
      field: issue.keys[0],
      message: `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a frontmatter field: check the spelling; the fields are ${fields}`,
    };
  }
  return { field: typeof issue.path[0] === 'string' ? issue.path[0] : undefined, message: issue.message };
}

/** A slug or former slug that is the address of one of the site's own pages (the route table, SITE_PAGES). */
function reservedSlugs(data: unknown, lang: Lang): { field: string; message: string }[] {
  const { slug, previousSlugs } = (data ?? {}) as { slug?: unknown; previousSlugs?: unknown };
  const taken = (value: unknown) => (typeof value === 'string' ? reservedBy(lang, value) : undefined);
  const problems: { field: string; message: string }[] = [];
  const page = taken(slug);
  if (page) {
    problems.push({
      field: 'slug',
      message: `slug "${String(slug)}" is the address of ${SITE_PAGES[page].name} (${sitePageUrl(page, lang)}): choose another slug for the article`,
    });
  }
  for (const previous of Array.isArray(previousSlugs) ? previousSlugs : []) {
    const former = taken(previous);
    if (former) {
      problems.push({
        field: 'previousSlugs',
        message: `previousSlugs holds "${String(previous)}", the address of ${SITE_PAGES[former].name} (${sitePageUrl(former, lang)}): a redirect cannot stand there, remove it from previousSlugs`,
      });
    }
  }
  return problems;
}

/**
 * Every frontmatter problem of one article file, each as "file:line: what is wrong and how to fix it".
 * Astro stops at the first invalid file; this reads them all, so an editor sees every problem of a build at once.
 * @example frontmatterProblems('content/fr/x.mdx', text, 'fr') // ['content/fr/x.mdx:3: description is too short: write one full sentence']
 */
export function frontmatterProblems(file: string, text: string, lang: Lang): string[] {
  const block = FRONTMATTER.exec(text);
  if (!block)
    return [`${file}:1: the file must start with its frontmatter between two "---" lines (title, description, translationKey…), as in the other articles.`];
  const counter = new LineCounter();
  const document = parseDocument(block[1]!, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    return document.errors.map((error) => {
      const line = counter.linePos(error.pos[0]).line + FIRST_LINE - 1;
      return `${file}:${line}: the frontmatter is not valid YAML (${error.message.split('\n')[0]}). ${QUOTE_HINT}`;
    });
  }
  const lines = fieldLines(document.contents, counter);
  const data: unknown = document.toJS();
  const result = articleSchema.safeParse(data ?? {});
  const issues = [...(result.success ? [] : result.error.issues.map(describe)), ...reservedSlugs(data, lang)];
  return issues.map(({ field, message }) => `${file}:${(field && lines.get(field)) ?? 1}: ${message}`);
}
