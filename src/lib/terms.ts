import { z } from 'astro/zod';

/** The terms file of each language, in the content folder. */
export const termsFile = (lang: string) => `terms/${lang}.yaml`;

const phrase = (what: string) =>
  z
    .string({ error: `${what} must be text, e.g. "6-digit code"` })
    .trim()
    .min(1, { error: `${what} is empty: write the words` });

const termEntry = z.strictObject(
  {
    use: phrase('use'),
    refuse: z.array(phrase('each refused variant'), { error: 'refuse is a list of variants, e.g. refuse: [six-digit code, validation code]' }).min(1, {
      error: 'refuse needs at least one variant, e.g. refuse: [six-digit code]',
    }),
    why: phrase('why').optional(),
    caseSensitive: z.boolean({ error: 'caseSensitive is true or false' }).default(false),
    wholeWord: z.boolean({ error: 'wholeWord is true or false' }).default(true),
  },
  { error: 'each term is { use: <preferred words>, refuse: [<variants>], why: <optional reason> }' },
);

/** A terms file: a list of preferred terms, each with the variants the build refuses. */
export const termsSchema = z.array(termEntry, { error: 'the terms file is a list of terms, each starting with "- use:"' });

export type TermEntry = z.infer<typeof termEntry>;

/** A term entry as the checks use it: where it is written, to name it in messages. */
export interface Term extends TermEntry {
  /** "content/terms/en.yaml:14" */
  at: string;
}

/** A refused variant found in a text. */
export interface TermMatch {
  start: number;
  end: number;
  /** The words as written in the text. */
  found: string;
  term: Term;
}

/** Typographic apostrophes, every kind of space but the plain one, and Unicode hyphens. */
const TYPOGRAPHY = /[’‘ʼ′`´\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u2010\u2011]/g;
const FOLDED = (character: string) => (/[’‘ʼ′`´]/.test(character) ? "'" : /[\u2010\u2011]/.test(character) ? '-' : ' ');

/**
 * The text with its typography folded, one character for one, so that offsets still point into
 * the original: typographic apostrophes become ', every kind of space (non-breaking ones
 * included) a plain space, Unicode hyphens a "-".
 * @example foldTypography('d’accès\u00a0unique') // "d'accès unique"
 */
export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHY, FOLDED);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Letters and digits of any script: a whole word is not preceded or followed by one. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Finds every refused variant of `terms` in a text, longest first where two overlap,
 * typography folded (’ and ', non-breaking and plain spaces match alike).
 * One regular expression per kind of match, so a long text is scanned a few times, not once per term.
 * @example termFinder([{ use: '6-digit code', refuse: ['six-digit code'], caseSensitive: false, wholeWord: true, at: 'en.yaml:3' }])('Enter the Six-digit code')[0].found // 'Six-digit code'
 */
export function termFinder(terms: readonly Term[]): (text: string) => TermMatch[] {
  const groups = new Map<string, { pattern: RegExp; wholeWord: boolean; byVariant: Map<string, Term> }>();
  for (const term of terms) {
    const key = `${term.caseSensitive}/${term.wholeWord}`;
    const group = groups.get(key) ?? { pattern: /$^/, wholeWord: term.wholeWord, byVariant: new Map<string, Term>() };
    for (const variant of term.refuse) {
      const folded = foldTypography(variant).replace(/ +/g, ' ');
      group.byVariant.set(term.caseSensitive ? folded : folded.toLowerCase(), term);
    }
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const [caseSensitive, wholeWord] = key.split('/').map((flag) => flag === 'true');
    const variants = [...group.byVariant.keys()].sort((a, b) => b.length - a.length).map((variant) => escape(variant).replace(/ /g, ' +'));
    const alternatives = `(?:${variants.join('|')})`;
    // The word's start is checked on the match, not with a lookbehind: a pattern that starts with its
    // alternatives lets the engine skip ahead to their first letters (4× faster on 2,000 articles).
    group.pattern = new RegExp(wholeWord ? `${alternatives}${AFTER}` : alternatives, caseSensitive ? 'gu' : 'giu');
  }
  return (text) => {
    const folded = foldTypography(text);
    const matches: TermMatch[] = [];
    for (const [key, { pattern, wholeWord, byVariant }] of groups) {
      const caseSensitive = key.startsWith('true');
      for (const match of folded.matchAll(pattern)) {
        if (wholeWord && match.index > 0 && WORD_CHARACTER.test(folded[match.index - 1]!)) continue;
        const spaced = match[0].replace(/ +/g, ' ');
        const term = byVariant.get(caseSensitive ? spaced : spaced.toLowerCase());
        if (term) matches.push({ start: match.index, end: match.index + match[0].length, found: text.slice(match.index, match.index + match[0].length), term });
      }
    }
    // Where variants overlap ("sign-in method" and "method"), the longer one is the finding.
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    let keptEnd = 0;
    return matches.filter((match) => {
      if (match.start < keptEnd) return false;
      keptEnd = match.end;
      return true;
    });
  };
}

/** The build's message for a refused variant: where, what to write instead, and where the rule is written. */
export function termMessage(where: string, match: TermMatch): string {
  return `${where}: "${match.found}" → write "${match.term.use}" (${match.term.at}${match.term.why ? `: ${match.term.why}` : ''})`;
}
