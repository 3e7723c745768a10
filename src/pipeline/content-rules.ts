import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/locales';
import { SOURCE_PAGE } from '../schemas/article';
import { clearlyHarder, syllableCounter } from '../lib/plain-language';
import { labelKey, plainForMatching, quotesIn, termsFileSchema, variantFinder, type TermMatch, type TermsFile } from '../lib/terms';
import { SITE_PAGES } from '../lib/urls';
import { issuesAt, readYaml } from '../lib/yaml-source';
import { articleProse, type ProseUnit } from './article-prose';
import { HARD_SENTENCE_WORDS, measureArticle, READABILITY_LOCK, readReadabilityLock, type ArticleReadability } from './readability-lock';

/** Where the rules live in the content folder. */
export const TERMS_FILE = (lang: Lang) => `terms/${lang}.yaml`;
export const LABELS_FILE = 'labels.yaml';

/**
 * A pair whose LIX gap is this far from the usual gap between French and English pages is flagged: one twin
 * reads much harder. Vocabulary alone moves a pair's gap: "mot de passe" is three short words, "password" one
 * long one, and the password article's pair sits 11 points from the usual gap (December 2026) with sentences
 * of matching length; 12 flags what vocabulary does not explain.
 */
export const TWIN_LIX_GAP = 12;
/** Articles shorter than this are neither held by the ratchet nor compared with their twin: a handful of words gives scores of chance. */
export const TWIN_MIN_WORDS = 50;

const labelSchema = z.strictObject(
  {
    label: z.string({ error: 'label is the exact words, as the source gives them' }).trim().min(1),
    source: z.union([z.literal(SOURCE_PAGE), z.literal('site'), z.url({ protocol: /^https$/ })], {
      error: `source is "${SOURCE_PAGE}" (DEC's original page), "site" (this site's own words) or the https address of a public page that gives the label`,
    }),
  },
  { error: 'each label is { label: <the exact words>, source: <where they come from> }' },
);
const labelsFileSchema = z.strictObject(
  { fr: z.array(labelSchema), en: z.array(labelSchema) },
  { error: 'the file has fr: and en:, each a list of { label, source }' },
);

export interface ArticleFile {
  file: string;
  lang: Lang;
  text: string;
  /** The frontmatter, when the caller has parsed it already. */
  frontmatter?: Record<string, unknown>;
}

interface Rules {
  /** Each language's terms file, its path, and its variants compiled once for the run. */
  terms: Record<Lang, TermsFile & { file: string; find: (text: string) => TermMatch[] }>;
  labels: Record<Lang, Set<string>>;
}

/** The terms and labels files, checked; problems name the file and line. */
function readRules(contentDir: string): { rules?: Rules; problems: string[] } {
  const problems: string[] = [];
  const read = <T>(path: string, schema: z.ZodType<T>, fix: string): T | undefined => {
    const file = join(contentDir, path);
    if (!existsSync(file)) {
      problems.push(`${file} does not exist: ${fix}`);
      return undefined;
    }
    const yaml = readYaml(file, readFileSync(file, 'utf8'));
    if (yaml.problems.length > 0) {
      problems.push(...yaml.problems);
      return undefined;
    }
    const parsed = schema.safeParse(yaml.value);
    if (!parsed.success) problems.push(...issuesAt(yaml, parsed.error.issues));
    return parsed.success ? parsed.data : undefined;
  };
  const fr = read(TERMS_FILE('fr'), termsFileSchema, 'the build checks French pages against its preferred terms (CONTRIBUTING.md, « Les termes »).');
  const en = read(TERMS_FILE('en'), termsFileSchema, 'the build checks English pages against its preferred terms (CONTRIBUTING.md, "Terms").');
  const labels = read(LABELS_FILE, labelsFileSchema, 'it lists the labels articles may quote, with their source (CONTRIBUTING.md, "Quoted labels").');
  if (!fr || !en || !labels) return { problems };
  return {
    problems,
    rules: {
      terms: {
        fr: { ...fr, file: join(contentDir, TERMS_FILE('fr')), find: variantFinder(fr.terms) },
        en: { ...en, file: join(contentDir, TERMS_FILE('en')), find: variantFinder(en.terms) },
      },
      labels: { fr: new Set(labels.fr.map((entry) => labelKey(entry.label))), en: new Set(labels.en.map((entry) => labelKey(entry.label))) },
    },
  };
}

