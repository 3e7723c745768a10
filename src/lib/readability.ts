import { fleschKincaid } from 'flesch-kincaid';
import type { Lang } from '../i18n/locales.ts';
import { lineAt, type ProseUnit } from './prose.ts';

/**
 * The plain-language rules, one place. Canada.ca no longer sets a grade target and warns against
 * trusting a score as a verdict, so the build holds each article to its own recorded figures (a
 * ratchet) rather than to a fixed score, plus a hard limit on any one sentence.
 */
export const PLAIN_LANGUAGE = {
  /** Sentences longer than this are counted and listed for editors (Canada.ca's guidance is about 20 words). */
  longSentence: 25,
  /** A sentence longer than this stops the build, unless the frontmatter waives it with a reason. French runs ~15–20 % longer. */
  hardLimit: { fr: 35, en: 30 } satisfies Record<Lang, number>,
  /** How much worse than the lock an article may get before the build stops: about one school grade, or a fifth of a Flesch band. */
  worse: { fleschKincaid: 1, kandelMoles: 5, lix: 5 },
  /**
   * French reads about this many LIX points above English for the same text, its words being longer:
   * on this site's 17 twins at f91e066 the French was 5.9 to 22.3 points above, median 13.7.
   */
  frenchLixOffset: 13,
  /** Twins further apart than this, once the French offset is taken off, get a notice. */
  twinLixGap: 10,
  /** Below this many words a score says nothing: the ratchet and the twin notice leave such an article alone. */
  minWords: 50,
} as const;

/** One sentence of an article's body. */
export interface Sentence {
  words: number;
  line: number;
  /** Its first words, to find it in the file. */
  opening: string;
}

/** An article body's figures, as `npm run readability` shows them and the lock records them. */
export interface Figures {
  words: number;
  sentences: number;
  /** Läsbarhetsindex: words per sentence plus the percentage of words longer than six letters (both languages). */
  lix: number;
  /** Flesch–Kincaid grade (English). */
  fleschKincaid?: number;
  /** Kandel & Moles reading ease, Flesch adapted to French (French): higher is easier. */
  kandelMoles?: number;
  /** Sentences of more than `PLAIN_LANGUAGE.longSentence` words. */
  longSentences: number;
}

export interface Measure extends Figures {
  /** The sentences of more than `PLAIN_LANGUAGE.longSentence` words. */
  long: Sentence[];
  longest: Sentence | undefined;
}

/** A sentence ends at . ! ? or … (closing quotes and brackets included) followed by a capital, or at the end of its unit. */
const SENTENCE_END = /[.!?…]+[»”"’)\]]*(?=\s+[«“"(\[]?\s*\p{Lu})/gu;
const LONG_WORD = 6;
const OPENING_WORDS = 6;

/**
 * Where the sentences of one paragraph or list item end (the last one ends with the text).
 * @example sentenceEnds('Entrez le code. Puis sélectionnez « Continuer ».') // [15]
 */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
}

