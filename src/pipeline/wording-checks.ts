import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
// Explicit extensions: `npm run readability` runs this module with Node itself (scripts/readability.ts).
import { LANGS, LANGUAGE_NAMES, type Lang } from '../i18n/locales.ts';
import { FRONTMATTER } from '../lib/frontmatter.ts';
import { LABELS_FILE, labelSets, labelsSchema, type Labels } from '../lib/labels.ts';
import { fieldUnit, proseOf, type Prose, type ProseNode } from '../lib/prose.ts';
import {
  READABILITY_LOCK,
  figuresOf,
  measure,
  tooLongSentences,
  twinGapNotice,
  worseThanLock,
  type Figures,
  type Measure,
  type ReadabilityLock,
} from '../lib/readability.ts';
import { stillStuckProblems } from '../lib/still-stuck.ts';
import { syllableCounter } from '../lib/syllables.ts';
import { termFinder, termsFile, termsSchema, type Term } from '../lib/terms.ts';
import { termAndLabelProblems, type WordingRules } from '../lib/wording.ts';
import { issuesAt, readYaml } from '../lib/yaml-source.ts';

/** An article source, as src/pipeline/content-sources.ts reads it: frontmatter as data (empty when it does not parse). */
export interface ArticleSource {
  file: string;
  lang: Lang;
  text: string;
  frontmatter: Record<string, unknown>;
}

/** One article as the wording checks read it. */
export interface ReadArticle extends ArticleSource {
  prose: Prose;
}

/** Markdown syntax beyond CommonMark, as the build reads it (astro.config.mjs): `## Heading {#id}`. */
const FEATURES = { headingAttributes: true };

/**
 * An article's prose: its Markdown or MDX parsed (satteri, as the build parses it), with its
 * title and description as units on their frontmatter lines. Undefined when the source does not
 * parse: the markup check (src/integrations/markup-checks.ts) names that problem.
 */
export function readArticle(source: ArticleSource): ReadArticle | undefined {
  let root: ProseNode;
  try {
    root = (source.file.endsWith('.mdx') ? mdxToMdast : markdownToMdast)(source.text, { features: FEATURES }) as unknown as ProseNode;
  } catch {
    return undefined;
  }
  const { frontmatter } = source;
  const prose = proseOf(root);
  const block = FRONTMATTER.exec(source.text)?.[1]?.split('\n') ?? [];
  for (const field of ['title', 'description'] as const) {
    const value = frontmatter[field];
    const index = block.findIndex((line) => line.startsWith(`${field}:`));
    // The frontmatter's first line is the file's second: line 1 holds the opening "---".
    if (typeof value === 'string') prose.units.push(fieldUnit(field, value, index + 2));
  }
  return { ...source, prose };
}

/** The terms and labels files, checked, and the rules they make per language. */
function readRules(contentDir: string, problems: string[], notices: string[]): Record<Lang, WordingRules> {
  const labelsFile = join(contentDir, LABELS_FILE);
  let labels: Labels = { fr: [], en: [] };
  if (existsSync(labelsFile)) {
    const yaml = readYaml(labelsFile, readFileSync(labelsFile, 'utf8'));
    const parsed = labelsSchema.safeParse(yaml.value ?? {});
    problems.push(...yaml.problems, ...(yaml.problems.length > 0 || parsed.success ? [] : issuesAt(yaml, parsed.error.issues)));
    if (parsed.success) labels = parsed.data;
  }
  const listed = labelSets(labels);
  const rules = {} as Record<Lang, WordingRules>;
  for (const lang of LANGS) {
    const file = join(contentDir, termsFile(lang));
    const terms: Term[] = [];
    if (!existsSync(file)) notices.push(`${file} does not exist: no ${LANGUAGE_NAMES[lang]} terms are checked.`);
    else {
      const yaml = readYaml(file, readFileSync(file, 'utf8'));
      const parsed = termsSchema.safeParse(yaml.value ?? []);
      problems.push(...yaml.problems, ...(yaml.problems.length > 0 || parsed.success ? [] : issuesAt(yaml, parsed.error.issues)));
      if (parsed.success) terms.push(...parsed.data.map((term, index) => ({ ...term, at: yaml.at([index]) })));
    }
    rules[lang] = { lang, findTerms: termFinder(terms), labels: listed[lang], labelsFile };
  }
  return rules;
}

/** The recorded figures, or none yet; a lock that is not JSON is a problem. */
function readLock(lockFile: string, problems: string[]): ReadabilityLock {
  if (!existsSync(lockFile)) return {};
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as ReadabilityLock;
  } catch (error) {
    problems.push(
      `${lockFile} is not valid JSON (${error instanceof Error ? error.message : String(error)}): run npm run readability:accept to write it again.`,
    );
    return {};
  }
}

