import { expect, test } from '@playwright/test';
import { pairSections } from '../../src/lib/sections';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

test('pairs twin sections by position, h2 and h3 alike', () => {
  const fr = { file: 'content/fr/a.mdx', headings: [h(2, 'regles'), h(3, 'mot-de-passe'), h(4, 'ignored'), h(2, 'aide')] };
  const en = { file: 'content/en/a.mdx', headings: [h(2, 'rules'), h(3, 'password'), h(2, 'help')] };
  expect(pairSections(fr, en)).toEqual({
    pairs: [
      ['regles', 'rules'],
      ['mot-de-passe', 'password'],
      ['aide', 'help'],
    ],
  });
});

test('names both files and the first section that has no twin', () => {
  const fr = { file: 'content/fr/a.mdx', headings: [h(2, 'regles'), h(2, 'aide')] };
  const en = { file: 'content/en/a.mdx', headings: [h(2, 'rules')] };
  const { problem } = pairSections(fr, en);
  expect(problem).toContain('content/fr/a.mdx and its twin content/en/a.mdx differ at section 2: h2 "aide" (#aide) against nothing');
});

test('refuses an h2 paired with an h3', () => {
  const { problem } = pairSections({ file: 'fr', headings: [h(2, 'a')] }, { file: 'en', headings: [h(3, 'b')] });
  expect(problem).toContain('differ at section 1');
});
