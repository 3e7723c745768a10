import { expect, test } from '@playwright/test';
import { frontmatterProblems } from '../../src/lib/frontmatter-check';
import { clearlyHarder, englishSyllables, frenchSyllables, readability, sentencesOf, wordsOf } from '../../src/lib/plain-language';
import { articleProse } from '../../src/pipeline/article-prose';
import { measureArticle } from '../../src/pipeline/readability-lock';

test('French syllables follow the vowel groups, the u of qu and gu is silent, a final mute e or es is not counted', () => {
  const words: Record<string, number> = {
    connexion: 3,
    authentification: 6,
    application: 4,
    courriel: 2,
    question: 2,
    guide: 1,
    code: 1,
    codes: 1,
    téléphone: 3,
    récupération: 5,
    mot: 1,
    passe: 1,
    le: 1,
    une: 1,
    utilisateur: 5,
    navigateur: 4,
    CléGC: 1,
    'l’application': 4,
    sélectionnez: 4,
  };
  expect(Object.fromEntries(Object.keys(words).map((word) => [word, frenchSyllables(word)]))).toEqual(words);
});

test('English syllables read an acronym letter by letter and a number digit by digit', () => {
  expect(['CED', 'GCKey', 'QR', 'password', 'select', '2026'].map(englishSyllables)).toEqual([3, 3, 2, 2, 2, 4]);
});

test('a unit of prose splits into sentences after . ! ? or … before a capital, and a list item is a sentence', () => {
  expect(sentencesOf('Ouvrez le courriel. Sélectionnez le lien ! Vous y êtes ? 3 étapes… Fin')).toEqual([
    'Ouvrez le courriel.',
    'Sélectionnez le lien !',
    'Vous y êtes ?',
    '3 étapes…',
    'Fin',
  ]);
  expect(sentencesOf('Version 2.0 is out. It works, e.g. here.')).toEqual(['Version 2.0 is out.', 'It works, e.g. here.']);
  expect(wordsOf('Entrez-le dans l’application Authenti-Canada, le 2026-12-05.')).toEqual([
    'Entrez-le',
    'dans',
    'l’application',
    'Authenti-Canada',
    'le',
    '2026-12-05',
  ]);
});

test('the figures follow the published formulas: LIX, Flesch–Kincaid for English, Kandel & Moles for French', () => {
  // 2 sentences, 9 words, 1 word over six letters, 10 syllables: 0.39 × 4.5 + 11.8 × 10/9 − 15.59.
  expect(readability(['The cat sat. The password is on the mat.'], 'en')).toEqual({
    words: 9,
    sentences: 2,
    lix: 15.6,
    score: -0.7,
    longSentences: 0,
  });
  // 1 sentence, 4 words (le, code, est, re-fu-sé: 1 + 1 + 1 + 3 = 6 syllables): 207 − 1.015 × 4 − 73.6 × 6/4.
  expect(readability(['Le code est refusé.'], 'fr')).toEqual({ words: 4, sentences: 1, lix: 4, score: 92.5, longSentences: 0 });
});

test('an edit is clearly harder past the thresholds only, in the direction each score reads', () => {
  const base = { words: 100, sentences: 10, lix: 30, score: 6, longSentences: 0 };
  expect(clearlyHarder(base, { ...base, lix: 35, score: 7 }, 'en')).toBeUndefined();
  expect(clearlyHarder(base, { ...base, lix: 35.1 }, 'en')).toBe('LIX 30 → 35.1');
  expect(clearlyHarder(base, { ...base, score: 7.1 }, 'en')).toBe('Flesch–Kincaid grade 6 → 7.1');
  const french = { ...base, score: 60 };
  expect(clearlyHarder(french, { ...french, score: 55 }, 'fr')).toBeUndefined();
  expect(clearlyHarder(french, { ...french, score: 54.9 }, 'fr')).toBe('Kandel & Moles 60 → 54.9');
  expect(clearlyHarder(french, { ...french, score: 80 }, 'fr')).toBeUndefined();
});

test('a body sentence over the hard limit is found with its line, headings and transcripts left out, and a waiver gives its reason', () => {
  const long = Array.from({ length: 31 }, (_, index) => `word${index}`).join(' ');
  const source = `---\ntitle: A title\ntranslationKey: demo\nplainLanguage: { longSentences: "The list of browsers reads as one sentence on purpose." }\n---\n\n## ${long}\n\nShort one.\n\n${long}.\n\n<VideoTutorial title="T">\n\n${long}.\n\n</VideoTutorial>\n`;
  const measured = measureArticle(articleProse(source, 'mdx'), 'en', 'demo.mdx')!;
  expect(measured.key).toBe('en/demo');
  expect(measured.tooLong).toEqual([{ line: 11, words: 31, start: 'word0 word1 word2 word3 word4 word5' }]);
  expect(measured.waiver).toBe('The list of browsers reads as one sentence on purpose.');
  expect(measured.figures.sentences).toBe(2);
});

test('a plain-language waiver without a real reason is refused, naming the field and line', () => {
  const text = `---\ntitle: Un titre\ndescription: Une description assez longue pour passer.\ntranslationKey: demo\nslug: demo\ntopic: help\norder: 1\ndateModified: 2026-12-05\nchanges: [{ date: 2026-12-05, summary: Publication }]\nplainLanguage: { longSentences: court }\n---\n`;
  expect(frontmatterProblems('demo.mdx', text, 'fr')).toEqual([
    'demo.mdx:10: plainLanguage.longSentences needs a real reason (20 characters or more): why can the sentence not be split?',
  ]);
});
