// `npm run readability`: each article's plain-language figures in both languages, against the figures last
// accepted (content/readability.lock.json), for editors. `npm run readability:accept` records the current
// figures once a harder wording is deliberate. Neither needs a build: both read the Markdown.
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/pipeline/site-config.ts';
import { SOFT_SENTENCE_WORDS } from '../src/lib/plain-language.ts';
import { acceptReadability, HARD_SENTENCE_WORDS, measureArticles, READABILITY_LOCK, readReadabilityLock } from '../src/pipeline/readability-lock.ts';

const [command] = process.argv.slice(2);
if (command === 'accept') {
  const { lockFile, articles } = acceptReadability(CONTENT_DIR);
  console.log(`Recorded the readability of ${articles} articles in ${lockFile}: commit it with your change.`);
} else if (command === undefined) {
  const lock = readReadabilityLock(CONTENT_DIR);
  const change = (now: number, before: number | undefined) =>
    before === undefined ? 'new' : now === before ? '=' : `${now > before ? '+' : ''}${(now - before).toFixed(1)}`;
  for (const lang of ['fr', 'en'] as const) {
    const score = lang === 'fr' ? 'Kandel & Moles (higher reads easier)' : 'Flesch–Kincaid grade (lower reads easier)';
    console.log(
      `\n${lang === 'fr' ? 'Français' : 'English'}: LIX (lower reads easier) and ${score}; sentences over ${SOFT_SENTENCE_WORDS} words; over ${HARD_SENTENCE_WORDS[lang]} stops the build`,
    );
    console.table(
      measureArticles(CONTENT_DIR)
        .filter((article) => article.lang === lang)
        .map(({ key, title, figures, tooLong, waiver }) => ({
          article: title.length > 48 ? `${title.slice(0, 47)}…` : title,
          words: figures.words,
          sentences: figures.sentences,
          'words/sentence': Math.round((figures.words / Math.max(figures.sentences, 1)) * 10) / 10,
          LIX: figures.lix,
          [lang === 'fr' ? 'KM' : 'FK grade']: figures.score,
          [`> ${SOFT_SENTENCE_WORDS} words`]: figures.longSentences,
          [`> ${HARD_SENTENCE_WORDS[lang]}`]: `${tooLong.length}${waiver ? ' (waived)' : ''}`,
          'vs lock': `LIX ${change(figures.lix, lock[key]?.lix)}, score ${change(figures.score, lock[key]?.score)}`,
        })),
    );
  }
  console.log(`\nThe lock: ${join(CONTENT_DIR, READABILITY_LOCK)}. Formulas measure sentence and word length only: read the text too.`);
} else {
  console.error('Usage: node scripts/readability.ts [accept] (npm run readability, npm run readability:accept)');
  process.exit(1);
}
