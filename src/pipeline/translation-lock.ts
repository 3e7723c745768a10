import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Explicit extensions: `npm run translations:*` runs this module with Node itself (scripts/translations.ts).
import { LANGS, LANGUAGE_NAMES, type Lang } from '../i18n/locales.ts';
import { count, listed } from '../lib/summary.ts';
import { readSourceTexts, type SourceText } from './source-texts.ts';
import { INTRO_ID, fingerprint, sourceSections } from './section-fingerprints.ts';

/** One language's version of an article, read from its source file. */
export interface TranslationSource {
  lang: Lang;
  /** The source file, as given to messages: `content/fr/cle-gc.mdx`. */
  file: string;
  /** Path inside the content folder: `fr/cle-gc.mdx`. */
  path: string;
  frontmatter: Record<string, unknown>;
  /** Each section's id and fingerprint, in document order. */
  sections: [id: string, fingerprint: string][];
}

export type TranslationPair = Record<Lang, TranslationSource> & { key: string };

/**
 * The lock: for every translationKey, each language's sections in order with
 * their fingerprints. The n-th French section is the twin of the n-th English one.
 */
export type TranslationLock = Record<string, Record<Lang, [string, string][]>>;

/** A section whose text changed in one language since the lock, while its twin's did not. */
export interface OutOfStep {
  key: string;
  /** The language whose text changed. */
  changed: Lang;
  source: TranslationSource;
  twin: TranslationSource;
  sectionId: string;
  twinSectionId: string;
  /** The fingerprint the lock holds for the changed section. */
  locked: string;
}

export const TRANSLATIONS_LOCK = 'translations.lock.json';

/**
 * Every article pair, fingerprinted section by section from its Markdown source.
 * Articles without a twin, or whose twins' outlines differ, are left out: the
 * build reports those itself (src/model.ts).
 */
export function translationPairs(sources: readonly SourceText[]): TranslationPair[] {
  const byKey = new Map<string, Partial<Record<Lang, TranslationSource>>>();
  for (const source of sources) {
    const { lang, file, path } = source;
    const { frontmatter, sections } = sourceSections(source.text, path.endsWith('.mdx') ? 'mdx' : 'md', source.frontmatter);
    const key = frontmatter['translationKey'];
    if (typeof key !== 'string') continue;
    const twins = byKey.get(key) ?? {};
    twins[lang] = { lang, file, path, frontmatter, sections: sections.map(({ id, text: section }) => [id, fingerprint(section)]) };
    byKey.set(key, twins);
  }
  const pairs: TranslationPair[] = [];
  for (const [key, { fr, en }] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (fr && en && fr.sections.length === en.sections.length) pairs.push({ key, fr, en });
  }
  return pairs;
}

/** The lock as it stands for the current text: what `npm run translations:accept` records. */
function currentTranslations(pairs: readonly TranslationPair[]): TranslationLock {
  return Object.fromEntries(pairs.map((pair) => [pair.key, { fr: pair.fr.sections, en: pair.en.sections }]));
}

/**
 * Compares the text with the lock. A section whose fingerprint moved in one
 * language only is out of step; everything else (sections changed in both
 * languages, new articles and sections, removed ones) goes into `next`, the
 * lock `npm run translations:accept` would write once nothing is out of step.
 */
