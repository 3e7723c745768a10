// `npm run readability`: the plain-language figures of every article (both languages) against the
// readability lock, and the sentences over 25 words, for editors. Reads the Markdown; needs no build.
// `npm run readability:accept`: records the current figures in content/readability.lock.json, the
// figures the build then holds each article to (src/lib/readability.ts). Only this command writes it.
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/i18n/locales.ts';
import { PLAIN_LANGUAGE, READABILITY_LOCK, readabilityTable, serialiseReadabilityLock, type ReadabilityLock } from '../src/lib/readability.ts';
import { readContentSources } from '../src/pipeline/content-sources.ts';
import { CONTENT_DIR } from '../src/pipeline/site-config.ts';
import { currentReadability, measureArticles, readArticle } from '../src/pipeline/wording-checks.ts';

const [command] = process.argv.slice(2);
const lockFile = join(CONTENT_DIR, READABILITY_LOCK);
const articles = readContentSources(CONTENT_DIR).articles.flatMap((source) => readArticle(source) ?? []);
const measured = measureArticles(articles);

if (command === 'accept') {
  writeFileSync(lockFile, serialiseReadabilityLock(currentReadability(measured)));
  console.log(`Recorded the figures of ${measured.size} articles in ${lockFile}: commit it with your change.`);
} else if (command === undefined) {
  const lock = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, 'utf8')) as ReadabilityLock) : {};
  for (const lang of LANGS) {
    const rows = [...measured]
      .filter(([article]) => article.lang === lang)
      .map(([article, figures]) => {
        const key = article.frontmatter['translationKey'];
        return { file: article.file, lang, figures, locked: typeof key === 'string' ? lock[key]?.[lang] : undefined };
      })
      .sort((a, b) => a.file.localeCompare(b.file));
    console.log(`\n${lang === 'fr' ? 'French (KM: Kandel & Moles, higher is easier)' : 'English (FK: Flesch–Kincaid grade, lower is easier)'}\n`);
    console.log(readabilityTable(rows));
    const long = rows.flatMap((row) => row.figures.long.map((sentence) => `  ${row.file}:${sentence.line} (${sentence.words} words) ${sentence.opening}`));
    console.log(`\nSentences over ${PLAIN_LANGUAGE.longSentence} words (the build stops past ${PLAIN_LANGUAGE.hardLimit[lang]}): ${long.length}`);
    if (long.length > 0) console.log(long.join('\n'));
  }
} else {
  console.error('Usage: node scripts/readability.ts [accept] (npm run readability, npm run readability:accept)');
  process.exit(1);
}
