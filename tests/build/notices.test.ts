import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, type ContentEditor, type FixtureBuild } from '../support/fixture-build';

const SAMPLE = readFileSync('tests/fixtures/notices/sample.yaml', 'utf8');

/** Adds a notice file to a fixture's content/notices/. */
function addNotice(content: ContentEditor, name: string, text: string): void {
  mkdirSync(join(content.dir, 'notices'), { recursive: true });
  content.write(`notices/${name}`, text);
}

/** A copy of the sample notice with one change, as an editor might make it. */
function sampleWith(from: string | RegExp, to: string): string {
  const changed = SAMPLE.replace(from, to);
  if (changed === SAMPLE) throw new Error(`The sample notice has no ${from}`);
  return changed;
}

interface Mistake {
  name: string;
  file: string;
  text: string;
  /** Everything the message must say: the file, the field, the fix. */
  messages: string[];
}

const mistakes: Mistake[] = [
  {
    name: 'a notice has no English',
    file: 'sans-anglais.yaml',
    text: sampleWith(/^en:\n(?: {2}.*\n)+/m, ''),
    messages: ['notices/sans-anglais.yaml:3: en: en is missing', 'in French (fr:) and in English (en:)'],
  },
  {
    name: 'a notice has no French title',
    file: 'sans-titre.yaml',
    text: sampleWith(/^ {2}title: Connexion.*\n/m, ''),
    messages: ['notices/sans-titre.yaml:10: fr.title: fr.title is required', 'in French'],
  },
  {
    name: 'a notice ends before it starts',
    file: 'fin-avant-debut.yaml',
    text: sampleWith('end: 2026-12-05T12:00-05:00', 'end: 2026-12-05T07:00-05:00'),
    messages: ['notices/fin-avant-debut.yaml:5: end: end comes before start', 'check the date, the hour and the time zone'],
  },
  {
    name: 'a notice has a start without a time zone',
    file: 'sans-fuseau.yaml',
    text: sampleWith('start: 2026-12-05T08:00-05:00', 'start: 2026-12-05T08:00'),
    messages: ['notices/sans-fuseau.yaml:4: start: start must be a date and time with its time zone', '2026-12-05T08:00-05:00'],
  },
  {
    name: 'a notice file is not named in lower case with hyphens',
    file: 'Panne GCKey.yaml',
    text: SAMPLE,
    messages: ['notices/Panne GCKey.yaml: a notice is a .yaml file named in lower case with hyphens'],
  },
  {
    name: 'a notice has an unknown severity',
    file: 'gravite.yaml',
    text: sampleWith('severity: outage', 'severity: urgent'),
    messages: ['notices/gravite.yaml:3: severity: severity must be one of: outage, warning, info'],
  },
];

test.describe('notices', () => {
  // One build holds every mistake, each in its own file: the build must name each one.
  test.describe.configure({ mode: 'default' });
  let refused: FixtureBuild;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    refused = await buildFixture((content) => {
      addNotice(content, 'correct.yaml', SAMPLE);
      for (const mistake of mistakes) addNotice(content, mistake.file, mistake.text);
    });
  });

  test('the sample notice builds, and the notices pages list it in each language', async () => {
    const build = await buildFixture((content) => addNotice(content, 'panne.yaml', SAMPLE));
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(build.outDir, 'fr/avis/index.html'), 'utf8')).toContain('Connexion impossible samedi matin');
    expect(readFileSync(join(build.outDir, 'en/notices/index.html'), 'utf8')).toContain('Sign-in unavailable Saturday morning');
  });

  for (const mistake of mistakes) {
    test(`the build stops when ${mistake.name}`, () => {
      expect(refused.status).not.toBe(0);
      for (const message of mistake.messages) expect(refused.output).toContain(message);
    });
  }

  test('the build names only the files that are wrong', () => {
    expect(refused.output).not.toContain('notices/correct.yaml');
  });
});
