import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, publishThenEdit, runBuild } from '../support/fixture-build';

const lockOf = (root: string) => JSON.parse(readFileSync(join(root, 'content', 'links.lock.json'), 'utf8')) as Record<string, string[]>;

test('records every published page and section id in the link lock', async () => {
  const { rebuild, root } = await publishThenEdit(() => {});
  expect(rebuild.status, rebuild.output).toBe(0);
  const lock = lockOf(root);
  expect(lock['/fr/alpha-fr/']).toEqual(['premiere-section']);
  expect(lock['/en/alpha-en/']).toEqual(['first-section']);
});

test('the build stops when a published section id disappears, and links:accept records the removal', async () => {
  const { rebuild, root } = await publishThenEdit((content) => {
    content.replace('fr/alpha.mdx', '{#premiere-section}', '{#section-renommee}');
    // The troubleshooter follows the new id, so that the link lock alone stands between the edit and the build.
    content.replace('fr/depannage.yaml', /#premiere-section/g, '#section-renommee');
  });
  expect(rebuild.status).not.toBe(0);
  expect(rebuild.output).toContain('/fr/alpha-fr/#premiere-section was published');
  expect(rebuild.output).toContain('sectionAliases: { premiere-section: <its new id> }');
  expect(rebuild.output).toContain('npm run links:accept');
  // Nothing is written while a published link is broken.
  expect(lockOf(root)['/fr/alpha-fr/']).toEqual(['premiere-section']);

  const accepted = await runBuild(root, true);
  expect(accepted.status, accepted.output).toBe(0);
  expect(lockOf(root)['/fr/alpha-fr/']).toEqual(['section-renommee']);
  expect((await runBuild(root, false)).status).toBe(0);
});

test('a new article and a new section pass: the build writes nothing and says, in one line, to run links:accept, which adds exactly their lines', async () => {
  const { rebuild, root } = await publishThenEdit((content) => {
    content.write(
      'fr/nouveau.mdx',
      content.read('fr/alpha.mdx').replace('translationKey: alpha', 'translationKey: nouveau').replace('slug: alpha-fr', 'slug: nouveau'),
    );
    content.write(
      'en/new.mdx',
      content.read('en/alpha.mdx').replace('translationKey: alpha', 'translationKey: nouveau').replace('slug: alpha-en', 'slug: new'),
    );
    content.replace(
      'fr/alpha.mdx',
      '## Première section {#premiere-section}',
      '## Première section {#premiere-section}\n\n## Deuxième section {#deuxieme-section}',
    );
    content.replace('en/alpha.mdx', '## First section {#first-section}', '## First section {#first-section}\n\n## Second section {#second-section}');
  });
  expect(rebuild.status, rebuild.output).toBe(0);
  // Two pages, their first sections, and a new section on each side.
  expect(rebuild.output).toMatch(
    /6 new pages and sections are not in \S*links\.lock\.json yet \(\/en\/alpha-en\/#second-section, .+ and 3 more\): run npm run links:accept and commit it\./,
  );
  expect(lockOf(root)['/fr/nouveau/']).toBeUndefined();
  expect((await runBuild(root, true)).status).toBe(0);
  const before = readFileSync(join(root, 'content/links.lock.json'), 'utf8');
  expect(lockOf(root)['/fr/nouveau/']).toEqual(['premiere-section']);
  expect(lockOf(root)['/fr/alpha-fr/']).toEqual(['deuxieme-section', 'premiere-section']);
  // One line per page: accepting the same state again rewrites nothing.
  expect((await runBuild(root, true)).status).toBe(0);
  expect(readFileSync(join(root, 'content/links.lock.json'), 'utf8')).toBe(before);
  expect(before.split('\n').filter((line) => line.includes('/nouveau/'))).toHaveLength(1);
});

test('an article in plain Markdown is published exactly as the same article in MDX, section tools included', async () => {
  const asMdx = await buildFixture(() => {});
  const asMarkdown = await buildFixture((content) => {
    for (const file of ['fr/alpha', 'en/alpha']) {
      content.write(`${file}.md`, content.read(`${file}.mdx`));
      content.remove(`${file}.mdx`);
    }
  });
  expect(asMarkdown.status, asMarkdown.output).toBe(0);
  // Markdown ends with a newline that MDX does not keep: whitespace between tags is set aside.
  const page = (build: { outDir: string }, path: string) => readFileSync(join(build.outDir, path), 'utf8').replace(/\s+/g, ' ').replace(/> </g, '><');
  for (const path of ['fr/alpha-fr/index.html', 'en/alpha-en/index.html']) {
    expect(page(asMarkdown, path)).toMatch(/<div class="section-heading"[^>]*><h2 id="(premiere|first)-section" tabindex="-1"/);
    expect(page(asMarkdown, path)).toContain('<section-copy');
    expect(page(asMarkdown, path)).toBe(page(asMdx, path));
  }
});

test('a section alias keeps a renamed section id working', async () => {
  const { rebuild } = await publishThenEdit((content) => {
    content.replace('fr/alpha.mdx', '{#premiere-section}', '{#section-renommee}');
    content.replace('fr/alpha.mdx', 'order: 1', 'order: 1\nsectionAliases: { premiere-section: section-renommee }');
    content.replace('fr/depannage.yaml', /#premiere-section/g, '#section-renommee');
  });
  // The old id still lands, and the new one waits for links:accept.
  expect(rebuild.status, rebuild.output).toBe(0);
  expect(rebuild.output).toContain('1 new page or section is not in');
  const html = readFileSync(join(rebuild.outDir, 'fr/alpha-fr/index.html'), 'utf8');
  expect(html).toMatch(/<span id="premiere-section" class="alias" data-alias-of="section-renommee"/);
});

test('a moved article leaves a redirect page and a host redirect at its old address', async () => {
  const { rebuild, root } = await publishThenEdit((content) => {
    content.replace('en/alpha.mdx', 'slug: alpha-en', 'slug: alpha-moved\npreviousSlugs: [alpha-en]');
    content.replace('en/troubleshooting.yaml', /\/en\/alpha-en\//g, '/en/alpha-moved/');
  });
  expect(rebuild.output).not.toContain('/en/alpha-en/ was published');
  const accepted = await runBuild(root, true);
  expect(accepted.status, accepted.output).toBe(0);
  const redirectPage = readFileSync(join(accepted.outDir, 'en/alpha-en/index.html'), 'utf8');
  expect(redirectPage).toContain('<meta http-equiv="refresh" content="0; url=/en/alpha-moved/">');
  // Search engines follow it to the article, and list only the article.
  expect(redirectPage).toContain('<meta name="robots" content="noindex">');
  expect(redirectPage).toMatch(/This page has moved: <a href="\/en\/alpha-moved\/"[^>]*>Alpha article<\/a>/);
  expect(readFileSync(join(accepted.outDir, '_redirects'), 'utf8')).toContain('/en/alpha-en/ /en/alpha-moved/ 301');
  expect(readFileSync(join(accepted.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/en/alpha-en/');
});

test('the build stops when a published page disappears without a forwarding address', async () => {
  const { rebuild } = await publishThenEdit((content) => {
    content.replace('en/alpha.mdx', 'slug: alpha-en', 'slug: alpha-gone');
    content.replace('en/troubleshooting.yaml', /\/en\/alpha-en\//g, '/en/alpha-gone/');
  });
  expect(rebuild.status).not.toBe(0);
  expect(rebuild.output).toContain('/en/alpha-en/ was published');
  expect(rebuild.output).toContain('add its old slug to "previousSlugs"');
});

test('the build asks for the lock when there is none', async () => {
  const build = await buildFixture(() => {}, { acceptLinks: false });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('links.lock.json does not exist: run "npm run links:accept"');
  expect(existsSync(join(build.root, 'content', 'links.lock.json'))).toBe(false);
});
