import { expect, test } from '@playwright/test';
import {
  compareTranslations,
  outOfStepMessage,
  serialiseTranslationLock,
  type TranslationLock,
  type TranslationPair,
} from '../../src/pipeline/translation-lock';

function pair(fr: [string, string][], en: [string, string][]): TranslationPair {
  const source = (lang: 'fr' | 'en', sections: [string, string][]) => ({
    lang,
    file: `content/${lang}/a.mdx`,
    path: `${lang}/a.mdx`,
    frontmatter: {},
    sections,
  });
  return { key: 'a', fr: source('fr', fr), en: source('en', en) };
}

const lock: TranslationLock = {
  a: {
    fr: [
      ['', 'f0'],
      ['regles', 'f1'],
    ],
    en: [
      ['', 'e0'],
      ['rules', 'e1'],
    ],
  },
};

test('a section changed in French only is out of step, and keeps its recorded fingerprint', () => {
  const { outOfStep, next } = compareTranslations(lock, [
    pair(
      [
        ['', 'f0'],
        ['regles', 'f1-new'],
      ],
      [
        ['', 'e0'],
        ['rules', 'e1'],
      ],
    ),
  ]);
  expect(outOfStep).toHaveLength(1);
  expect(outOfStep[0]).toMatchObject({ changed: 'fr', sectionId: 'regles', twinSectionId: 'rules', locked: 'f1' });
  expect(next).toEqual(lock);
  expect(outOfStepMessage(outOfStep[0]!, 'content/translations.lock.json')).toBe(
    'content/fr/a.mdx: the French text of #regles changed, and its twin in content/en/a.mdx (#rules) did not. Update the English twin of #regles, or run `npm run translations:accept` if the English already says the same, and commit content/translations.lock.json.',
  );
});

test('an introduction changed in English only asks for the French twin', () => {
  const { outOfStep } = compareTranslations(lock, [
    pair(
      [
        ['', 'f0'],
        ['regles', 'f1'],
      ],
      [
        ['', 'e0-new'],
        ['rules', 'e1'],
      ],
    ),
  ]);
  const message = outOfStepMessage(outOfStep[0]!, 'lock.json');
  expect(message).toContain('Update the French twin of the introduction');
  // Said in full once, not at each of its three mentions.
  expect(message.match(/title, description and text before the first heading/g)).toHaveLength(1);
});

test('a section changed in both languages, a new section and a new article are recorded without complaint', () => {
  const { outOfStep, next, added } = compareTranslations(lock, [
    pair(
      [
        ['', 'f0-new'],
        ['regles', 'f1'],
        ['aide', 'f2'],
      ],
      [
        ['', 'e0-new'],
        ['rules', 'e1'],
        ['help', 'e2'],
      ],
    ),
    { ...pair([['', 'x']], [['', 'y']]), key: 'b' },
  ]);
  expect(outOfStep).toEqual([]);
  expect(next['a']!.fr).toEqual([
    ['', 'f0-new'],
    ['regles', 'f1'],
    ['aide', 'f2'],
  ]);
  expect(next['b']).toEqual({ fr: [['', 'x']], en: [['', 'y']] });
  expect(added).toEqual(['content/fr/a.mdx #aide and content/en/a.mdx #help (a new section)', 'content/fr/a.mdx and content/en/a.mdx (a new pair)']);
});

test('a section renamed in one language is still compared with its recorded twin', () => {
  const { outOfStep } = compareTranslations(lock, [
    pair(
      [
        ['', 'f0'],
        ['regles-renommees', 'f1-new'],
      ],
      [
        ['', 'e0'],
        ['rules', 'e1'],
      ],
    ),
  ]);
  expect(outOfStep.map((problem) => problem.sectionId)).toEqual(['regles-renommees']);
});

test('the lock file is written in a stable order, one line per section', () => {
  const text = serialiseTranslationLock({ b: { fr: [['', '1']], en: [['', '2']] }, a: lock['a']! });
  expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"b"'));
  expect(text).toContain('      ["regles","f1"]');
  expect(JSON.parse(text)).toEqual({ a: lock['a'], b: { fr: [['', '1']], en: [['', '2']] } });
});