/** A text with the labels the labels file lists blanked out: a sourced label may hold a word the terms refuse. */
function withoutSourcedLabels(text: string, labels: ReadonlySet<string>): string {
  let blanked = text;
  for (const quote of quotesIn(text)) {
    if (!labels.has(labelKey(quote.text))) continue;
    const end = text.indexOf(quote.text, quote.index) + quote.text.length;
    blanked = blanked.slice(0, quote.index) + ' '.repeat(end - quote.index) + blanked.slice(end);
  }
  return blanked;
}

/** What the terms and labels rules find in one piece of text. */
function wordProblems(unit: Pick<ProseUnit, 'kind' | 'text' | 'transcript' | 'lineAt'>, lang: Lang, rules: Rules, where: string): string[] {
  const problems: string[] = [];
  const terms = rules.terms[lang];
  // A transcript quotes the narration as spoken: its words are the video's, not ours.
  if (!unit.transcript) {
    for (const match of terms.find(withoutSourcedLabels(unit.text, rules.labels[lang]))) {
      problems.push(
        `${where}:${unit.lineAt(match.index)}: "${match.found.trim()}" → write "${match.term.use}"${match.term.why ? ` (${match.term.why})` : ''}. The preferred terms are in ${terms.file}; a variant clients type belongs in keywords.`,
      );
    }
  }
  // Labels are quoted in the steps and prose; a heading or a title may quote anything (« Règles du mot de passe »).
  for (const quote of unit.kind === 'paragraph' ? quotesIn(unit.text) : []) {
    if (rules.labels[lang].has(labelKey(quote.text))) continue;
    problems.push(
      `${where}:${unit.lineAt(quote.index)}: "${quote.text}" is quoted as exact words, but no source gives them: describe the action instead (e.g. "select the button to sign up"), or add the label with its source to the ${lang} list of ${LABELS_FILE}. For an example or a search word, use italics (*word*), not quotes.`,
    );
  }
  return problems;
}

/** The same text with plain spaces and apostrophes, for comparing headings. */
const plainHeading = (text: string) => plainForMatching(text).replace(/\s+/g, ' ').trim();

