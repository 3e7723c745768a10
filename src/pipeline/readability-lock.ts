import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Explicit extensions: `npm run readability` runs this module with Node itself (scripts/readability.ts).
import { isLang, type Lang } from '../i18n/locales.ts';
import { readabilityOf, sentenceWords, syllableCounter, type Readability, type SentenceWords } from '../lib/plain-language.ts';
import { articleProse, type ArticleProse } from './article-prose.ts';
import { listFiles } from './site-files.ts';

/** Beside the translation lock: each article's figures as last accepted, written only by `npm run readability:accept`. */
export const READABILITY_LOCK = 'readability.lock.json';

/** Longer than this, a sentence stops the build unless the article's frontmatter says why (`plainLanguage.longSentences`). */
export const HARD_SENTENCE_WORDS: Record<Lang, number> = { en: 30, fr: 35 };

/** One long sentence, for messages. */
export interface LongSentence {
  line: number;
  words: number;
  /** Its first words. */
  start: string;
}

/** One article's figures, measured from its source. */
export interface ArticleReadability {
  /** `fr/gckey`: the language and translationKey, which survive a change of slug. */
  key: string;
  lang: Lang;
  file: string;
  title: string;
  figures: Readability;
  /** Sentences over the hard limit, and the waiver's reason when the frontmatter gives one. */
  tooLong: LongSentence[];
  waiver: string | undefined;
}

export type ReadabilityLock = Record<string, Readability>;

/**
 * The readability of one article body: paragraphs and list items, without headings, the title and
 * description, nor the video transcripts (they quote the narration). `syllables` may be shared by a
 * whole run (`syllableCounter`), which then counts each word once.
 */
export function measureArticle(prose: ArticleProse, lang: Lang, file: string, syllables = syllableCounter(lang)): ArticleReadability | undefined {
  const { frontmatter, units } = prose;
  const key = frontmatter['translationKey'];
  if (typeof key !== 'string') return undefined;
  const sentences: SentenceWords[] = [];
  const tooLong: LongSentence[] = [];
  for (const unit of units) {
    if (unit.kind !== 'paragraph' || unit.transcript) continue;
    for (const sentence of sentenceWords(unit.text)) {
      sentences.push(sentence);
      if (sentence.words.length > HARD_SENTENCE_WORDS[lang]) {
        tooLong.push({
          line: unit.lineAt(Math.max(0, unit.text.indexOf(sentence.text))),
          words: sentence.words.length,
          start: sentence.words.slice(0, 6).join(' '),
        });
      }
    }
  }
  const plainLanguage = frontmatter['plainLanguage'] as { longSentences?: unknown } | undefined;
  return {
    key: `${lang}/${key}`,
    lang,
    file,
    title: String(frontmatter['title'] ?? key),
    figures: readabilityOf(sentences, lang, syllables),
    tooLong,
    waiver: typeof plainLanguage?.longSentences === 'string' ? plainLanguage.longSentences : undefined,
  };
}

/** Every article of a content folder, measured, French first, then by key. */
export function measureArticles(contentDir: string): ArticleReadability[] {
  const syllables = { fr: syllableCounter('fr'), en: syllableCounter('en') };
  return listFiles(contentDir)
    .flatMap((path) => {
      const [lang] = path.split('/');
      const format = /\.mdx$/.test(path) ? 'mdx' : /\.md$/.test(path) ? 'md' : undefined;
      if (!format || !isLang(lang) || !path.includes('/')) return [];
      const file = join(contentDir, path);
      return measureArticle(articleProse(readFileSync(file, 'utf8'), format), lang, file, syllables[lang]) ?? [];
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The lock of a content folder, or an empty one where none was accepted yet. */
export function readReadabilityLock(contentDir: string): ReadabilityLock {
  const file = join(contentDir, READABILITY_LOCK);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReadabilityLock) : {};
}

/** Records every article's figures as accepted (`npm run readability:accept`). */
export function acceptReadability(contentDir: string): { lockFile: string; articles: number } {
  const lock: ReadabilityLock = Object.fromEntries(measureArticles(contentDir).map((article) => [article.key, article.figures]));
  const lockFile = join(contentDir, READABILITY_LOCK);
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  return { lockFile, articles: Object.keys(lock).length };
}
