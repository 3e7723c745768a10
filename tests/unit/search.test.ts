import { expect, test } from '@playwright/test';
import { bestSections, excerptParts, MAX_QUERY_LENGTH, searchable, toResult, type PagefindData } from '../../src/browser/search-client';
import { foldForSearch, metaWords, SEARCH_GLOSSARY, searchTermsFor } from '../../src/lib/search-glossary';
import { SEARCH_META } from '../../src/lib/search';

test('folding for search drops accents, case and typographic apostrophes and hyphens', () => {
  expect(foldForSearch('  Clé GC ')).toBe('cle gc');
  expect(foldForSearch('Nom d’utilisateur')).toBe("nom d'utilisateur");
  expect(foldForSearch('Sign‑In Partner')).toBe('sign in partner');
});

test('an article is indexed under its keywords and under the glossary words of what its title names', () => {
  const terms = searchTermsFor({ title: 'Configurer l’authentification à deux facteurs', keywords: ['QR code'] });
  expect(terms.about).toEqual(expect.arrayContaining(['2FA', 'MFA', 'double authentification', 'two-factor authentication']));
  expect(terms.related).toEqual(['QR code']);
});

test('glossary words named only by a heading, the description or a keyword count as related, not as what the article is about', () => {
  const terms = searchTermsFor({ title: 'Vous connecter lors de vos prochaines visites', headings: ['Le code a changé'], keywords: ['2FA', 'code expiré'] });
  expect(terms.about).toEqual([]);
  expect(terms.related).toEqual(expect.arrayContaining(['2FA', 'MFA', 'code expiré', 'code refusé', 'code refused']));
});

test('body words do not pull in the glossary, and each word is listed once', () => {
  const terms = searchTermsFor({ title: 'Créer une CléGC', keywords: ['cle gc', 'Clé GC', 'CLÉGC'] });
  const all = [...terms.about, ...terms.related].map(foldForSearch);
  expect(new Set(all).size).toBe(all.length);
  expect(all).toContain('gckey');
  expect(searchTermsFor({ title: 'Navigateurs pris en charge' }).about).not.toContain('2FA');
});

test('a glossary word matches whole words only', () => {
  const glossary = [{ same: ['IE', 'Internet Explorer'] }];
  expect(searchTermsFor({ title: 'Tie your shoes' }, glossary).about).toEqual([]);
  expect(searchTermsFor({ title: 'Why not IE?' }, glossary).about).toEqual(['IE', 'Internet Explorer']);
});

test('every glossary entry has at least two words, or words people search for instead', () => {
  for (const entry of SEARCH_GLOSSARY) expect(entry.same.length + (entry.searches?.length ?? 0), entry.same.join(', ')).toBeGreaterThan(1);
});

test('queries are trimmed, cut to the maximum length, and one character is too short to search', () => {
  expect(searchable('  QR  ')).toBe('QR');
  expect(searchable('a')).toBe('');
  expect(searchable('🙂')).toBe('');
  expect(searchable('x'.repeat(1000))).toHaveLength(MAX_QUERY_LENGTH);
});

test('an excerpt becomes text runs: page text is never HTML, only <mark> marks', () => {
  expect(excerptParts('Use <mark>GCKey</mark> &lt;img src=x onerror=alert(1)&gt; & more')).toEqual([
    { text: 'Use ', mark: false },
    { text: 'GCKey', mark: true },
    { text: ' <img src=x onerror=alert(1)> & more', mark: false },
  ]);
});

const data = (overrides: Partial<PagefindData> = {}): PagefindData => ({
  url: '/en/gckey/',
  excerpt: 'A <mark>GCKey</mark> is',
  meta: { title: 'Create a GCKey', [SEARCH_META.twinUrl]: '/fr/cle-gc/', [SEARCH_META.twinTitle]: 'Créer une CléGC' },
  sub_results: [
    { title: 'Create a GCKey', url: '/en/gckey/', weighted_locations: [{ balanced_score: 90 }] },
    { title: 'Sign in', url: '/en/gckey/#existing-gckey', anchor: {}, weighted_locations: [{ balanced_score: 10 }] },
    { title: 'Password rules', url: '/en/gckey/#password-rules', anchor: {}, weighted_locations: [{ balanced_score: 30 }, { balanced_score: 30 }] },
  ],
  ...overrides,
});

test('sections are ranked by how hard the query hits them, and the page itself is not a section', () => {
  expect(bestSections(data().sub_results)).toEqual([
    { url: '/en/gckey/#password-rules', title: 'Password rules' },
    { url: '/en/gckey/#existing-gckey', title: 'Sign in' },
  ]);
  expect(bestSections(data().sub_results, 1)).toHaveLength(1);
});

test('a result is its page, title, marked excerpt and best sections; an excerpt without a hit is left out', () => {
  const result = toResult(data(), false, 'gckey')!;
  expect(result.url).toBe('/en/gckey/');
  expect(result.title).toBe('Create a GCKey');
  expect(result.excerpt?.some((part) => part.mark)).toBe(true);
  expect(toResult(data({ excerpt: 'Nothing marked' }), false, 'gckey')!.excerpt).toBeNull();
});

test('in the other-language fallback, a result offers its twin, in the page’s language', () => {
  expect(toResult(data(), true, 'gckey')).toEqual({ url: '/fr/cle-gc/', title: 'Créer une CléGC', excerpt: null, sections: [] });
});

test('synonyms reach Pagefind as a bag of words, each once, whatever its accents or case', () => {
  expect(metaWords(['mot de passe', 'mot de passe oublié', 'Mot de passe oublie', 'forgot password'])).toBe('mot de passe oublié forgot password');
  expect(metaWords([])).toBe('');
});
