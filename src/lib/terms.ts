import { z } from 'astro/zod';

/**
 * One preferred term and the variants editors should not use for the same idea: a client
 * meets one name per idea. The files are content/terms/fr.yaml and content/terms/en.yaml.
 */
export const termSchema = z.strictObject(
  {
    use: z.string({ error: 'use is the preferred term, e.g. use: option de connexion' }).trim().min(1),
    refuse: z
      .array(z.string().trim().min(1), { error: 'refuse is the list of variants to replace, e.g. refuse: [méthode de connexion]' })
      .min(1, { error: 'refuse needs at least one variant' }),
    why: z.string().trim().min(1).optional(),
    /** Variants matched with their exact case: "DEC" but not "déc.", "2FA". */
    caseSensitive: z.boolean().optional(),
  },
  { error: 'each term is { use, refuse: [variants], why, caseSensitive }' },
);

export const termsFileSchema = z.strictObject(
  {
    stillStuck: z.string({ error: 'stillStuck is the heading that ends every trouble article, e.g. stillStuck: Still stuck?' }).trim().min(1),
    terms: z.array(termSchema, { error: 'terms is the list of preferred terms' }),
  },
  { error: 'the file has stillStuck: <heading> and terms: [<term>…]' },
);

export type Term = z.infer<typeof termSchema>;
export type TermsFile = z.infer<typeof termsFileSchema>;

/** One variant found in a text. */
export interface TermMatch {
  /** Where it starts in the text. */
  index: number;
  found: string;
  term: Term;
}

/**
 * Text as matching sees it: typographic apostrophes and every kind of space made plain, so that
 * "d’accès" matches "d'accès" and a non-breaking space changes nothing. Lengths are kept, so an
 * index in the plain text is an index in the original.
 */
export function plainForMatching(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f\u2009]/g, ' ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A variant, or a text that matched one, as the finder looks it up: plain spaces and apostrophes, one space between words. */
const variantKey = (text: string, caseSensitive: boolean) => {
  const key = plainForMatching(text).replace(/\s+/g, ' ').trim();
  return caseSensitive ? key : key.toLowerCase();
};

/** A letter, a digit or a hyphen: a variant never starts or ends next to one (it is a whole word). */
const WORD_EDGE = /[\p{L}\p{N}-]/u;

/**
 * Finds the refused variants of a list of terms, each as a whole word (or words), in the singular or the
 * plural, whatever its apostrophes and spaces. The list is compiled once, into one regular expression per
 * kind of case, then run over any number of texts: a check runs it over every paragraph of every article.
 * @example variantFinder([{ use: 'code à six chiffres', refuse: ['code d’accès unique'] }])('Entrez le code d’accès unique.')[0].found // 'code d’accès unique'
 */
export function variantFinder(terms: readonly Term[]): (text: string) => TermMatch[] {
  const kinds = [false, true].map((caseSensitive) => {
    const byVariant = new Map<string, Term>();
    for (const term of terms) {
      if ((term.caseSensitive ?? false) === caseSensitive) for (const variant of term.refuse) byVariant.set(variantKey(variant, caseSensitive), term);
    }
    const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length).map((key) => key.split(' ').map(escape).join('\\s+'));
    // The word's start is checked on each match rather than by a lookbehind, which would be tried at every
    // character; starting with the variants lets the engine skip ahead to their first letters.
    const pattern = new RegExp(`(?:${alternatives.join('|')})(?:s|x)?(?![\\p{L}\\p{N}-])`, caseSensitive ? 'gu' : 'giu');
    return { caseSensitive, byVariant, pattern: alternatives.length > 0 ? pattern : undefined };
  });
  return (text) => {
    const plain = plainForMatching(text);
    const matches: TermMatch[] = [];
    for (const { caseSensitive, byVariant, pattern } of kinds) {
      if (!pattern) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(plain); match; match = pattern.exec(plain)) {
        if (match.index > 0 && WORD_EDGE.test(plain[match.index - 1]!)) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        const key = variantKey(match[0], caseSensitive);
        const term = byVariant.get(key) ?? byVariant.get(key.replace(/[sx]$/, ''));
        if (term) matches.push({ index: match.index, found: text.slice(match.index, match.index + match[0].length), term });
      }
    }
    return matches.sort((a, b) => a.index - b.index);
  };
}

/**
 * Every refused variant in a text, in order (`variantFinder` for one text).
 * @example findVariants('Entrez le code d’accès unique.', [{ use: 'code à six chiffres', refuse: ['code d’accès unique'] }])[0].found // 'code d’accès unique'
 */
export function findVariants(text: string, terms: readonly Term[]): TermMatch[] {
  return variantFinder(terms)(text);
}

/** One piece of text quoted as exact words: « … », “…” or "…". */
export interface Quote {
  /** Where the opening mark is. */
  index: number;
  /** The words between the marks, trimmed. */
  text: string;
}

/**
 * Every quotation in a text. French « guillemets » and English “curly” or "straight" double quotes
 * all count: a label quoted as exact words must have a source (content/labels.yaml).
 * @example quotesIn('Sélectionnez « S’inscrire », puis “Continue”.').map((quote) => quote.text) // ['S’inscrire', 'Continue']
 */
export function quotesIn(text: string): Quote[] {
  return [...text.matchAll(/«([^»]*)»|“([^”]*)”|"([^"]*)"/g)]
    .map((match) => ({ index: match.index, text: (match[1] ?? match[2] ?? match[3] ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim() }))
    .filter((quote) => quote.text.length > 0);
}

/** A label as labels are compared: plain apostrophes and spaces, no final punctuation, any case. */
export function labelKey(label: string): string {
  return plainForMatching(label)
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim()
    .toLowerCase();
}
