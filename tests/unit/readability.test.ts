import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fieldUnit, type ProseUnit } from '../../src/lib/prose';
import {
  forEachWord,
  kandelMoles,
  lix,
  measure,
  PLAIN_LANGUAGE,
  readabilityTable,
  sentenceEnds,
  serialiseReadabilityLock,
  tooLongSentences,
  twinGapNotice,
  worseThanLock,
  type Figures,
} from '../../src/lib/readability';
import { frenchSyllables, syllableCounter, wordSyllables } from '../../src/lib/syllables';

test('counts French syllables by vowel groups, mute final e and es left out', () => {
  const expected: Record<string, number> = {
    connexion: 3,
    authentification: 6,
    application: 4,
    courriel: 2,
    question: 2,
    quelque: 1,
    guide: 1,
    page: 1,
    pages: 1,
    le: 1,
    entrez: 2,
    partenaire: 3,
    sélectionnez: 4,
    identifiants: 4,
    récupération: 5,
    réinitialiser: 6,
    année: 2,
    naïf: 2,
    téléphone: 3,
  };
  expect(Object.fromEntries(Object.keys(expected).map((word) => [word, frenchSyllables(word)]))).toEqual(expected);
});

test('reads acronyms letter by letter and numbers digit by digit, in both languages', () => {
  expect(['GCKey', 'CED', 'QR', '2FA'].map((word) => wordSyllables(word, 'en'))).toEqual([3, 3, 2, 3]);
  expect(['CléGC', 'DEC', '2FA'].map((word) => wordSyllables(word, 'fr'))).toEqual([3, 3, 3]);
  expect(wordSyllables('1987', 'en')).toBe(4);
});

test('counts an elided or hyphenated word as it is said', () => {
  expect(wordSyllables('l’application', 'fr')).toBe(4);
  expect(wordSyllables('qu’il', 'fr')).toBe(1);
  expect(wordSyllables('entrez-le', 'fr')).toBe(3);
  expect(wordSyllables('Authenti-Canada', 'fr')).toBe(6);
  expect(wordSyllables('authentication', 'en')).toBe(5);
  expect(wordSyllables('sign-in', 'en')).toBe(2);
});

test('a syllable counter remembers nothing wrong: the same word counts the same the second time', () => {
  const count = syllableCounter('en');
  expect([count('authentication'), count('authentication'), count('GCKey')]).toEqual([5, 5, 3]);
});

test('splits sentences at . ! ? … followed by a capital, French spacing and closing quotes included', () => {
  const text = 'Entrez le code. Puis sélectionnez « Continuer ». Vous n’y arrivez pas ? Écrivez-nous… À bientôt';
  const ends = sentenceEnds(text);
  expect(ends.map((end, index) => text.slice(ends[index - 1] ?? 0, end).trim())).toEqual([
    'Entrez le code.',
    'Puis sélectionnez « Continuer ».',
    'Vous n’y arrivez pas ?',
    'Écrivez-nous…',
  ]);
  expect(sentenceEnds('See canada.ca for more. e.g. this, and version 2.2 too.')).toEqual([]);
});

test('finds words: an elision or a hyphenated word is one word, with its letters counted', () => {
  const text = 'Entrez-le dans l’application, à 8:30 (Authenti-Canada).';
  const words: string[] = [];
  forEachWord(text, (start, end, letters) => words.push(`${text.slice(start, end)}/${letters}`));
  expect(words).toEqual(['Entrez-le/8', 'dans/4', 'l’application/12', 'à/1', '8/0', '30/0', 'Authenti-Canada/14']);
});

test('computes LIX, Kandel & Moles and Flesch–Kincaid from their counts', () => {
  expect(lix({ words: 100, sentences: 10, longWords: 20 })).toBe(30);
  expect(kandelMoles({ words: 100, sentences: 10, syllables: 150 })).toBeCloseTo(207 - 10.15 - 110.4, 5);
  // 0.39 × 4 + 11.8 × 6/4 − 15.59 = 3.67
  expect(measure([fieldUnit('body', 'The cat sat down.', 3)], 'en', () => 1.5).fleschKincaid).toBeCloseTo(3.7, 5);
});

