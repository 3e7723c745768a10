import { expect, test } from '@playwright/test';
import { dictionaries, LANGS, useTranslations } from '../../src/i18n';

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

test('French UI strings use non-breaking spaces before : ; ! ? and inside « »', () => {
  for (const [key, value] of Object.entries(dictionaries.fr)) {
    expect(value, key).not.toMatch(/ [:;!?»]|« /);
  }
});
