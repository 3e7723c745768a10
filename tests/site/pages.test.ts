import { expect, test } from '@playwright/test';
import { DomUtils } from 'htmlparser2';
import { listFiles, pagePath } from '../../src/pipeline/site-files';
import { OUT_DIR } from '../../src/pipeline/site-config';
import { NOT_FOUND_PATH, readBuiltPage } from '../support/built-page';
import { pageType } from '../support/page-weight';
import { sitemapPaths, sitemapXml } from '../support/site';

/** Every published page, read from the build: titles, languages, toggles and hreflang pairs. */

const paths = sitemapPaths();
const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'fr');

test('the sitemap lists the language page, both homes and articles in both languages', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/fr/');
  expect(paths).toContain('/en/');
  expect(paths.filter((path) => path.startsWith('/fr/')).length).toBe(paths.filter((path) => path.startsWith('/en/')).length);
});

test('the sitemap has every page type whose weight is held to a budget (tests/support/page-weight.ts)', () => {
  const types = new Set(
    paths.map((path) => pageType(path, readBuiltPage(path).one((element) => element.name === 'article' && 'data-pagefind-body' in element.attribs) !== null)),
  );
  for (const type of ['language page', 'home', 'article', 'search page']) expect(types, type).toContain(type);
});

test('every page has a title of its own', () => {
  const titles = new Map<string, string>();
  for (const path of paths) {
    const page = readBuiltPage(path);
    const title = page.text(page.one((element) => element.name === 'title')!);
    expect.soft(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
  }
});

test('the sitemap lists every built page that search engines may index, and no other', () => {
  const indexable = listFiles(OUT_DIR)
    .filter((file) => file.endsWith('index.html'))
    .map(pagePath)
    .filter((path) => !readBuiltPage(path).one((element) => element.name === 'meta' && element.attribs['name'] === 'robots'));
  expect([...paths].sort()).toEqual(indexable.sort());
});

test('the not-found page keeps search engines away (noindex), as moved articles’ redirect pages do (tests/build/links.test.ts)', () => {
  const page = readBuiltPage(NOT_FOUND_PATH);
  expect(page.one((element) => element.name === 'meta' && element.attribs['name'] === 'robots')?.attribs['content']).toBe('noindex');
});

test('the sitemap pairs each page with its twin, whatever the slugs, and the twin pairs back, as the page’s own hreflang links do', () => {
  const entries = new Map(
    sitemapXml()
      .split('<url>')
      .slice(1)
      .map((url) => {
        const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]!).pathname;
        const links = Object.fromEntries([...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], new URL(match[2]!).pathname]));
        return [loc, links] as const;
      }),
  );
  for (const path of paths) {
    const links = entries.get(path);
    expect(links, path).toBeDefined();
    expect(Object.keys(links!).sort(), path).toEqual(['en', 'fr', 'x-default']);
    const page = readBuiltPage(path);
    const own = page.all((element) => element.name === 'link' && element.attribs['rel'] === 'alternate' && 'hreflang' in element.attribs);
    expect(Object.fromEntries(own.map((link) => [link.attribs['hreflang'], new URL(link.attribs['href']!).pathname])), path).toEqual(links);
    if (path === '/') continue;
    expect(links![langOf(path)], path).toBe(path);
    expect(entries.get(links!.fr!), path).toEqual(links);
    expect(entries.get(links!.en!), path).toEqual(links);
  }
});

for (const path of paths.filter((path) => path !== '/')) {
  test(`${path}: one h1, the right lang, a toggle to a twin whose toggle leads back, reciprocal hreflang`, () => {
    const page = readBuiltPage(path);
    const lang = langOf(path);
    const other = lang === 'fr' ? 'en' : 'fr';
    expect(page.one((element) => element.name === 'html')?.attribs['lang']).toBe(lang);
    expect(page.all((element) => element.name === 'h1')).toHaveLength(1);

    const toggle = page.one((element) => 'data-language-toggle' in element.attribs)!;
    expect(toggle, `${path}: no language toggle`).toBeTruthy();
    expect(toggle.attribs).toMatchObject({ lang: other, hreflang: other });
    expect(page.text(toggle)).toMatch(other === 'en' ? /English/ : /Français/);
    const twinPath = toggle.attribs['href']!;
    expect(twinPath).toMatch(new RegExp(`^/${other}/`));
    const alternate = (of: typeof page, hreflang: string) =>
      new URL(
        of.one((element) => element.name === 'link' && element.attribs['rel'] === 'alternate' && element.attribs['hreflang'] === hreflang)!.attribs['href']!,
      ).pathname;
    expect(alternate(page, other)).toBe(twinPath);

    const twin = readBuiltPage(twinPath);
    expect(twin.one((element) => element.name === 'html')?.attribs['lang']).toBe(other);
    expect(twin.one((element) => 'data-language-toggle' in element.attribs)?.attribs['href']).toBe(path);
    expect(alternate(twin, lang)).toBe(path);
  });
}

test('the language page offers both languages with equal weight, each in its own language', () => {
  const page = readBuiltPage('/');
  for (const [lang, name] of [
    ['fr', 'Français'],
    ['en', 'English'],
  ] as const) {
    const part = page.one((element) => element.name === 'section' && element.attribs['lang'] === lang)!;
    const links = DomUtils.findAll((element) => element.name === 'a' && page.text(element) === name, part.children);
    expect(
      links.map((link) => link.attribs['href']),
      `the ${lang} part of the language page`,
    ).toEqual([`/${lang}/`]);
  }
});