test('measures body text only: headings, transcripts, titles and component props are left out, inline code too', () => {
  const units: ProseUnit[] = [
    fieldUnit('title', 'A very long title that would count', 2),
    fieldUnit('heading', 'Heading words', 14),
    fieldUnit('transcript', 'Narration words in the video.', 20),
    fieldUnit('prop', 'Checklist', 22),
    { kind: 'body', text: 'Type ABCDEFGHIJ here. Then select it.', code: [[5, 15]], pieces: [{ at: 0, line: 16 }] },
  ];
  const figures = measure(units, 'en', syllableCounter('en'));
  expect(figures).toMatchObject({ words: 5, sentences: 2, longSentences: 0 });
  expect(figures.lix).toBe(2.5);
});

test('names each long sentence with its line and first words, and the longest', () => {
  const long = Array.from({ length: 31 }, (_, index) => `${index === 0 ? 'Word' : 'word'}${index}`).join(' ');
  const unit: ProseUnit = { kind: 'body', text: `Short one.\n${long}.`, code: [], pieces: [{ at: 0, line: 30 }] };
  const figures = measure([unit], 'en', () => 1);
  expect(figures.long).toEqual([{ words: 31, line: 31, opening: 'Word0 word1 word2 word3 word4 word5…' }]);
  expect(figures.longest?.words).toBe(31);
  expect(tooLongSentences('content/en/x.mdx', 'en', figures, undefined)).toEqual([
    expect.stringContaining(
      'content/en/x.mdx:31: the sentence "Word0 word1 word2 word3 word4 word5…" has 31 words, more than the 30 an English sentence may have',
    ),
  ]);
  expect(tooLongSentences('content/en/x.mdx', 'en', figures, 'the legal text is quoted')).toEqual([]);
  // French sentences may run to 35 words.
  expect(tooLongSentences('content/fr/x.mdx', 'fr', figures, undefined)).toEqual([]);
});

const figures = (overrides: Partial<Figures> = {}): Figures => ({ words: 200, sentences: 20, lix: 30, fleschKincaid: 6, longSentences: 0, ...overrides });
const now = (overrides: Partial<Figures> = {}) => ({ ...figures(overrides), long: [], longest: { words: 22, line: 40, opening: 'If you cannot scan the…' } });

test('the ratchet stops an English article whose grade rose by more than one, naming both figures and the way out', () => {
  const message = worseThanLock('content/en/x.mdx', 'en', figures(), now({ fleschKincaid: 7.2 }), 'content/readability.lock.json');
  expect(message).toContain('content/en/x.mdx: reads clearly harder than its recorded figures in content/readability.lock.json: Flesch–Kincaid grade 6 → 7.2');
  expect(message).toContain('Its longest sentence is at line 40 (22 words, "If you cannot scan the…")');
  expect(message).toContain('or, if the harder wording is needed, run npm run readability:accept and commit content/readability.lock.json');
  expect(worseThanLock('content/en/x.mdx', 'en', figures(), now({ fleschKincaid: 7, lix: 35 }), 'lock')).toBeUndefined();
  expect(worseThanLock('content/en/x.mdx', 'en', figures(), now({ lix: 35.1 }), 'lock')).toContain('LIX 30 → 35.1 (at most +5)');
});

