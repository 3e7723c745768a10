/**
 * Grammatical words of French and English: articles, prepositions, conjunctions,
 * pronouns and the commonest auxiliaries. A search matches them (Pagefind does not
 * drop them), but an excerpt that highlights every "de" or "the" hides the words
 * that matter. A short list written here rather than a stop-word package: those
 * lists run to hundreds of words per language (several kilobytes in the results
 * script, which has a 3 KB budget) and include words these articles use as content.
 * Written folded: lower case, no accents (see `foldWord`).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  ...['a', 'au', 'aux', 'avec', 'c', 'ce', 'ces', 'cet', 'cette', 'd', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en', 'est', 'et', 'il', 'ils'],
  ...['j', 'je', 'l', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'ma', 'mais', 'me', 'mes', 'mon', 'n', 'ne', 'nos', 'notre', 'nous', 'ou', 'par'],
  ...['pas', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'si', 'son', 'sont', 'sur', 'ta', 'te', 'tes', 'ton', 'tu', 'un', 'une', 'vos'],
  ...['votre', 'vous', 'y'],
  // English
  ...['an', 'and', 'are', 'as', 'at', 'be', 'by', 'do', 'does', 'for', 'from', 'how', 'i', 'if', 'in', 'is', 'it', 'its', 'my', 'of', 'on', 'or'],
  ...['our', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'what', 'with', 'you', 'your'],
]);

/**
 * A word as compared with the stop words and the query: lower case, no accents, ' for ’,
 * no punctuation around it, no French elision in front (l’, d’, qu’…).
 * @example foldWord('L’authentification,') // 'authentification'
 * @example foldWord('Can’t') // "can't"
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/^(?:[cdjlmnst]|qu)'/, '');
}

/** A word matches a query word when they share at least this many first letters (or all of a shorter query word): a stem. */
export const STEM_PREFIX = 4;

/** How many first letters two words share. */
export function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
