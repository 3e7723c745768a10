import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Lang } from '../i18n/locales.ts';

/**
 * Readability figures of an article body, as Canada.ca's templates ask for plain language (grade 6 to 8).
 * Formulas measure sentence and word length only: they flag text worth a second look, never judge it.
 */
export interface Readability {
  words: number;
  sentences: number;
  /** LIX: words per sentence plus the share of words over six letters, in percent. Needs no syllables: both languages. */
  lix: number;
  /** English: Flesch–Kincaid grade level (lower reads easier). French: Kandel & Moles reading ease (higher reads easier). */
  score: number;
  /** Sentences longer than the soft target of 25 words. */
  longSentences: number;
}

/** A sentence over this many words is flagged in the table; 25 is where the review of December 2026 drew the line. */
export const SOFT_SENTENCE_WORDS = 25;

/** Words: letters and digits, an elision or a hyphen inside a word ("l’application", "entrez-le", "Authenti-Canada") keeps it whole. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `at` is a letter or a digit: ASCII by its code, the rest by its Unicode class. */
function inWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xaa && LETTER_OR_DIGIT.test(text[at]!));
}

/** ’ ' - and the non-breaking hyphen join two parts of one word. */
const joins = (code: number) => code === 0x2019 || code === 39 || code === 45 || code === 0x2011;

