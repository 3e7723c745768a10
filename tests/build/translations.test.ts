import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { acceptTranslations, BASE_CONTENT, buildFixture, ContentEditor, publishThenEdit, runBuild } from '../support/fixture-build';

const SCRIPT = resolve('scripts/translations.ts');

/** Publishes the base content (recording its translations), applies `edit`, and builds again, recording new links. */
async function publishThenTranslate(edit: (content: ContentEditor) => void) {
  const { rebuild, content, root, published } = await publishThenEdit(edit, { acceptLinks: true });
  return { rebuild, content, root, lockBefore: published['translations.lock.json']! };
}

function translations(command: 'accept' | 'report', contentDir: string) {
  return spawnSync(process.execPath, [SCRIPT, command], { encoding: 'utf8', env: { ...process.env, HELP_CONTENT_DIR: contentDir } });
}

test('a build without a translation lock passes, writes none and says what to run; translations:accept records every pair', async () => {
  const build = await buildFixture(() => {});
  expect(build.status, build.output).toBe(0);
  const lockFile = join(build.root, 'content', 'translations.lock.json');
  expect(existsSync(lockFile)).toBe(false);
  expect(build.output).toMatch(
    /2 changes are not in \S*translations\.lock\.json yet \(\S*alpha\.mdx and \S*alpha\.mdx \(a new pair\), .+\(a new pair\)\): once each twin says the same, run npm run translations:accept and commit it\./,
  );
  expect(acceptTranslations(join(build.root, 'content')).status).toBe(0);
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, Record<string, [string, string][]>>;
  expect(lock['alpha']!['fr']!.map(([id]) => id)).toEqual(['', 'premiere-section']);
  expect(lock['alpha']!['en']!.map(([id]) => id)).toEqual(['', 'first-section']);
});

test('the build stops, naming both files and the section, when a section changes in French and not in English', async () => {
  const { rebuild } = await publishThenTranslate((content) => content.replace('fr/alpha.mdx', 'Voir [l’aide]', 'Consultez [la page d’aide]'));
  expect(rebuild.status).not.toBe(0);
  expect(rebuild.output).toMatch(
    /content\/fr\/alpha\.mdx: the French text of #premiere-section changed, and its twin in \S*content\/en\/alpha\.mdx \(#first-section\) did not/,
  );
  expect(rebuild.output).toContain('Update the English twin of #premiere-section, or run `npm run translations:accept` if the English already says the same');
});

test('the build stops when the English introduction changes and the French does not', async () => {
  const { rebuild } = await publishThenTranslate((content) =>
    content.replace('en/alpha.mdx', /^description: .*$/m, 'description: A minimal article that the tests change, now reworded.'),
  );
  expect(rebuild.status).not.toBe(0);
  expect(rebuild.output).toContain('content/en/alpha.mdx: the English text of the introduction');
  expect(rebuild.output).toContain('Update the French twin of the introduction');
});

test('typography-only edits (non-breaking and doubled spaces, apostrophes) pass and leave the lock alone', async () => {
  const { rebuild, content, lockBefore } = await publishThenTranslate((content) => {
    content.replace('fr/alpha.mdx', 'Voir [l’aide]', "Voir\u00a0 [l'aide]");
    content.replace('en/alpha.mdx', 'A minimal article', 'A minimal  article');
    content.replace('en/alpha.mdx', 'See [the help page]', 'See\u00a0[the help page]');
  });
  expect(rebuild.status, rebuild.output).toBe(0);
  expect(content.read('translations.lock.json')).toBe(lockBefore);
});