/** Each article's body measured (src/lib/readability.ts), one syllable counter per language for the whole run. */
export function measureArticles(articles: readonly ReadArticle[]): Map<ReadArticle, Measure> {
  const counters = Object.fromEntries(LANGS.map((lang) => [lang, syllableCounter(lang)])) as Record<Lang, (word: string) => number>;
  return new Map(articles.map((article) => [article, measure(article.prose.units, article.lang, counters[article.lang])]));
}

/** An article's translationKey, the lock's key. */
const keyOf = (article: ReadArticle) => (typeof article.frontmatter['translationKey'] === 'string' ? article.frontmatter['translationKey'] : undefined);

/** The lock as it stands for the current text: what `npm run readability:accept` records. */
export function currentReadability(measured: ReadonlyMap<ReadArticle, Figures>): ReadabilityLock {
  const lock: ReadabilityLock = {};
  for (const [article, figures] of measured) {
    const key = keyOf(article);
    if (key) lock[key] = { ...lock[key], [article.lang]: figuresOf(figures) };
  }
  return lock;
}

/** At most this many notices of a kind are spelled out: the build log stays short at any size. */
const NOTICES_SHOWN = 3;

/** The notices of the readability ratchet: twins far apart, and articles not yet recorded (a few lines, however many). */
function readabilityNotices(measured: ReadonlyMap<ReadArticle, Measure>, lock: ReadabilityLock, lockFile: string): string[] {
  const twins = new Map<string, Partial<Record<Lang, { file: string; figures: Figures }>>>();
  const unrecorded: string[] = [];
  for (const [article, figures] of measured) {
    const key = keyOf(article);
    if (!key) continue;
    twins.set(key, { ...twins.get(key), [article.lang]: { file: article.file, figures } });
    if (!lock[key]?.[article.lang]) unrecorded.push(article.file);
  }
  const gaps = [...twins.values()].flatMap(({ fr, en }) => (fr && en ? (twinGapNotice(fr, en) ?? []) : []));
  const notices = gaps.slice(0, NOTICES_SHOWN);
  if (gaps.length > NOTICES_SHOWN)
    notices.push(
      `${gaps.length - NOTICES_SHOWN} more twins read much harder in one language than the other: npm run readability shows every article's figures.`,
    );
  if (unrecorded.length > 0) {
    const named = unrecorded.slice(0, NOTICES_SHOWN).join(', ') + (unrecorded.length > NOTICES_SHOWN ? ` and ${unrecorded.length - NOTICES_SHOWN} more` : '');
    notices.push(
      `${unrecorded.length} article(s) not yet in ${lockFile} (${named}): run npm run readability:accept, and commit the lock, to hold them to their figures.`,
    );
  }
  return notices;
}

/**
 * The content's wording rules, checked before Astro reads anything: preferred terms (content/terms/),
 * quoted labels and their sources (content/labels.yaml), plain language against the readability
 * lock, and the "still stuck" ending with its contact channels. Returns one "file:line: message"
 * per problem; `notice` receives what does not stop the build (twins far apart, articles not yet
 * in the lock). Reads the lock, never writes it (`npm run readability:accept` does).
 */
export function wordingProblems(contentDir: string, sources: readonly ArticleSource[], notice?: (message: string) => void): string[] {
  const problems: string[] = [];
  const notices: string[] = [];
  const rules = readRules(contentDir, problems, notices);
  const lockFile = join(contentDir, READABILITY_LOCK);
  const lock = readLock(lockFile, problems);
  const articles = sources.flatMap((source) => readArticle(source) ?? []);
  const measured = measureArticles(articles);
  for (const article of articles) {
    const { file, lang, frontmatter, prose } = article;
    const now = measured.get(article)!;
    const waiver = (frontmatter['plainLanguage'] as { longSentences?: unknown } | undefined)?.longSentences;
    const key = keyOf(article);
    const found = [
      ...termAndLabelProblems(file, prose.units, rules[lang]),
      ...stillStuckProblems(file, lang, frontmatter['topic'], prose.sections, article.text.split('\n').length),
      ...tooLongSentences(file, lang, now, typeof waiver === 'string' && waiver.trim() !== '' ? waiver : undefined),
    ];
    // In the order of the file's lines, so an editor works down the file.
    const line = (message: string) => Number(/^:(\d+):/.exec(message.slice(file.length))?.[1] ?? Infinity);
    problems.push(...found.sort((a, b) => line(a) - line(b)));
    const worse = worseThanLock(file, lang, key ? lock[key]?.[lang] : undefined, now, lockFile);
    if (worse) problems.push(worse);
  }
  notices.push(...readabilityNotices(measured, lock, lockFile));
  for (const message of notices) notice?.(message);
  return problems;
}
