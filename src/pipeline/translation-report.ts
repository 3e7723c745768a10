import { spawnSync } from 'node:child_process';
import { dirname, basename } from 'node:path';
// Explicit extensions: `npm run translations:report` runs this module with Node itself (scripts/translations.ts).
import { LANGS, type Lang } from '../i18n/locales.ts';
import { fingerprint, sourceSections } from './section-fingerprints.ts';
import { readSourceTexts } from './source-texts.ts';
import { compareTranslations, describeSection, readTranslationLock, translationPairs, type OutOfStep, type TranslationSource } from './translation-lock.ts';

/** The commit that took a section away from the text its twin was recorded with. */
export interface Since {
  date: string;
  commit: string;
  subject: string;
}

/** When the changed section last matched the lock, per git: the commit after that one, or `uncommitted`. */
export type SinceWhen = { kind: 'commit'; since: Since } | { kind: 'uncommitted' } | { kind: 'unknown' };

function git(cwd: string, args: string[]): string | undefined {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return run.status === 0 ? run.stdout : undefined;
}

/**
 * Walks the file's history back (following renames) to the newest version whose
 * section still had the recorded fingerprint: the commit after it is when the
 * twins parted. If the last commit still matches, the change is not committed yet.
 */
export function sinceWhen(problem: OutOfStep): SinceWhen {
  const cwd = dirname(problem.source.file);
  const log = git(cwd, ['log', '--follow', '--format=%x00%H%x09%cs%x09%s', '--name-only', '--', basename(problem.source.file)]);
  if (log === undefined) return { kind: 'unknown' };
  const commits = log
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [header = '', ...paths] = entry.trim().split('\n');
      const [commit = '', date = '', subject = ''] = header.split('\t');
      return { commit, date, subject, path: paths.filter(Boolean).at(-1) ?? '' };
    });
  const format = /\.mdx$/.test(problem.source.path) ? 'mdx' : 'md';
  let newer: Since | undefined;
  for (const { commit, date, subject, path } of commits) {
    const text = git(cwd, ['show', `${commit}:${path}`]);
    const section = text === undefined ? undefined : sourceSections(text, format).sections.find(({ id }) => id === problem.sectionId);
    if (section && fingerprint(section.text) === problem.locked) return newer ? { kind: 'commit', since: newer } : { kind: 'uncommitted' };
    newer = { date, commit: commit.slice(0, 7), subject };
  }
  return { kind: 'unknown' };
}

/** An article whose `reviewBy` date has passed. */
export interface OverdueReview {
  file: string;
  reviewBy: string;
  owner?: string;
}

/** Pages past their `reviewBy` date on `today` (YYYY-MM-DD), oldest first. */
export function overdueReviews(sources: readonly TranslationSource[], today: string): OverdueReview[] {
  return sources
    .map((source) => {
      const { reviewBy, owner } = source.frontmatter;
      // Frontmatter is read as YAML 1.2 (src/lib/frontmatter.ts): a bare date is text, YYYY-MM-DD.
      const date = typeof reviewBy === 'string' ? reviewBy : undefined;
      return { file: source.file, reviewBy: date, ...(typeof owner === 'string' ? { owner } : {}) };
    })
    .filter((review): review is OverdueReview => review.reviewBy !== undefined && review.reviewBy < today)
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.file.localeCompare(b.file));
}

const TO_UPDATE: Record<Lang, string> = {
  fr: 'French pages to update (their English twin changed)',
  en: 'English pages to update (their French twin changed)',
};

function describeSince(when: SinceWhen): string {
  if (when.kind === 'uncommitted') return 'in changes not committed yet';
  if (when.kind === 'unknown') return 'in a version git does not show';
  return `on ${when.since.date} (${when.since.commit} "${when.since.subject}")`;
}

/**
 * The report editors and reviewers read: per language, the sections whose twin
 * changed and since when, the sections not yet recorded, and the pages past
 * their review date. It never fails: the build is what enforces parity.
 */
export function translationReport(contentDir: string, lockFile: string, today: string): string {
  const pairs = translationPairs(readSourceTexts(contentDir).articles);
  const { outOfStep, added } = compareTranslations(readTranslationLock(lockFile), pairs);
  const lines = [`Translation parity (${lockFile}, ${today})`, ''];
  for (const lang of LANGS) {
    const behind = outOfStep.filter((problem) => problem.twin.lang === lang);
    lines.push(`${TO_UPDATE[lang]}:${behind.length === 0 ? ' none' : ''}`);
    for (const problem of behind) {
      lines.push(
        `- ${problem.twin.file} ${describeSection(problem.twinSectionId)}: ${problem.source.file} ${describeSection(problem.sectionId)} changed ${describeSince(sinceWhen(problem))}`,
      );
    }
    lines.push('');
  }
  if (added.length > 0) lines.push('Not yet recorded (npm run translations:accept records them):', ...added.map((what) => `- ${what}`), '');
  const overdue = overdueReviews(
    pairs.flatMap((pair) => [pair.fr, pair.en]),
    today,
  );
  lines.push(`Pages past their review date (a reminder, not an error):${overdue.length === 0 ? ' none' : ''}`);
  for (const review of overdue) lines.push(`- ${review.file}: review by ${review.reviewBy}${review.owner ? ` (owner: ${review.owner})` : ''}`);
  return `${lines.join('\n')}\n`;
}