test('a section changed in both languages, or added to both, passes: the build writes nothing and says, in one line, to run translations:accept', async () => {
  const { rebuild, content, lockBefore } = await publishThenTranslate((content) => {
    content.replace('fr/alpha.mdx', 'Voir [l’aide]', 'Consultez [la page d’aide]');
    content.replace('en/alpha.mdx', 'See [the help page]', 'Read [the help page]');
    content.write('fr/alpha.mdx', `${content.read('fr/alpha.mdx')}\n## Nouvelle section {#nouvelle-section}\n\nTexte.\n`);
    content.write('en/alpha.mdx', `${content.read('en/alpha.mdx')}\n## New section {#new-section}\n\nText.\n`);
  });
  expect(rebuild.status, rebuild.output).toBe(0);
  expect(content.read('translations.lock.json')).toBe(lockBefore);
  const pending = rebuild.output.split('\n').filter((line) => line.includes('translations:accept'));
  expect(pending).toHaveLength(1);
  expect(pending[0]).toMatch(/2 changes are not in \S*translations\.lock\.json yet/);
  expect(pending[0]).toContain('#nouvelle-section and');
  expect(pending[0]).toContain('(changed in both)');
  expect(acceptTranslations(content.dir).status).toBe(0);
  const lock = content.read('translations.lock.json');
  expect(lock).toContain('"nouvelle-section"');
  expect(lock).toContain('"new-section"');
});

test('npm run translations:accept records the French change as in step, after which the build passes', async () => {
  const { rebuild, content, root } = await publishThenTranslate((content) => content.replace('fr/alpha.mdx', 'Voir [l’aide]', 'Consultez [la page d’aide]'));
  expect(rebuild.status).not.toBe(0);
  const accept = acceptTranslations(content.dir);
  expect(accept.status, accept.stderr).toBe(0);
  expect(accept.stdout).toContain('translations.lock.json');
  const again = await runBuild(root, true);
  expect(again.status, again.output).toBe(0);
});

function git(cwd: string, args: string[], date = '2026-01-05T12:00:00Z') {
  const run = spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  expect(run.status, run.stderr).toBe(0);
}

test('the report says, per language, which twin is behind and since which commit, and lists pages past their review date', () => {
  const repo = mkdtempSync(join(tmpdir(), 'translations-report-'));
  const content = new ContentEditor(join(repo, 'content'));
  cpSync(BASE_CONTENT, content.dir, { recursive: true });
  content.replace('en/help.mdx', 'order: 1', 'order: 1\nreviewBy: 2020-01-01\nowner: Support content team');
  content.replace('fr/aide.mdx', 'order: 1', 'order: 1\nreviewBy: 2999-01-01');
  git(repo, ['init', '-q']);
  expect(translations('accept', content.dir).status).toBe(0);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'content: first version']);
  content.replace('fr/alpha.mdx', 'Voir [l’aide]', 'Consultez [la page d’aide]');
  git(repo, ['commit', '-q', '-am', 'content: reword the French alpha'], '2026-02-10T09:00:00Z');
  content.replace('fr/alpha.mdx', 'Consultez', 'Consultez donc');
  git(repo, ['commit', '-q', '-am', 'content: reword it again'], '2026-03-01T09:00:00Z');
  content.replace('en/help.mdx', 'Write to us.', 'Write to us by email.');

  const report = translations('report', content.dir);
  expect(report.status, report.stderr).toBe(0);
  const text = report.stdout;
  const english = text.slice(text.indexOf('English pages to update'), text.indexOf('Pages past'));
  expect(english).toContain(`- ${content.dir}/en/alpha.mdx #first-section: ${content.dir}/fr/alpha.mdx #premiere-section changed on 2026-02-10`);
  expect(english).toContain('"content: reword the French alpha"');
  const french = text.slice(text.indexOf('French pages to update'), text.indexOf('English pages to update'));
  expect(french).toContain(`- ${content.dir}/fr/aide.mdx #nous-joindre: ${content.dir}/en/help.mdx #reach-us changed in changes not committed yet`);
  const overdue = text.slice(text.indexOf('Pages past their review date'));
  expect(overdue).toContain(`- ${content.dir}/en/help.mdx: review by 2020-01-01 (owner: Support content team)`);
  expect(overdue).not.toContain('aide.mdx');
});
