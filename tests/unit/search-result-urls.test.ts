import { expect, test } from '@playwright/test';
import { toResult, type PagefindData } from '../../src/browser/search-client';
import { SEARCH_META } from '../../src/lib/search';
import { isSitePath } from '../../src/lib/urls';

const data = (url: string, overrides: Partial<PagefindData> = {}): PagefindData => ({
  url,
  excerpt: 'A <mark>GCKey</mark> is',
  meta: { title: 'Create a GCKey', [SEARCH_META.twinUrl]: '/fr/cle-gc/', [SEARCH_META.twinTitle]: 'Créer une CléGC' },
  sub_results: [],
  ...overrides,
});

const OFF_SITE = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,x',
  '//tiers.example/en/',
  '/\\tiers.example/',
  'https://tiers.example/en/',
  '/de/page/',
  '/en//tiers.example/',
  'en/gckey/',
];

test('only a root-relative path of the site in one of its languages counts as a site path', () => {
  for (const url of ['/fr/', '/en/gckey/', '/fr/cle-gc/#regles-mot-de-passe', '/en/search/?q=gckey']) expect(isSitePath(url), url).toBe(true);
  for (const url of OFF_SITE) expect(isSitePath(url), url).toBe(false);
});

test('a search result whose address leads off the site is dropped, in its own language and as a twin', () => {
  for (const url of OFF_SITE) {
    expect(toResult(data(url), false, 'gckey'), url).toBeNull();
    expect(toResult(data('/en/gckey/', { meta: { [SEARCH_META.twinUrl]: url, [SEARCH_META.twinTitle]: 'x' } }), true, 'gckey'), url).toBeNull();
  }
  expect(toResult(data('/en/gckey/'), false, 'gckey')?.url).toBe('/en/gckey/');
});

test('a section link that leads off the site is dropped from its result', () => {
  const sub = (url: string) => ({ title: url, url, anchor: {}, weighted_locations: [{ balanced_score: 10 }] });
  const result = toResult(data('/en/gckey/', { sub_results: [sub('javascript:alert(1)#x'), sub('/en/gckey/#password-rules')] }), false, 'gckey');
  expect(result?.sections).toEqual([{ url: '/en/gckey/#password-rules', title: '/en/gckey/#password-rules' }]);
});
