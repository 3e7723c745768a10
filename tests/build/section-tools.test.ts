import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';

// One build for the whole file: the French twin in plain Markdown, the English one in MDX, so both pipelines are read
// (the section tools' names are a unit test of the plugin: tests/unit/section-tools-plugin.test.ts).
test.describe.configure({ mode: 'serial' });
let build: FixtureBuild;
test.beforeAll(async () => {
  build = await buildFixture((content) => {
    content.write('fr/alpha.md', content.read('fr/alpha.mdx').replace('title: Article alpha', 'title: "Article alpha : « essai »"'));
    content.remove('fr/alpha.mdx');
    content.replace('fr/alpha.md', '## Première section {#premiere-section}', '## Questions & réponses : « 2 \\< 3 » et "vrai" {#premiere-section}');
    content.replace('en/alpha.mdx', '## First section {#first-section}', '## Questions & answers: 2 \\< 3, "true" and café {#first-section}');
  });
});

const documentOf = (path: string) => parseDocument(readFileSync(join(build.outDir, path), 'utf8'));

test('the fixture with unusual headings builds', () => {
  expect(build.status, build.output).toBe(0);
});

test('a French title gets its French spacing on the page, as the prose does', () => {
  const h1 = DomUtils.findOne((node) => node.name === 'h1', documentOf('fr/alpha-fr/index.html').children)!;
  expect(DomUtils.textContent(h1)).toBe('Article alpha\u00a0: «\u00a0essai\u00a0»');
});
