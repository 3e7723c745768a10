import { expect, test } from '@playwright/test';
import { buildCatalogue, CatalogueError, type ArticleRecord } from '../../src/lib/catalogue';

const article = (lang: 'fr' | 'en', translationKey: string, slug: string): ArticleRecord => ({
  lang,
  translationKey,
  slug,
  file: `content/${lang}/${slug}.mdx`,
});

function problemsOf(records: ArticleRecord[]): string[] {
  try {
    buildCatalogue(records);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  return [];
}

test('pairs twins by translationKey in both directions', () => {
  const fr = article('fr', 'supported-browsers', 'navigateurs');
  const en = article('en', 'supported-browsers', 'browsers');
  const catalogue = buildCatalogue([fr, en]);
  expect(catalogue.twinOf(fr)).toBe(en);
  expect(catalogue.twinOf(en)).toBe(fr);
  expect(catalogue.byKey('en', 'supported-browsers')).toBe(en);
  expect(catalogue.articles('fr')).toEqual([fr]);
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
