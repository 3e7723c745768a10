import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations, type Lang } from '../../src/i18n';
import { buildFixture, type FixtureBuild } from './support';

// One build for the whole file: the French twin in plain Markdown, the English one in MDX, so both pipelines are read.
test.describe.configure({ mode: 'serial' });
let build: FixtureBuild;
test.beforeAll(() => {
  build = buildFixture((content) => {
    content.write('fr/alpha.md', content.read('fr/alpha.mdx').replace('title: Article alpha', 'title: "Article alpha : « essai »"'));
    content.remove('fr/alpha.mdx');
    content.replace('fr/alpha.md', '## Première section {#premiere-section}', '## Questions & réponses : « 2 \\< 3 » et "vrai" {#premiere-section}');
    content.replace('en/alpha.mdx', '## First section {#first-section}', '## Questions & answers: 2 \\< 3, "true" and café {#first-section}');
  });
});

const pages = [
  {
    lang: 'fr',
    path: 'fr/alpha-fr/index.html',
    id: 'premiere-section',
    title: 'Questions & réponses\u00a0: «\u00a02 < 3\u00a0» et “vrai”',
    twin: '/en/alpha-en/#first-section',
  },
  {
    lang: 'en',
    path: 'en/alpha-en/index.html',
    id: 'first-section',
    title: 'Questions & answers: 2 < 3, “true” and café',
    twin: '/fr/alpha-fr/#premiere-section',
  },
] as const;

const documentOf = (path: string) => parseDocument(readFileSync(join(build.outDir, path), 'utf8'));
const nameOf = (dom: ReturnType<typeof parseDocument>, test: (attribs: Record<string, string>) => boolean) =>
  DomUtils.findOne((node) => test(node.attribs), dom.children)?.attribs['aria-label'];

test('the fixture with unusual headings builds', () => {
  expect(build.status, build.output).toBe(0);
});

for (const { lang, path, id, title, twin } of pages) {
  test(`${lang}: the section tools of a heading with &, <, quotes and an accented letter carry its exact text in their names`, () => {
    const dom = documentOf(path);
    const t = useTranslations(lang as Lang);
    const heading = DomUtils.findOne((node) => node.attribs['id'] === id, dom.children)!;
    expect(DomUtils.textContent(heading)).toBe(title);
    expect(nameOf(dom, (attribs) => attribs['href'] === `#${id}` && attribs['class'] === 'anchor')).toBe(t('sectionLink.anchor', { title }));
    expect(nameOf(dom, (attribs) => attribs['data-copy'] === 'one')).toBe(t('sectionLink.copyLabel', { title }));
    expect(nameOf(dom, (attribs) => attribs['data-copy'] === 'both')).toBe(t('sectionLink.copyBothLabel', { title }));
    expect(nameOf(dom, (attribs) => 'data-tools-toggle' in attribs)).toBe(t('sectionLink.menu', { title }));
  });

  test(`${lang}: the page maps each section to its twin’s, for “Copy both languages” and the language toggle`, () => {
    const map = DomUtils.findOne((node) => 'data-twin-sections' in node.attribs, documentOf(path).children)!;
    expect(JSON.parse(map.attribs['data-twin-sections']!)).toEqual({ [id]: twin });
  });
}

test('a French title gets its French spacing on the page, as the prose does', () => {
  const h1 = DomUtils.findOne((node) => node.name === 'h1', documentOf('fr/alpha-fr/index.html').children)!;
  expect(DomUtils.textContent(h1)).toBe('Article alpha\u00a0: «\u00a0essai\u00a0»');
});
