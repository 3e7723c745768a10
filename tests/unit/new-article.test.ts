import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function scaffold(args: string[], contentDir: string) {
  return spawnSync('node', ['scripts/new-article.mjs', ...args], { encoding: 'utf8', env: { ...process.env, HELP_CONTENT_DIR: contentDir } });
}

test('scaffolds a French and English pair with the same translationKey and tells the editor what to fill in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  const run = scaffold(['lost-phone', '--section', 'two-factor'], dir);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('write the title and the description');
  for (const lang of ['fr', 'en']) {
    const text = readFileSync(join(dir, lang, 'lost-phone.mdx'), 'utf8');
    expect(text).toContain('translationKey: lost-phone');
    expect(text).toContain('section: two-factor');
    expect(text).toContain("title: ''");
  }
});

test('refuses a key that is not lower-case words joined by hyphens, and an existing article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  expect(scaffold(['Perte Téléphone'], dir).stderr).toContain('lower-case words joined by hyphens');
  expect(scaffold(['lost-phone'], dir).status).toBe(0);
  const again = scaffold(['lost-phone'], dir);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('already exists');
});
