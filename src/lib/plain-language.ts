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
const WORD = /[\p{L}\p{N}]+(?:[’'\-‑][\p{L}\p{N}]+)*/gu;

/** The words of a text. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A unit of prose (a paragraph or a list item) cut into sentences: after . ! ? or … followed by a capital,
 * a quote or a digit, and at the end. A list item without a full stop is a sentence of its own.
 * @example sentencesOf('Ouvrez le courriel. Sélectionnez le lien ! 3 étapes') // ['Ouvrez le courriel.', 'Sélectionnez le lien !', '3 étapes']
 */
export function sentencesOf(unit: string): string[] {
  return unit
    .split(/(?<=[.!?…])[\s\u00a0\u202f]+(?=[\p{Lu}\p{N}«“"])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
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

/** Rounded to one decimal, as the table prints it. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The readability of an article body given as its units of prose (paragraphs and list items,
 * headings and transcripts left out by the caller).
 */
export function readability(units: readonly string[], lang: Lang): Readability {
  const sentences = units.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const count = Math.max(words.length, 1);
  const sentenceCount = Math.max(sentences.length, 1);
  const longWords = words.filter((word) => word.replace(/[’'\-‑]/g, '').length > 6).length;
  const syllables = words.reduce((sum, word) => sum + (lang === 'fr' ? frenchSyllables(word) : englishSyllables(word)), 0);
  const score =
    lang === 'fr'
      ? 207 - 1.015 * (count / sentenceCount) - 73.6 * (syllables / count)
      : fleschKincaid({ sentence: sentenceCount, word: count, syllable: syllables });
  return {
    words: words.length,
    sentences: sentences.length,
    lix: tenth(count / sentenceCount + (100 * longWords) / count),
    score: tenth(score),
    longSentences: sentences.filter((sentence) => wordsOf(sentence).length > SOFT_SENTENCE_WORDS).length,
  };
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
