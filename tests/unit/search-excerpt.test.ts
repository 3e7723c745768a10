import { expect, test } from '@playwright/test';
import { excerptParts, significantMarks } from '../../src/browser/search-client';
import { foldWord, STOP_WORDS } from '../../src/lib/stop-words';

const marked = (excerpt: string, query: string) =>
  significantMarks(excerptParts(excerpt), query)
    .filter((part) => part.mark)
    .map((part) => part.text);

test('stop words are not highlighted, in French or in English', () => {
  expect(marked('Règles du <mark>mot</mark> <mark>de</mark> <mark>passe.</mark> <mark>De</mark> 8 à 16', 'mot de passe')).toEqual(['mot', 'passe.']);
  expect(marked('<mark>the</mark> <mark>password</mark> <mark>of</mark> your bank', 'the password of')).toEqual(['password']);
});

test('words a stop word merely begins are not highlighted either (Pagefind matches by prefix)', () => {
  expect(marked('les <mark>deux</mark> options, vous <mark>devrez</mark> la garder, Espace client <mark>DEC,</mark>', 'mot de passe')).toEqual([]);
});

test('a word that matters stays highlighted in its other forms: plural, elided, hyphenated, another ending', () => {
  expect(marked('Lettres <mark>majuscules,</mark>', 'majuscule')).toEqual(['majuscules,']);
  expect(marked('configurer <mark>l’authentification</mark>', 'authentification')).toEqual(['l’authentification']);
  expect(marked('à <mark>deux-facteurs</mark>', 'facteurs')).toEqual(['deux-facteurs']);
  expect(marked('<mark>Connectez-vous</mark> avec', 'se connecter')).toEqual(['Connectez-vous']);
  expect(marked('code <mark>QR</mark>', 'QR')).toEqual(['QR']);
});

test('a query of stop words alone highlights nothing', () => {
  expect(marked('<mark>de</mark> la <mark>des</mark>', 'de la')).toEqual([]);
});

test('words are compared folded: case, accents, punctuation and French elision aside', () => {
  expect(foldWord('L’Authentification,')).toBe('authentification');
  expect(foldWord('«\u00a0Clé\u00a0»')).toBe('cle');
  expect(foldWord("qu'il")).toBe('il');
  for (const word of ['de', 'la', 'le', 'les', 'des', 'du', 'et', 'the', 'of', 'a', 'to']) expect(STOP_WORDS.has(word), word).toBe(true);
  for (const word of ['mot', 'passe', 'code', 'cle', 'password', 'deux']) expect(STOP_WORDS.has(word), word).toBe(false);
});
