import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readBuiltPage } from '../support/built-page';
import { CONTENT_DIR } from '../../src/pipeline/site-config';

/**
 * Every published section has a twin section, read from the built pages: the map each article
 * carries for its language toggle and "copy both languages" points at a heading that exists on
 * the twin page, whose own map points back. The browser side (the toggle following the map) is
 * tests/e2e/section-links.test.ts.
 */

const lock = JSON.parse(readFileSync(`${CONTENT_DIR}/links.lock.json`, 'utf8')) as Record<string, string[]>;

function twinMap(path: string): { twinPage: string; sections: Map<string, string>; ids: Set<string> } {
  const page = readBuiltPage(path);
  const body = page.one((element) => 'data-twin-sections' in element.attribs);
  const sections = new Map(Object.entries(JSON.parse(body?.attribs['data-twin-sections'] ?? '{}') as Record<string, string>));
  const ids = new Set(page.all((element) => /^h[23]$/.test(element.name) && Boolean(element.attribs['id'])).map((heading) => heading.attribs['id']!));
  const twinPage = page.one((element) => 'data-language-toggle' in element.attribs)!.attribs['href']!;
  return { twinPage, sections, ids };
}

const articles = Object.keys(lock).filter(
  (path) => /^\/(fr|en)\/[^/]+\/$/.test(path) && readBuiltPage(path).one((element) => 'data-twin-sections' in element.attribs),
);

test('the built articles in both languages carry a map of their twin sections', () => {
  expect(articles.filter((path) => path.startsWith('/fr/')).length).toBeGreaterThanOrEqual(8);
  expect(articles.filter((path) => path.startsWith('/en/')).length).toBe(articles.filter((path) => path.startsWith('/fr/')).length);
});

for (const path of articles) {
  test(`${path}: every section has a twin section on the twin page, which leads back to it`, () => {
    const own = twinMap(path);
    const twin = twinMap(own.twinPage);
    for (const id of lock[path] ?? []) {
      if (!own.ids.has(id)) continue; // a former id, kept by sectionAliases: its heading is the alias target
      const target = own.sections.get(id);
      expect.soft(target, `${path}#${id} has no twin section`).toMatch(new RegExp(`^${own.twinPage}#[a-z0-9-]+$`));
      const twinId = target?.split('#')[1] ?? '';
      expect.soft(twin.ids.has(twinId), `${target} is not a heading of ${own.twinPage}`).toBe(true);
      expect.soft(twin.sections.get(twinId), `${target} does not lead back to ${path}#${id}`).toBe(`${path}#${id}`);
    }
  });
}
