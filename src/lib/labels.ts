import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/locales.ts';
import { SOURCE_PAGE } from './article-schema.ts';
import { foldTypography } from './terms.ts';

/** The labels file, in the content folder. */
export const LABELS_FILE = 'labels.yaml';
/** In a label's `source`: a name of this site's own interface (its UI dictionary, src/i18n/). */
export const SITE_SOURCE = 'site';

const SOURCE_ERROR = `source is where the words come from: "${SOURCE_PAGE}" (DEC’s original sign-in help page), "${SITE_SOURCE}" (this site’s own interface) or the https address of the public page that shows them`;

const label = z.strictObject(
  {
    label: z
      .string({ error: 'label is the exact words, as the source shows them, e.g. label: "Forgot your password?"' })
      .trim()
      .min(1, { error: 'label is empty: write the exact words' }),
    source: z.union([z.literal(SOURCE_PAGE), z.literal(SITE_SOURCE), z.url({ protocol: /^https$/, error: SOURCE_ERROR })], { error: SOURCE_ERROR }),
  },
  { error: 'each label is { label: <exact words>, source: <seed, site or https://…> }' },
);

const labelList = (lang: string) => z.array(label, { error: `${lang} is a list of labels, each "- { label: …, source: … }"` }).default([]);

/** content/labels.yaml: per language, the labels an article may quote as exact words, each with its source. */
export const labelsSchema = z.strictObject(
  { fr: labelList('fr'), en: labelList('en') },
  { error: 'the labels file has two lists, fr: and en:, of { label, source }' },
);

export type Labels = z.infer<typeof labelsSchema>;

/**
 * The form in which a quote and a label are compared: typography folded, spaces collapsed and trimmed.
 * Case counts: a label is the portal's exact words.
 * @example labelKey('\u00a0S’inscrire ') // "S'inscrire"
 */
export function labelKey(text: string): string {
  return foldTypography(text).replace(/ +/g, ' ').trim();
}

/** Per language, the set of quotable labels. */
export function labelSets(labels: Labels): Record<Lang, Set<string>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, new Set(labels[lang].map((entry) => labelKey(entry.label)))])) as Record<Lang, Set<string>>;
}

/** Whether a quote's words are a listed label; a full stop or comma typed inside the closing quote does not count. */
export function isListedLabel(quote: string, listed: ReadonlySet<string>): boolean {
  const key = labelKey(quote);
  return listed.has(key) || listed.has(key.replace(/[.,;]$/, ''));
}

const QUOTE_MARK = /[«»“”"]/g;

/** A quotation in a text: the words between the marks. */
export interface Quote {
  /** Where the words start and end (inside the marks). */
  start: number;
  end: number;
  text: string;
}

/**
 * Every text quoted as exact words: French « … », English “…” and "…", in any language's text.
 * A quote must close in the same paragraph; marks of one kind nest (« a « b » c » gives both).
 * @example findQuotes('Cliquez sur « S’inscrire ».')[0].text // ' S’inscrire '
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const open: Record<string, number[]> = { '«': [], '“': [], '"': [] };
  for (const { 0: mark, index } of text.matchAll(QUOTE_MARK)) {
    const opener = mark === '»' ? '«' : mark === '”' ? '“' : mark;
    const stack = open[opener]!;
    // A straight quote closes the one before it; curly and angle ones say which side they are.
    if (mark === '»' || mark === '”' || (mark === '"' && stack.length > 0)) {
      const start = stack.pop();
      if (start !== undefined) quotes.push({ start, end: index, text: text.slice(start, index) });
    } else stack.push(index + 1);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** Examples of describing the action instead of quoting it, per language. */
const DESCRIBE: Record<Lang, string> = {
  fr: '« sélectionnez le bouton pour vous inscrire »',
  en: '"select the button to sign up"',
};

/** The build's message for a quote that no source gives. */
export function labelMessage(where: string, quote: string, lang: Lang, labelsFile: string): string {
  return `${where}: "${labelKey(quote)}" is quoted as the portal’s own words, but no source gives it: describe the action (${DESCRIBE[lang]}), or add the label with its source to ${labelsFile}. An example value rather than a label (a sample username) is written as \`code\`, without quotes`;
}
