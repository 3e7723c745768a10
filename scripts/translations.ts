// `npm run translations:accept`: records every article's sections as in step with their twins
// (content/translations.lock.json), once an editor has checked the other language says the same.
// `npm run translations:report`: per language, the sections whose twin changed and since when
// (from git), and the pages past their `reviewBy` date. Neither needs a build: both read the Markdown.
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/pipeline/site-config.ts';
import { isoDay } from '../src/lib/iso-day.ts';
import { acceptTranslations, TRANSLATIONS_LOCK } from '../src/pipeline/translation-lock.ts';
import { translationReport } from '../src/pipeline/translation-report.ts';

const [command] = process.argv.slice(2);
if (command === 'accept') {
  const { lockFile, pairs } = acceptTranslations(CONTENT_DIR);
  console.log(`Recorded the sections of ${pairs} article pairs as in step in ${lockFile}: commit it with your change.`);
} else if (command === 'report') {
  process.stdout.write(translationReport(CONTENT_DIR, join(CONTENT_DIR, TRANSLATIONS_LOCK), isoDay(new Date())));
} else {
  console.error('Usage: node scripts/translations.ts accept|report (npm run translations:accept, npm run translations:report)');
  process.exit(1);
}
