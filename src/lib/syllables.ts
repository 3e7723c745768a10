import { syllable } from 'syllable';
import type { Lang } from '../i18n/locales';

const VOWELS = new Set('aàâäeéèêëiîïoôöuùûüyÿæœ');
/** A vowel with a diaeresis is said apart from the vowel before it: naïf, Noël. */
const DIAERESIS = new Set('äëïöüÿ');

/**
 * French syllables of one lower-case word by the vowel-group rule: each group of vowels is one
 * syllable ("qu" and "gu" before e/i count no vowel; a diaeresis or a vowel after "é" starts a
 * new group), a mute final "e" or "es" counts none, and a word has at least one. Hyphenation
 * patterns count syllables badly ("connexion" comes out as one), hence this rule.
 * @example frenchSyllables('authentification') // 6
 */
export function frenchSyllables(word: string): number {
  return Math.max(vowelGroups(word), 1);
}

/** The vowel groups of `frenchSyllables`, without its minimum of one. */
function vowelGroups(word: string): number {
  const bare = word
    .toLowerCase()
    .replace(/qu/g, 'q')
    .replace(/gu(?=[eéèêiîy])/g, 'g')
    .replace(/es?$/, '');
  let count = 0;
  let previous = '';
  for (const letter of bare) {
    if (VOWELS.has(letter) && (!VOWELS.has(previous) || DIAERESIS.has(letter) || previous === 'é')) count += 1;
    previous = letter;
  }
  return count;
}

/**
 * Pieces of a word said one by one: each digit, and each capital of an acronym ("GCKey" is G, C
 * and "Key"; "2FA" is 2, F and A); the rest are runs of letters read as a word.
 */
const PIECES = /\p{N}|\p{Lu}(?=\p{Lu}|\p{N}|$)|\p{Lu}?[\p{Ll}'’]+/gu;

/**
 * Syllables of one word (letters, digits, hyphens and apostrophes) as read aloud, in the page's
 * language: an acronym counts one syllable per letter (GCKey 3, CED 3, QR 2, 2FA 3), a number one
 * per digit, each part of a hyphenated word at least one. English words are counted by the
 * `syllable` package, French ones by `frenchSyllables`.
 * @example wordSyllables('GCKey', 'en') // 3
 */
export function wordSyllables(word: string, lang: Lang): number {
  let total = 0;
  for (const part of word.split(/[-‑]/)) {
    let count = 0;
    for (const [piece] of part.matchAll(PIECES)) {
      if (piece.length === 1 && !/\p{Ll}/u.test(piece)) count += 1;
      // "l’application" and "qu’il" are one word said with the elided letters: they add no syllable.
      else if (lang === 'fr') count += piece.split(/['’]/).reduce((sum, elided) => sum + vowelGroups(elided), 0);
      else count += syllable(piece);
    }
    total += Math.max(count, 1);
  }
  return Math.max(total, 1);
}

/**
 * A syllable counter for one language that remembers the words it has counted: a long text
 * repeats its words, and the `syllable` package is the costly part of a readability measure.
 */
export function syllableCounter(lang: Lang): (word: string) => number {
  const known = new Map<string, number>();
  return (word) => {
    let count = known.get(word);
    if (count === undefined) {
      count = wordSyllables(word, lang);
      known.set(word, count);
    }
    return count;
  };
}