/** LIX: words per sentence + 100 × words of more than six letters / words. */
export function lix(counts: { words: number; sentences: number; longWords: number }): number {
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** Kandel & Moles (1958): 207 − 1.015 × words per sentence − 73.6 × syllables per word. */
export function kandelMoles(counts: { words: number; sentences: number; syllables: number }): number {
  return 207 - (1.015 * counts.words) / counts.sentences - (73.6 * counts.syllables) / counts.words;
}

const round = (value: number) => Math.round(value * 10) / 10;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 0 for a character outside words, 1 for a letter, 2 for a digit; ASCII without a regular expression. */
function wordCharacter(text: string, at: number): 0 | 1 | 2 {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return 0;
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  if (code >= 48 && code <= 57) return 2;
  if (code < 0xaa || !LETTER_OR_DIGIT.test(text[at]!)) return 0;
  return /\p{N}/u.test(text[at]!) ? 2 : 1;
}
/** Apostrophes and hyphens, which join two parts into one word when letters or digits stand on both sides. */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 0x2011;

/**
 * Calls `visit` with each word of a text: runs of letters and digits, where an elision or a hyphenated
 * word is one word (l’application, entrez-le, Authenti-Canada), and how many letters it has.
 * Scanned by hand: this is the readability measure's inner loop, twice as fast as a Unicode regular
 * expression at 2×1000 articles.
 * @example forEachWord('Entrez-le ici.', (start, end) => words.push(text.slice(start, end))) // Entrez-le, ici
 */
export function forEachWord(text: string, visit: (start: number, end: number, letters: number) => void): void {
  let at = 0;
  while (at < text.length) {
    let kind = wordCharacter(text, at);
    if (kind === 0) {
      at += 1;
      continue;
    }
    const start = at;
    let letters = 0;
    for (;;) {
      for (; kind !== 0; kind = wordCharacter(text, at)) {
        if (kind === 1) letters += 1;
        at += 1;
      }
      if (at + 1 < text.length && isJoiner(text.charCodeAt(at)) && (kind = wordCharacter(text, at + 1)) !== 0) at += 1;
      else break;
    }
    visit(start, at, letters);
  }
}

/**
 * The figures of an article body: its `body` units only (headings, transcripts, frontmatter and
 * component props are not measured), paragraphs and list items cut into sentences, inline code left out.
 * `syllables` counts one word in the page's language (src/lib/syllables.ts).
 */
export function measure(units: readonly ProseUnit[], lang: Lang, syllables: (word: string) => number): Measure {
  const long: Sentence[] = [];
  let longest: { unit: ProseUnit; text: string; first: number; openingEnd: number; words: number } | undefined;
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  let syllableCount = 0;
  for (const unit of units) {
    if (unit.kind !== 'body') continue;
    let text = unit.text;
    for (const [start, end] of unit.code) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    // One pass over the words; a sentence closes at the first word past its end.
    const ends = sentenceEnds(text);
    let sentenceEnd = ends.shift() ?? Infinity;
    let count = 0;
    let first = 0;
    let openingEnd = 0;
    const close = () => {
      if (count === 0) return;
      words += count;
      sentences += 1;
      // Only the sentences a message may name are described: at 2×1000 articles, describing every one costs more than measuring it.
      if (count > PLAIN_LANGUAGE.longSentence) long.push(describe({ unit, text, first, openingEnd, words: count }));
      if (!longest || count > longest.words) longest = { unit, text, first, openingEnd, words: count };
      count = 0;
    };
    forEachWord(text, (start, end, letters) => {
      while (start >= sentenceEnd) {
        close();
        sentenceEnd = ends.shift() ?? Infinity;
      }
      if (count === 0) first = start;
      count += 1;
      if (count <= OPENING_WORDS) openingEnd = end;
      syllableCount += syllables(text.slice(start, end));
      if (letters > LONG_WORD) longWords += 1;
    });
    close();
  }
  const figures: Figures = { words, sentences, lix: sentences > 0 ? round(lix({ words, sentences, longWords })) : 0, longSentences: long.length };
  const counts = { words, sentences, syllables: syllableCount };
  if (lang === 'en') figures.fleschKincaid = sentences > 0 ? round(fleschKincaid({ word: words, sentence: sentences, syllable: syllableCount })) : 0;
  else figures.kandelMoles = sentences > 0 ? round(kandelMoles(counts)) : 0;
  return { ...figures, long, longest: longest && describe(longest) };
}

/** A sentence as messages name it: its line and first words. */
function describe({ unit, text, first, openingEnd, words }: { unit: ProseUnit; text: string; first: number; openingEnd: number; words: number }): Sentence {
  return { words, line: lineAt(unit, first), opening: `${text.slice(first, openingEnd).replace(/\s+/g, ' ')}${words > OPENING_WORDS ? '…' : ''}` };
}

/** The figures only, in the order the lock writes them. */
export function figuresOf(measured: Figures): Figures {
  const { words, sentences, lix: lixScore, fleschKincaid: grade, kandelMoles: ease, longSentences } = measured;
  return {
    words,
    sentences,
    lix: lixScore,
    ...(grade === undefined ? {} : { fleschKincaid: grade }),
    ...(ease === undefined ? {} : { kandelMoles: ease }),
    longSentences,
  };
}

/** `content/readability.lock.json`: per translationKey, each language's recorded figures. */
export type ReadabilityLock = Record<string, Partial<Record<Lang, Figures>>>;

export const READABILITY_LOCK = 'readability.lock.json';
const ACCEPT = 'npm run readability:accept';

/** Figures on one line, spaced as Prettier spaces JSON. */
const inline = (figures: Figures) =>
  `{ ${Object.entries(figures)
    .map(([name, value]) => `"${name}": ${JSON.stringify(value)}`)
    .join(', ')} }`;

/** The lock as written: keys in order, one line per article, so a review shows which figures moved (and Prettier leaves it as it is). */
export function serialiseReadabilityLock(lock: ReadabilityLock): string {
  const keys = Object.keys(lock).sort();
  const body = keys.map((key) => {
    const langs = (Object.keys(lock[key]!) as Lang[]).sort();
    return `  ${JSON.stringify(key)}: {\n${langs.map((lang) => `    "${lang}": ${inline(figuresOf(lock[key]![lang]!))}`).join(',\n')}\n  }`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}

/** How two figures compare, for messages and the table: "7.1 → 8.4". */
const change = (before: number, after: number) => `${before} → ${after}`;

/**
 * The ratchet: a message when an article reads clearly harder than its recorded figures
 * (`PLAIN_LANGUAGE.worse`), naming both figures and the way out; nothing for a short article.
 */
export function worseThanLock(file: string, lang: Lang, locked: Figures | undefined, now: Measure, lockFile: string): string | undefined {
  if (!locked || locked.words < PLAIN_LANGUAGE.minWords || now.words < PLAIN_LANGUAGE.minWords) return undefined;
  const { worse } = PLAIN_LANGUAGE;
  const harder: string[] = [];
  if (now.lix - locked.lix > worse.lix) harder.push(`LIX ${change(locked.lix, now.lix)} (at most +${worse.lix})`);
  if (lang === 'en' && locked.fleschKincaid !== undefined && now.fleschKincaid! - locked.fleschKincaid > worse.fleschKincaid) {
    harder.push(`Flesch–Kincaid grade ${change(locked.fleschKincaid, now.fleschKincaid!)} (at most +${worse.fleschKincaid.toFixed(1)})`);
  }
  if (lang === 'fr' && locked.kandelMoles !== undefined && locked.kandelMoles - now.kandelMoles! > worse.kandelMoles) {
    harder.push(`Kandel & Moles ${change(locked.kandelMoles, now.kandelMoles!)} (at most −${worse.kandelMoles})`);
  }
  if (harder.length === 0) return undefined;
  const { longest } = now;
  const hint = longest ? ` Its longest sentence is at line ${longest.line} (${longest.words} words, "${longest.opening}").` : '';
  return `${file}: reads clearly harder than its recorded figures in ${lockFile}: ${harder.join(', ')}; ${change(locked.words, now.words)} words in ${change(locked.sentences, now.sentences)} sentences.${hint} Shorten sentences (one idea each) and prefer short, common words; or, if the harder wording is needed, run ${ACCEPT} and commit ${lockFile}.`;
}

/** Sentences over the hard limit, one message each, unless the frontmatter waives them with a reason. */
export function tooLongSentences(file: string, lang: Lang, now: Measure, waiver: string | undefined): string[] {
  if (waiver) return [];
  const limit = PLAIN_LANGUAGE.hardLimit[lang];
  return now.long
    .filter((sentence) => sentence.words > limit)
    .map(
      (sentence) =>
        `${file}:${sentence.line}: the sentence "${sentence.opening}" has ${sentence.words} words, more than the ${limit} ${lang === 'fr' ? 'a French' : 'an English'} sentence may have: split it into shorter sentences, or, if it must stay long, give the reason in the frontmatter: plainLanguage: { longSentences: "<why>" }`,
    );
}

/**
 * A notice for twins of which one reads much harder than the other: LIX apart by more than
 * `PLAIN_LANGUAGE.twinLixGap` once French's usual lead (`frenchLixOffset`) is taken off.
 */
export function twinGapNotice(fr: { file: string; figures: Figures }, en: { file: string; figures: Figures }): string | undefined {
  if (fr.figures.words < PLAIN_LANGUAGE.minWords || en.figures.words < PLAIN_LANGUAGE.minWords) return undefined;
  const gap = fr.figures.lix - PLAIN_LANGUAGE.frenchLixOffset - en.figures.lix;
  if (Math.abs(gap) <= PLAIN_LANGUAGE.twinLixGap) return undefined;
  const [harder, easier] = gap > 0 ? [fr, en] : [en, fr];
  return `${harder.file} reads much harder than its twin ${easier.file}: LIX ${harder.figures.lix.toFixed(1)} against ${easier.figures.lix.toFixed(1)} (French usually reads ${PLAIN_LANGUAGE.frenchLixOffset} points higher; these are ${Math.abs(gap).toFixed(1)} further apart). Shorten its sentences and words where the twin manages (npm run readability shows both).`;
}

/** One row of the editors' table. */
export interface TableRow {
  file: string;
  lang: Lang;
  figures: Figures;
  locked: Figures | undefined;
}

const fixed = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(1)}`;

/** What moved since the lock, in the figures that matter: "LIX +1.2, FK −0.3", "same", or "not in the lock". */
function lockChange(row: TableRow): string {
  if (!row.locked) return `not in the lock`;
  const score = row.lang === 'en' ? 'fleschKincaid' : 'kandelMoles';
  const parts = [
    `LIX ${signed(row.figures.lix - row.locked.lix)}`,
    `${row.lang === 'en' ? 'FK' : 'KM'} ${signed((row.figures[score] ?? 0) - (row.locked[score] ?? 0))}`,
  ];
  return row.figures.lix === row.locked.lix && row.figures[score] === row.locked[score] ? 'same' : parts.join(', ');
}

/**
 * The table `npm run readability` prints for editors, one language after the other.
 * FK is the Flesch–Kincaid grade (English, lower is easier), KM Kandel & Moles (French, higher is easier).
 */
export function readabilityTable(rows: readonly TableRow[]): string {
  const header = ['Article', 'Words', 'Sentences', 'Words/sentence', 'LIX', 'FK / KM', `> ${PLAIN_LANGUAGE.longSentence} words`, 'Against the lock'];
  const lines = rows.map((row) => [
    row.file,
    String(row.figures.words),
    String(row.figures.sentences),
    fixed(row.figures.sentences > 0 ? row.figures.words / row.figures.sentences : 0),
    fixed(row.figures.lix),
    row.lang === 'en' ? `FK ${fixed(row.figures.fleschKincaid)}` : `KM ${fixed(row.figures.kandelMoles)}`,
    String(row.figures.longSentences),
    lockChange(row),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((width, column) => (column === 0 || column === widths.length - 1 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`,
    ...lines.map(format),
  ].join('\n');
}
