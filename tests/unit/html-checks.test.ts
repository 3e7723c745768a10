import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBuiltSite } from '../../src/pipeline/html-checks';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'html-checks-'));
  for (const [file, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), body);
  }
  return dir;
}

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;

test('accepts links and fragments that resolve', () => {
  const dir = site({
    'fr/a/index.html': page('fr', '<a href="/fr/b/#etape-2">Étape 2</a><a href="#haut" id="haut">Haut de page</a>'),
    'fr/b/index.html': page('fr', '<h2 id="etape-2">Étape 2</h2><a href="/en/b/" hreflang="en">English version</a>'),
    'en/b/index.html': page('en', '<p>B</p>'),
  });
  expect(checkBuiltSite(dir).problems).toEqual([]);
});

test('reports a link to a missing page and a missing #fragment', () => {
  const dir = site({
    'fr/a/index.html': page('fr', '<a href="/fr/nulle-part/">Nulle part</a><a href="/fr/b/#absent">Section absente</a>'),
    'fr/b/index.html': page('fr', '<h2 id="present">Présent</h2>'),
  });
  const messages = checkBuiltSite(dir).problems.map((problem) => problem.message);
  expect(messages).toEqual([expect.stringContaining('/fr/nulle-part/, which does not exist'), expect.stringContaining('#absent, which /fr/b/ does not have')]);
});

test('reports an image without alt text and a vague link text', () => {
  const dir = site({ 'en/a/index.html': page('en', '<img src="/x.png"><a href="/en/a/">click here</a>'), 'x.png': '' });
  const messages = checkBuiltSite(dir).problems.map((problem) => problem.message);
  expect(messages).toEqual([expect.stringContaining('"/x.png" has no alt text'), expect.stringContaining('says only "click here"')]);
});

test('reports a French page linking to an English page without saying so', () => {
  const dir = site({
    'fr/a/index.html': page('fr', '<a href="/en/b/">Supported browsers</a><p lang="en"><a href="/en/b/">Supported browsers</a></p>'),
    'en/b/index.html': page('en', '<p>B</p>'),
  });
  const problems = checkBuiltSite(dir).problems;
  expect(problems).toHaveLength(1);
  expect(problems[0]?.message).toContain('leads to a page in English from text in French');
});
