import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

function scaffold(args: string[], contentDir: string) {
  return spawnSync(process.execPath, ['scripts/new-article.ts', ...args], { encoding: 'utf8', env: { ...process.env, HELP_CONTENT_DIR: contentDir } });
}

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

test('scaffolds the twins, each file named after its own slug, paired by translationKey, with quoted values to fill in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  const run = scaffold(['lost-phone', '--fr', 'telephone-perdu', '--topic', 'two-factor'], dir);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('write the title and the description');
  const fr = join(dir, 'fr', 'telephone-perdu.mdx');
  const en = join(dir, 'en', 'lost-phone.mdx');
  expect(frontmatter(fr)).toMatchObject({ translationKey: 'lost-phone', slug: 'telephone-perdu', topic: 'two-factor', title: '' });
  expect(frontmatter(en)).toMatchObject({ translationKey: 'lost-phone', slug: 'lost-phone', topic: 'two-factor', title: '' });
  // Quoted values: French punctuation typed between the quotes (" : ") stays valid YAML.
  expect(readFileSync(fr, 'utf8')).toContain('description: ""');
});

test('a trouble article is scaffolded with its "still stuck" ending and our channels, in each language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  mkdirSync(join(dir, 'terms'));
  writeFileSync(join(dir, 'terms', 'fr.yaml'), 'stillStuck: Vous n’y arrivez toujours pas ?\nterms: []\n');
  writeFileSync(join(dir, 'terms', 'en.yaml'), 'stillStuck: Still stuck?\nterms: []\n');
  const run = scaffold(['lost-code', '--fr', 'code-perdu', '--topic', 'trouble'], dir);
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(join(dir, 'fr', 'code-perdu.mdx'), 'utf8')).toMatch(
    /\n## Vous n’y arrivez toujours pas \? \{#toujours-bloque\}\n\n<ContactChannels \/>\n$/,
  );
  expect(readFileSync(join(dir, 'en', 'lost-code.mdx'), 'utf8')).toMatch(/\n## Still stuck\? \{#still-stuck\}\n\n<ContactChannels \/>\n$/);
});

test('asks for the French slug rather than naming the French file in English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  const run = scaffold(['lost-phone'], dir);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('--fr <french-slug>');
  expect(existsSync(join(dir, 'fr'))).toBe(false);
});

test('writes only the missing twin when one already exists, keeping its topic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  expect(scaffold(['lost-phone', '--fr', 'telephone-perdu', '--topic', 'two-factor'], dir).status).toBe(0);
  rmSync(join(dir, 'en', 'lost-phone.mdx'));
  const french = readFileSync(join(dir, 'fr', 'telephone-perdu.mdx'), 'utf8');
  const run = scaffold(['lost-phone'], dir);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('French twin, left as it is');
  expect(frontmatter(join(dir, 'en', 'lost-phone.mdx'))).toMatchObject({ translationKey: 'lost-phone', topic: 'two-factor' });
  expect(readFileSync(join(dir, 'fr', 'telephone-perdu.mdx'), 'utf8')).toBe(french);
  const again = scaffold(['lost-phone'], dir);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('Both twins of "lost-phone" exist already');
});

test('refuses a key or a slug that is not lower-case words joined by hyphens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
  expect(scaffold(['Perte Téléphone'], dir).stderr).toContain('lower-case words joined by hyphens');
  expect(scaffold(['lost-phone', '--fr', 'téléphone-perdu'], dir).stderr).toContain('is not a slug');
});
