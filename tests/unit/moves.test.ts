import { expect, test } from '@playwright/test';
import { checkMoves, type MovableArticle } from '../../src/lib/moves';

const article = (overrides: Partial<MovableArticle>): MovableArticle => ({
  lang: 'fr',
  slug: 'cle-gc',
  file: 'content/fr/cle-gc.mdx',
  previousSlugs: [],
  sectionAliases: {},
  sectionIds: new Set(['regles-mot-de-passe']),
  ...overrides,
});

test('accepts a former slug nobody uses and an alias to an existing section', () => {
  expect(checkMoves([article({ previousSlugs: ['clegc'], sectionAliases: { 'regles-mdp': 'regles-mot-de-passe' } })])).toEqual([]);
});

test('refuses a former slug that is another article’s address', () => {
  const problems = checkMoves([article({ previousSlugs: ['aide'] }), article({ slug: 'aide', file: 'content/fr/aide.mdx', sectionIds: new Set() })]);
  expect(problems).toEqual([expect.stringContaining('previousSlugs lists "aide", but /fr/aide/ belongs to content/fr/aide.mdx')]);
});

test('refuses an alias to a section that does not exist, and an alias that hides a live id', () => {
  const problems = checkMoves([article({ sectionAliases: { 'vieux-titre': 'absent', 'regles-mot-de-passe': 'regles-mot-de-passe' } })]);
  expect(problems).toEqual([
    expect.stringContaining('sends #vieux-titre to #absent, which this article does not have. Use one of: regles-mot-de-passe'),
    expect.stringContaining('lists #regles-mot-de-passe, which is still a heading id here'),
  ]);
});
