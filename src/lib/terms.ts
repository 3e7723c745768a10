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

/** A variant as a whole word (or words), in the singular or the plural. */
function variantPattern(variant: string, caseSensitive: boolean): RegExp {
  const words = plainForMatching(variant).split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${words}(?:s|x)?(?![\\p{L}\\p{N}-])`, caseSensitive ? 'gu' : 'giu');
}

/**
 * Every refused variant in a text, in order.
 * @example findVariants('Entrez le code d’accès unique.', [{ use: 'code à six chiffres', refuse: ['code d’accès unique'] }])[0].found // 'code d’accès unique'
 */
export function findVariants(text: string, terms: readonly Term[]): TermMatch[] {
  const plain = plainForMatching(text);
  const matches: TermMatch[] = [];
  for (const term of terms) {
    for (const variant of term.refuse) {
      for (const match of plain.matchAll(variantPattern(variant, term.caseSensitive ?? false))) {
        matches.push({ index: match.index, found: text.slice(match.index, match.index + match[0].length), term });
      }
    }
  }
  return matches.sort((a, b) => a.index - b.index);
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