export function compareTranslations(
  lock: TranslationLock,
  pairs: readonly TranslationPair[],
): { outOfStep: OutOfStep[]; next: TranslationLock; added: string[]; changed: string[] } {
  const outOfStep: OutOfStep[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  const next: TranslationLock = {};
  for (const pair of pairs) {
    const locked = lock[pair.key];
    if (!locked) added.push(`${pair.fr.file} and ${pair.en.file} (a new pair)`);
    const record: Record<Lang, [string, string][]> = { fr: [], en: [] };
    pair.fr.sections.forEach(([frId, frHash], index) => {
      const [enId, enHash] = pair.en.sections[index]!;
      // Found by either id, so a section renamed in one language keeps its recorded twin.
      const at = locked ? findIndexEither(locked, frId, enId) : -1;
      if (at < 0) {
        if (locked) added.push(`${pair.fr.file} ${describeSection(frId)} and ${pair.en.file} ${describeSection(enId)} (a new section)`);
        record.fr.push([frId, frHash]);
        record.en.push([enId, enHash]);
        return;
      }
      const was = { fr: locked!.fr[at]![1], en: locked!.en[at]![1] };
      const moved = LANGS.filter((lang) => was[lang] !== (lang === 'fr' ? frHash : enHash));
      if (moved.length === 1) {
        const changed = moved[0]!;
        const [source, twin] = changed === 'fr' ? [pair.fr, pair.en] : [pair.en, pair.fr];
        const [sectionId, twinSectionId] = changed === 'fr' ? [frId, enId] : [enId, frId];
        outOfStep.push({ key: pair.key, changed, source, twin, sectionId, twinSectionId, locked: was[changed] });
        record.fr.push([frId, was.fr]);
        record.en.push([enId, was.en]);
      } else {
        if (moved.length === 2) changed.push(`${pair.fr.file} ${describeSection(frId)} and ${pair.en.file} ${describeSection(enId)}`);
        record.fr.push([frId, frHash]);
        record.en.push([enId, enHash]);
      }
    });
    next[pair.key] = record;
  }
  return { outOfStep, next, added, changed };
}

function findIndexEither(locked: Record<Lang, [string, string][]>, frId: string, enId: string): number {
  const byFrench = locked.fr.findIndex(([id]) => id === frId);
  return byFrench >= 0 ? byFrench : locked.en.findIndex(([id]) => id === enId);
}

/** How a message names a section: `#regles-mot-de-passe`, or the introduction, said in full the first time only. */
export function describeSection(id: string, { again = false } = {}): string {
  if (id !== INTRO_ID) return `#${id}`;
  return again ? 'the introduction' : 'the introduction (title, description and text before the first heading)';
}

/** The build's message for one out-of-step section: both files, the section, and the two ways out. */
export function outOfStepMessage(problem: OutOfStep, lockFile: string): string {
  const twinLanguage = LANGUAGE_NAMES[problem.twin.lang];
  const again = { again: true };
  return `${problem.source.file}: the ${LANGUAGE_NAMES[problem.changed]} text of ${describeSection(problem.sectionId)} changed, and its twin in ${problem.twin.file} (${describeSection(problem.twinSectionId, again)}) did not. Update the ${twinLanguage} twin of ${describeSection(problem.sectionId, again)}, or run \`npm run translations:accept\` if the ${twinLanguage} already says the same, and commit ${lockFile}.`;
}

/** The lock file as written: keys in order, one line per section, so a review shows which sections moved. */
export function serialiseTranslationLock(lock: TranslationLock): string {
  const keys = Object.keys(lock).sort();
  const body = keys.map((key) => {
    const languages = LANGS.map((lang) => `    "${lang}": [\n${lock[key]![lang].map((section) => `      ${JSON.stringify(section)}`).join(',\n')}\n    ]`);
    return `  ${JSON.stringify(key)}: {\n${languages.join(',\n')}\n  }`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}

/** The recorded lock, or an empty one when there is none yet (the build then records every pair). */
export function readTranslationLock(lockFile: string): TranslationLock {
  return existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, 'utf8')) as TranslationLock) : {};
}

/**
 * The build's step, which writes nothing: one message per section out of step, and, when the lock lacks new
 * articles and sections or the new text of sections changed in both languages, one line saying what to run.
 */
export function checkTranslationLock(contentDir: string, sources: readonly SourceText[]): { problems: string[]; pending: string | undefined } {
  const lockFile = join(contentDir, TRANSLATIONS_LOCK);
  const { outOfStep, added, changed } = compareTranslations(readTranslationLock(lockFile), translationPairs(sources));
  const waiting = [...added, ...changed.map((sections) => `${sections} (changed in both)`)];
  return {
    problems: outOfStep.map((problem) => outOfStepMessage(problem, lockFile)),
    pending:
      waiting.length > 0
        ? `${count(waiting.length, 'change is', 'changes are')} not in ${lockFile} yet (${listed(waiting)}): once each twin says the same, run npm run translations:accept and commit it.`
        : undefined,
  };
}

/** `npm run translations:accept`: records every section's current text as in step with its twin. */
export function acceptTranslations(contentDir: string): { lockFile: string; pairs: number } {
  const lockFile = join(contentDir, TRANSLATIONS_LOCK);
  const pairs = translationPairs(readSourceTexts(contentDir).articles);
  writeFileSync(lockFile, serialiseTranslationLock(currentTranslations(pairs)));
  return { lockFile, pairs: pairs.length };
}
