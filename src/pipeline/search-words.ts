import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// Explicit extensions: `npm run build` runs this module with Node itself (scripts/build.ts).
import type { Lang } from '../i18n/locales.ts';
import { SEARCH_META, searchWordsUrl } from '../lib/search.ts';
import { vocabulary, wordListFiles } from '../lib/spelling.ts';
import { listFiles } from './site-files.ts';

/** What a Pagefind fragment holds of a page: the text it indexed, and its metadata. */
interface Fragment {
  content: string;
  meta: Record<string, string | undefined>;
}

/** Pagefind's fragments are gzipped, behind a 12-byte signature ("pagefind_dcd") once inflated. */
function readFragment(path: string): Fragment {
  return JSON.parse(gunzipSync(readFileSync(path)).subarray(12).toString('utf8')) as Fragment;
}

/**
 * The words of a language's articles, from its bundle's fragments: exactly the text Pagefind indexed
 * (ignored parts left out), the title, and the synonyms and keywords it indexed as metadata. Read from
 * Pagefind's output rather than from the pages, so the list can never know a word the index does not.
 */
export function bundleVocabulary(bundleDir: string): string[] {
  const fragments = listFiles(bundleDir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => readFragment(join(bundleDir, file)));
  return vocabulary(fragments.flatMap(({ content, meta }) => [content, meta['title'] ?? '', meta[SEARCH_META.about] ?? '', meta[SEARCH_META.related] ?? '']));
}

/** What a word list came to: its shards and their bytes. */
export interface WordListReport {
  words: number;
  shards: number;
  bytes: number;
  largest: number;
}

/**
 * Writes each bundle's word list, by first letter (`words/<letter>.txt`), with the other language's words it lacks.
 * `bundles` maps a language to its bundle's folder in the build.
 */
export function writeWordLists(bundles: Partial<Record<Lang, string>>): Partial<Record<Lang, WordListReport>> {
  const words = Object.fromEntries(Object.entries(bundles).map(([lang, dir]) => [lang, bundleVocabulary(dir)]));
  const written: Partial<Record<Lang, WordListReport>> = {};
  for (const [lang, dir] of Object.entries(bundles) as [Lang, string][]) {
    const other = Object.entries(words).flatMap(([otherLang, list]) => (otherLang === lang ? [] : list));
    const files = wordListFiles(words[lang]!, other);
    rmSync(join(dir, 'words'), { recursive: true, force: true });
    mkdirSync(join(dir, 'words'));
    const sizes = [...files].map(([shard, text]) => {
      writeFileSync(join(dir, searchWordsUrl('', shard)), text);
      return Buffer.byteLength(text);
    });
    written[lang] = { words: words[lang]!.length, shards: files.size, bytes: sizes.reduce((sum, size) => sum + size, 0), largest: Math.max(...sizes) };
  }
  return written;
}
