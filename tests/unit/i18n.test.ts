import { expect, test } from '@playwright/test';
import { dictionaries, LANGS, scriptStrings, useTranslations } from '../../src/i18n';
import { langOf } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translate';

test('both UI dictionaries have the same keys and no empty string', () => {
  const [first, ...others] = LANGS.map((lang) => Object.keys(dictionaries[lang]).sort());
  for (const keys of others) expect(keys).toEqual(first);
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(dictionaries[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
  }
});

test('placeholders match between the French and English strings', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  for (const [key, value] of Object.entries(dictionaries.fr)) {
    expect(placeholders(dictionaries.en[key as keyof typeof dictionaries.en]), key).toEqual(placeholders(value));
  }
});

test('fills named placeholders and refuses a missing one', () => {
  const t = useTranslations('fr');
  expect(t('video.play', { title: 'CléGC' })).toBe('Lire la vidéo «\u00a0CléGC\u00a0»');
  expect(() => t('video.play')).toThrow('{title}');
});

test('a plural message takes its form from the language: French counts 0 as singular, English does not', () => {
  const fr = useTranslations('fr');
  const en = useTranslations('en');
  expect([0, 1, 2].map((count) => fr('quickLinks.count', { count }))).toEqual([
    '0\u00a0section affichée',
    '1\u00a0section affichée',
    '2\u00a0sections affichées',
  ]);
  expect([0, 1, 2].map((count) => en('quickLinks.count', { count }))).toEqual(['0 sections shown', '1 section shown', '2 sections shown']);
  expect(fr('search.count', { count: 1_000_000, query: 'clé' })).toBe('1000000\u00a0résultats pour «\u00a0clé\u00a0»');
  // @ts-expect-error: a plural message needs its count.
  expect(() => fr('quickLinks.count')).toThrow('"quickLinks.count" (fr)');
});

test('a browser script gets the same t() over only the strings it is handed, and a query is inserted as typed', () => {
  const t = translator('fr', scriptStrings('fr', ['search.count.one', 'search.count.other', 'search.none']));
  expect(t('search.count', { count: 0, query: '$& <b>' })).toBe('0\u00a0résultat pour «\u00a0$& <b>\u00a0»');
  expect(t('search.none', { query: 'x' })).toBe(useTranslations('fr')('search.none', { query: 'x' }));
  expect(JSON.stringify(scriptStrings('en', ['search.none']))).toBe(JSON.stringify({ 'search.none': dictionaries.en['search.none'] }));
});

test('French UI strings use non-breaking spaces before : ; ! ? and inside « »', () => {
  for (const [key, value] of Object.entries(dictionaries.fr)) {
    expect(value, key).not.toMatch(/ [:;!?»]|« /);
  }
});

test('the language of a page address or of a file in the content folder is its first folder, and nothing else is', () => {
  expect(langOf('/fr/cle-gc/#regles')).toBe('fr');
  expect(langOf('/en/')).toBe('en');
  expect(langOf('en/gckey.mdx')).toBe('en');
  for (const path of ['/', '/404.html', 'fr.mdx', '/de/seite/', 'notices/panne.yaml']) expect(langOf(path), path).toBeUndefined();
});
