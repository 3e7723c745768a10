import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, expectBuildToStop, type Mistake } from '../support/fixture-build';

// Mistakes the build reports together share a fixture build: the frontmatter's, then the change log's.
const mistakes: Mistake[] = [
  {
    name: 'an article has no changes list, and a reviewBy date is not written YYYY-MM-DD',
    edit: (content) => {
      content.replace('en/alpha.mdx', /^changes:\n.*\n/m, '');
      content.replace('fr/alpha.mdx', 'order: 1', 'order: 1\nreviewBy: next spring');
    },
    messages: [
      /en\/alpha\.mdx:\d+: changes is required.*\[\{ date: 2025-10-27, summary: Publication \}\]/,
      /fr\/alpha\.mdx:\d+: reviewBy must be a date written YYYY-MM-DD/,
    ],
  },
  {
    name: 'dateModified moves without a new entry in changes, and a change names a section the article does not have',
    edit: (content) => {
      content.replace('fr/alpha.mdx', 'dateModified: 2025-10-27', 'dateModified: 2026-02-01');
      content.replace('en/alpha.mdx', 'summary: First published }', 'sectionId: section-inconnue, summary: First published }');
    },
    messages: [
      /fr\/alpha\.mdx: dateModified is 2026-02-01 but the newest entry of "changes" is dated 2025-10-27/,
      '"- { date: 2026-02-01, sectionId: <the section’s id, if one>, summary: <one line of what changed> }"',
      /en\/alpha\.mdx: the "changes" entry dated 2025-10-27 names sectionId "section-inconnue".* Use one of first-section/,
    ],
  },
];

// One test per mistake, or per group of mistakes the build reports together (its name lists them).
for (const { name, edit, messages } of mistakes)
  test(`the build stops with a clear message when ${name}`, async () => {
    await expectBuildToStop(edit, messages);
  });

test('a new change with its section appears first on the changes page and in the feed, linked to the section, and a past reviewBy does not stop the build', async () => {
  const build = await buildFixture((content) => {
    content.replace('en/alpha.mdx', 'dateModified: 2025-10-27', 'dateModified: 2026-02-01');
    content.replace(
      'en/alpha.mdx',
      /^changes:\n/m,
      'changes:\n  - { date: 2026-02-01, sectionId: first-section, summary: The help link now names its page. }\n',
    );
    content.replace('en/help.mdx', 'order: 1', 'order: 1\nreviewBy: 2020-01-01\nowner: Support content team');
  });
  expect(build.status, build.output).toBe(0);
  const page = readFileSync(join(build.outDir, 'en/changes/index.html'), 'utf8');
  const items = page.split('<li data-change').slice(1);
  expect(items[0]).toContain('<time datetime="2026-02-01"');
  expect(items[0]).toMatch(/<a href="\/en\/alpha-en\/#first-section"[^>]*>First section<\/a>/);
  expect(items[0]).toContain('The help link now names its page.');
  const feed = readFileSync(join(build.outDir, 'en/changes.xml'), 'utf8');
  expect(feed).toContain('<link href="https://aide-connexion.dec.example/en/alpha-en/#first-section"/>');
  expect(feed).toContain('<updated>2026-02-01T00:00:00.000Z</updated>');
});