/** Every string of a troubleshooter file a client reads, with its path in the file. */
function troubleshooterTexts(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return ['id', 'next', 'answer'].includes(String(path.at(-1))) ? [] : [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => troubleshooterTexts(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => troubleshooterTexts(item, [...path, key]));
  return [];
}

/**
 * The content rules of issue 21, on every article (and the troubleshooter's texts): preferred terms,
 * quoted labels with a source, the "still stuck" ending with our channels, and plain language as a
 * ratchet against content/readability.lock.json. Problems stop the build; notices are printed.
 */
export function checkContentRules(contentDir: string, articles: readonly ArticleFile[]): { problems: string[]; notices: string[] } {
  const { rules, problems } = readRules(contentDir);
  const notices: string[] = [];
  if (!rules) return { problems, notices };
  const lock = readReadabilityLock(contentDir);
  const measured: ArticleReadability[] = [];
  const unlocked: string[] = [];
  // One counter per language for the run: it counts each word's syllables once.
  const syllables = { fr: syllableCounter('fr'), en: syllableCounter('en') };

  for (const { file, lang, text, frontmatter } of articles) {
    const prose = articleProse(text, file.endsWith('.mdx') ? 'mdx' : 'md', frontmatter);
    for (const unit of prose.units) problems.push(...wordProblems(unit, lang, rules, file));

    // A trouble article ends with "Still stuck?", and that ending shows how to reach us.
    const stillStuck = plainHeading(rules.terms[lang].stillStuck);
    const h2s = prose.sections.filter((section) => section.depth === 2);
    const endings = prose.sections.filter((section) => plainHeading(section.title) === stillStuck);
    if (prose.frontmatter['topic'] === 'trouble' && (h2s.length === 0 || plainHeading(h2s.at(-1)!.title) !== stillStuck)) {
      problems.push(
        `${file}:${h2s.at(-1)?.line ?? 1}: a trouble article ends with the section "## ${rules.terms[lang].stillStuck}" holding <ContactChannels />, so that a client whose steps failed sees how to reach us. Add it as the last section (this line is where the article's last section starts now).`,
      );
    }
    for (const ending of endings) {
      if (!ending.components.has('ContactChannels')) {
        problems.push(
          `${file}:${ending.line}: the section "${ending.title}" has no <ContactChannels />: add it there, so that the channels are on screen where the client is stuck (never "above" or "ci-dessus").`,
        );
      }
    }

    const readability = measureArticle(prose, lang, file, syllables[lang]);
    if (!readability) continue;
    measured.push(readability);
    if (!readability.waiver) {
      for (const sentence of readability.tooLong) {
        problems.push(
          `${file}:${sentence.line}: the sentence "${sentence.start}…" has ${sentence.words} words, over the limit of ${HARD_SENTENCE_WORDS[lang]}: split it in two. If it must stay long, say why in the frontmatter: plainLanguage: { longSentences: "<the reason>" }.`,
        );
      }
    }
    const locked = lock[readability.key];
    if (!locked) {
      unlocked.push(readability.key);
      continue;
    }
    // As for twins, a handful of words gives scores of chance: the ratchet holds articles of some length.
    const harder = locked.words >= TWIN_MIN_WORDS ? clearlyHarder(locked, readability.figures, lang) : undefined;
    if (harder) {
      problems.push(
        `${file}: reads clearly harder than when it was last accepted (${harder}). Shorten sentences and prefer short, common words; npm run readability shows the figures. If the harder wording is needed, run npm run readability:accept and commit ${join(contentDir, READABILITY_LOCK)}.`,
      );
    }
  }

  // The troubleshooter's questions and answers follow the same terms and labels.
  for (const lang of LANGS) {
    const file = join(contentDir, lang, `${SITE_PAGES.troubleshooter[lang]}.yaml`);
    if (!existsSync(file)) continue;
    const yaml = readYaml(file, readFileSync(file, 'utf8'));
    for (const { path, text } of troubleshooterTexts(yaml.value)) {
      const line = Number(yaml.at(path).split(':').at(-1)) || 0;
      problems.push(...wordProblems({ kind: 'paragraph', text, transcript: false, lineAt: () => line }, lang, rules, file));
    }
  }

  if (unlocked.length > 0) {
    notices.push(
      `${unlocked.length} article(s) not yet in ${join(contentDir, READABILITY_LOCK)} (${unlocked.slice(0, 3).join(', ')}${unlocked.length > 3 ? ', …' : ''}): run npm run readability:accept and commit it, so that a later edit cannot make them clearly harder unnoticed.`,
    );
  }
  // French runs longer than English, so LIX is higher in French: a twin is flagged when its pair's gap is far
  // from the usual gap between the two languages (the median over all pairs), not when French is merely French.
  const byKey = new Map(measured.map((article) => [article.key, article]));
  // A few words make no measure: only twins of TWIN_MIN_WORDS or more count, and only when there are three pairs or more.
  const pairs = measured
    .filter((article) => article.lang === 'fr' && article.figures.words >= TWIN_MIN_WORDS)
    .flatMap((fr) => {
      const en = byKey.get(`en/${fr.key.split('/')[1]}`);
      return en && en.figures.words >= TWIN_MIN_WORDS ? [{ fr, en, gap: fr.figures.lix - en.figures.lix }] : [];
    });
  const gaps = pairs.map((pair) => pair.gap).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const twins: string[] = [];
  for (const { fr, en, gap } of gaps.length >= 3 ? pairs : []) {
    if (Math.abs(gap - usual) <= TWIN_LIX_GAP) continue;
    const [harder, easier] = gap > usual ? [fr, en] : [en, fr];
    twins.push(
      `${harder.file} reads much harder than its twin ${easier.file}: LIX ${fr.figures.lix} in French against ${en.figures.lix} in English, where French pages usually read ${Math.round(usual * 10) / 10} higher. Make its sentences and words as short as the twin's.`,
    );
  }
  // The build log stays short at any size: a few twins by name, the rest counted.
  notices.push(...twins.slice(0, 3));
  if (twins.length > 3)
    notices.push(`${twins.length - 3} more twins read much harder in one language than the other: npm run readability shows every article's figures.`);
  return { problems, notices };
}