/**
 * The words of a text. Scanned by hand rather than by a Unicode regular expression: this is the inner
 * loop of every readability figure, and at 2×1000 articles the scan takes half the time.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < text.length) {
    if (!inWord(text, at)) {
      at += 1;
      continue;
    }
    const start = at;
    for (;;) {
      while (at < text.length && inWord(text, at)) at += 1;
      // An apostrophe or a hyphen between two letters keeps the word whole: l’application, entrez-le.
      if (at + 1 < text.length && joins(text.charCodeAt(at)) && inWord(text, at + 1)) at += 1;
      else break;
    }
    words.push(text.slice(start, at));
  }
  return words;
}

/** The end of a sentence: . ! ? or … and spaces before a capital, a quote or a digit. */
const SENTENCE_END = /[.!?…][\s\u00a0\u202f]+(?=[\p{Lu}\p{N}«“"])/gu;

/** A sentence of prose and its words, cut and counted once for every figure. */
export interface SentenceWords {
  text: string;
  words: string[];
}

/**
 * A unit of prose (a paragraph or a list item) cut into sentences, each with its words: after . ! ? or …
 * followed by a capital, a quote or a digit, and at the end. A list item without a full stop is a sentence of its own.
 * @example sentenceWords('Ouvrez le courriel. 3 étapes')[1] // { text: '3 étapes', words: ['3', 'étapes'] }
 */
export function sentenceWords(unit: string): SentenceWords[] {
  const sentences: SentenceWords[] = [];
  const add = (text: string) => {
    const words = wordsOf(text);
    if (words.length > 0) sentences.push({ text: text.trim(), words });
  };
  let start = 0;
  // Found forward, not by splitting on a lookbehind, which tries every space of every paragraph (a fifth of the checks' time).
  for (const match of unit.matchAll(SENTENCE_END)) {
    add(unit.slice(start, match.index + 1));
    start = match.index + match[0].length;
  }
  add(unit.slice(start));
  return sentences;
}

/**
 * A unit of prose cut into sentences, as `sentenceWords` cuts it.
 * @example sentencesOf('Ouvrez le courriel. Sélectionnez le lien ! 3 étapes') // ['Ouvrez le courriel.', 'Sélectionnez le lien !', '3 étapes']
 */
export function sentencesOf(unit: string): string[] {
  return sentenceWords(unit).map((sentence) => sentence.text);
}

const FRENCH_VOWELS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;

/**
 * French syllables by a vowel-group rule: each group of vowels is one syllable, the u of qu and gu
 * belongs to its consonant, and a mute final e or es is not counted. Hyphenation dictionaries count
 * badly here ("connexion" as one); the rule is tested on a word list (tests/unit/plain-language.test.ts).
 * @example frenchSyllables('authentification') // 6
 */
export function frenchSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[’']/g, '');
  // "qu" and "gu" before a vowel: the u is not a vowel of its own ("question", "guide").
  const letters = lower.replace(/([qg])u(?=[aeiouyàâäéèêëîïôöùûüÿ])/g, '$1');
  const groups = letters.match(FRENCH_VOWELS)?.length ?? 0;
  if (groups === 0) return /\d/.test(lower) ? lower.replace(/\D/g, '').length : 1;
  const muteEnding = groups > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(letters);
  return groups - (muteEnding ? 1 : 0);
}

/**
 * English syllables from the `syllable` package, with the two cases it miscounts here spelled out:
 * an acronym is read letter by letter ("CED" 3, "GCKey" 2 + 1) and a number digit by digit.
 * @example englishSyllables('GCKey') // 3
 */
export function englishSyllables(word: string): number {
  const acronym = /^(\p{Lu}+?)(\p{Lu}\p{Ll}+)?$/u.exec(word);
  if (acronym) return acronym[1]!.length + (acronym[2] ? syllable(acronym[2]) : 0);
  if (/^\d+$/.test(word)) return word.length;
  return Math.max(1, syllable(word));
}

/**
 * A syllable counter for one language that remembers every word it has counted. Articles repeat their
 * words: at 2×1000 articles, counting each occurrence anew was most of the content checks' time.
 */
export function syllableCounter(lang: Lang): (word: string) => number {
  const known = new Map<string, number>();
  const count = lang === 'fr' ? frenchSyllables : englishSyllables;
  return (word) => {
    let syllables = known.get(word);
    if (syllables === undefined) {
      syllables = count(word);
      known.set(word, syllables);
    }
    return syllables;
  };
}

/** Rounded to one decimal, as the table prints it. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/** A word of more than six letters, as LIX counts it (apostrophes and hyphens are not letters). */
const isLong = (word: string) => word.length > 6 && word.replace(/[’'\-‑]/g, '').length > 6;

/**
 * The readability of an article body given as its sentences (`sentenceWords` of its paragraphs and list
 * items, headings and transcripts left out by the caller). One `syllables` counter can serve a whole run.
 */
export function readabilityOf(sentences: readonly SentenceWords[], lang: Lang, syllables = syllableCounter(lang)): Readability {
  let words = 0;
  let longWords = 0;
  let syllableCount = 0;
  let longSentences = 0;
  for (const sentence of sentences) {
    words += sentence.words.length;
    if (sentence.words.length > SOFT_SENTENCE_WORDS) longSentences += 1;
    for (const word of sentence.words) {
      syllableCount += syllables(word);
      if (isLong(word)) longWords += 1;
    }
  }
  const count = Math.max(words, 1);
  const sentenceCount = Math.max(sentences.length, 1);
  const score =
    lang === 'fr'
      ? 207 - 1.015 * (count / sentenceCount) - 73.6 * (syllableCount / count)
      : fleschKincaid({ sentence: sentenceCount, word: count, syllable: syllableCount });
  return {
    words,
    sentences: sentences.length,
    lix: tenth(count / sentenceCount + (100 * longWords) / count),
    score: tenth(score),
    longSentences,
  };
}

/** The readability of an article body given as its units of prose (paragraphs and list items). */
export function readability(units: readonly string[], lang: Lang, syllables = syllableCounter(lang)): Readability {
  return readabilityOf(units.flatMap(sentenceWords), lang, syllables);
}

/** How much worse an edit may make an article before the build asks for plainer words or an accept. */
export const RATCHET = { lix: 5, fr: 5, en: 1 } as const;

/**
 * Why `now` reads clearly harder than `before`, or nothing. English scores are grades (higher is
 * harder), French ones reading ease (lower is harder); LIX rises with difficulty in both.
 */
export function clearlyHarder(before: Readability, now: Readability, lang: Lang): string | undefined {
  const reasons: string[] = [];
  if (now.lix - before.lix > RATCHET.lix) reasons.push(`LIX ${before.lix} → ${now.lix}`);
  if (lang === 'en' && now.score - before.score > RATCHET.en) reasons.push(`Flesch–Kincaid grade ${before.score} → ${now.score}`);
  if (lang === 'fr' && before.score - now.score > RATCHET.fr) reasons.push(`Kandel & Moles ${before.score} → ${now.score}`);
  return reasons.length > 0 ? reasons.join(', ') : undefined;
}