test('the ratchet stops a French article whose Kandel & Moles fell by more than five, and leaves short or new articles alone', () => {
  const french = { words: 200, sentences: 20, lix: 40, kandelMoles: 65, longSentences: 0 };
  const frenchNow = { ...french, kandelMoles: 59.9, long: [], longest: undefined };
  expect(worseThanLock('content/fr/x.mdx', 'fr', french, frenchNow, 'lock')).toContain('Kandel & Moles 65 → 59.9 (at most −5)');
  expect(worseThanLock('content/fr/x.mdx', 'fr', french, { ...frenchNow, kandelMoles: 60 }, 'lock')).toBeUndefined();
  expect(worseThanLock('content/fr/x.mdx', 'fr', undefined, frenchNow, 'lock')).toBeUndefined();
  expect(worseThanLock('content/fr/x.mdx', 'fr', { ...french, words: PLAIN_LANGUAGE.minWords - 1 }, frenchNow, 'lock')).toBeUndefined();
});

test('a twin far harder than the other gets a notice, French’s usual lead taken off', () => {
  const fr = (lix: number) => ({ file: 'content/fr/x.mdx', figures: figures({ lix }) });
  const en = { file: 'content/en/x.mdx', figures: figures({ lix: 30 }) };
  expect(twinGapNotice(fr(53), en)).toBeUndefined();
  expect(twinGapNotice(fr(33.1), en)).toBeUndefined();
  expect(twinGapNotice(fr(53.1), en)).toContain('content/fr/x.mdx reads much harder than its twin content/en/x.mdx: LIX 53.1 against 30.0');
  expect(twinGapNotice(fr(32.9), en)).toContain('content/en/x.mdx reads much harder than its twin content/fr/x.mdx');
});

test('writes the lock one article and language per line, in an order and spacing that Prettier keeps', () => {
  const text = serialiseReadabilityLock({
    b: { en: figures(), fr: { words: 10, sentences: 1, lix: 10, kandelMoles: 70, longSentences: 0 } },
    a: { fr: { words: 5, sentences: 1, lix: 5, kandelMoles: 80, longSentences: 0 } },
  });
  expect(text).toBe(`{
  "a": {
    "fr": { "words": 5, "sentences": 1, "lix": 5, "kandelMoles": 80, "longSentences": 0 }
  },
  "b": {
    "en": { "words": 200, "sentences": 20, "lix": 30, "fleschKincaid": 6, "longSentences": 0 },
    "fr": { "words": 10, "sentences": 1, "lix": 10, "kandelMoles": 70, "longSentences": 0 }
  }
}
`);
});

test('the editors’ table shows each figure and the change against the lock', () => {
  const table = readabilityTable([
    { file: 'content/en/a.mdx', lang: 'en', figures: figures({ fleschKincaid: 6.5 }), locked: figures() },
    { file: 'content/en/b.mdx', lang: 'en', figures: figures(), locked: undefined },
  ]);
  expect(table.split('\n')[0]).toMatch(/\| Article +\| Words \| Sentences \| Words\/sentence \| +LIX \| FK \/ KM \| > 25 words \| Against the lock +\|/);
  expect(table).toMatch(/\| content\/en\/a\.mdx \| +200 \| +20 \| +10\.0 \| +30\.0 \| +FK 6\.5 \| +0 \| LIX 0\.0, FK \+0\.5 +\|/);
  expect(table).toContain('not in the lock');
});

test('npm run readability:accept records what the build holds the fixtures to, and npm run readability prints both languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readability-'));
  cpSync('tests/fixtures/content/base', dir, { recursive: true });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/readability.ts', ...args], { encoding: 'utf8', env: { ...process.env, HELP_CONTENT_DIR: dir } });
  const report = run();
  expect(report.status, report.stderr).toBe(0);
  expect(report.stdout).toMatch(/French \(KM: Kandel & Moles[\s\S]*fr\/alpha\.mdx[\s\S]*English \(FK: Flesch–Kincaid grade[\s\S]*en\/alpha\.mdx/);
  expect(report.stdout).toContain('same');
  const accept = run('accept');
  expect(accept.status, accept.stderr).toBe(0);
  expect(readFileSync(join(dir, 'readability.lock.json'), 'utf8'), 'the fixtures’ lock is current').toBe(
    readFileSync('tests/fixtures/content/base/readability.lock.json', 'utf8'),
  );
});
