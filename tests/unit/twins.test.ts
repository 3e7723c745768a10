import { expect, test } from '@playwright/test';
import { ContentError } from '../../src/lib/content-error';
import { pairTwins, type ArticleRecord } from '../../src/lib/twins';

const article = (lang: 'fr' | 'en', translationKey: string, slug: string): ArticleRecord => ({
  lang,
  translationKey,
  slug,
  file: `content/${lang}/${slug}.mdx`,
});

function problemsOf(records: ArticleRecord[]): string[] {
  try {
    pairTwins(records);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

test('pairs twins by translationKey in both directions', () => {
  const fr = article('fr', 'supported-browsers', 'navigateurs');
  const en = article('en', 'supported-browsers', 'browsers');
  const pairing = pairTwins([fr, en]);
  expect(pairing.twinOf(fr)).toBe(en);
  expect(pairing.twinOf(en)).toBe(fr);
  expect(pairing.byKey('en', 'supported-browsers')).toBe(en);
  expect(pairing.articles('fr')).toEqual([fr]);
});

test('names the file and the fix when an article has no twin', () => {
  const problems = problemsOf([article('fr', 'lonely', 'seul')]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('content/fr/seul.mdx: no English twin');
  expect(problems[0]).toContain('npm run new -- lonely');
});

test('refuses two articles of one language with the same slug', () => {
  const problems = problemsOf([article('en', 'a', 'same'), article('en', 'b', 'same'), article('fr', 'a', 'x'), article('fr', 'b', 'y')]);
  expect(problems).toEqual([expect.stringContaining('slug "same" is already used by content/en/same.mdx')]);
});

test('refuses two articles of one language with the same translationKey', () => {
  const problems = problemsOf([article('fr', 'key', 'un'), article('fr', 'key', 'deux'), article('en', 'key', 'one')]);
  expect(problems).toEqual([expect.stringContaining('translationKey "key" is already used by content/fr/un.mdx')]);
});
