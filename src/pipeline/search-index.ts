import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
// Explicit extensions: `npm run build` runs this module with Node itself (scripts/build.ts).
import { LANGS, isLang, type Lang } from '../i18n/locales.ts';
import { searchBundleUrl, searchWordsUrl } from '../lib/search.ts';
import { writeWordLists } from './search-words.ts';
import { listFiles } from './site-files.ts';

/** Pagefind's stock interfaces: this site brings its own (SearchBox), so they are not published; its highlight script is (SearchHighlight). */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui)\.|^wasm\.unknown\./;

/**
 * Index per chunk (Pagefind's default 20 000), for a language of `pages` indexed pages. A first query fetches the
 * chunks that hold its words, and the metadata, which lists every chunk: small chunks cost a query less, and the
 * metadata more. Measured with npm run bench:search and npm run bench (docs/performance.md): at 21 pages per
 * language, "mot de passe oublié" fetched 73.9 to 75.6 kB at sizes from 250 to 400 (three or four chunks of 0.9 kB,
 * as their bounds fall), 77.0 kB at 1 000 (three chunks of 2 kB) and 77.3 kB at 2 000; at 2 004 pages, the
 * metadata every search loads is 28 kB with brotli at 1 000 and 49 kB at 300. So 300 for a site of 20 pages,
 * growing with the square root of the page count, up to 1 000 from about 220 pages.
 * @example indexChunkSize(21) // 307
 */
export function indexChunkSize(pages: number): number {
  return Math.round(Math.min(1000, 300 * Math.sqrt(Math.max(pages, 20) / 20)));
}

/** What `pagefind-entry.json` says of each language's index. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * The language of each indexed page of a build (the articles, and the help centre's own pages, which
 * mark their content with `data-pagefind-body`), from its `<html lang>`. Each must sit in its
 * language's folder, which its language's bundle indexes.
 */
function articleLanguages(outDir: string): Lang[] {
  const languages: Lang[] = [];
  for (const file of listFiles(outDir)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(outDir, file), 'utf8');
    if (!/\sdata-pagefind-body[\s>=]/.test(html)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (!isLang(lang)) throw new Error(`${file}: an indexed page needs <html lang="fr"> or <html lang="en">, not ${lang ?? 'no lang'}.`);
    if (!file.startsWith(`${lang}/`))
      throw new Error(`${file}: an indexed page in "${lang}" must be published under /${lang}/, which its search bundle indexes.`);
    languages.push(lang);
  }
  return languages;
}

/**
 * Builds one Pagefind bundle per language into a built site (`/pagefind/fr/`,
 * `/pagefind/en/`), so each page searches its own language first and can open the
 * other one's when it finds nothing. Runs after `astro build` has exited, so that
 * Pagefind's memory does not add to the build's. `onBundle` gets each bundle's folder once it is
 * complete, so that its files can be precompressed while the next language is indexed.
 */
export async function writeSearchIndex(outDir: string, log: (message: string) => void, onBundle?: (bundleDir: string) => void): Promise<void> {
  const languages = articleLanguages(outDir);
  // Read by Pagefind's own process, started by the first createIndex; a value already set wins.
  // One Pagefind process indexes both languages: the larger one sets the size.
  const largest = Math.max(...LANGS.map((lang) => languages.filter((language) => language === lang).length));
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize(largest));
  const bundles: Partial<Record<Lang, string>> = {};
  try {
    // Both languages at once: Pagefind's service indexes each on a core of its own.
    await Promise.all(
      LANGS.map(async (lang) => {
        const pages = languages.filter((language) => language === lang).length;
        if (pages === 0) {
          log(`No ${lang} page to index: search in ${lang} will find nothing.`);
          return;
        }
        const bytes = await writeBundle(lang, pages, outDir);
        bundles[lang] = join(outDir, searchBundleUrl(lang));
        log(`${lang}: ${pages} pages indexed, ${(bytes / 1024).toFixed(1)} KiB in ${searchBundleUrl(lang)}`);
        onBundle?.(bundles[lang]);
      }),
    );
  } finally {
    await pagefind.close();
  }
  for (const [lang, list] of Object.entries(writeWordLists(bundles))) {
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    log(
      `${lang}: ${list.words} words for spelling correction in ${list.shards} files of ${searchWordsUrl(searchBundleUrl(lang as Lang), '<letter>')}, ${kib(list.bytes)} (the largest ${kib(list.largest)})`,
    );
  }
}

/** Pagefind reads the language's folder and writes the bundle itself: no page passes through this process. */
async function writeBundle(lang: Lang, pages: number, outDir: string): Promise<number> {
  const bundleDir = join(outDir, searchBundleUrl(lang));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: `${lang}/**/*.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index /${lang}/: ${added.errors.join('; ')}`);
  rmSync(bundleDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // Pagefind keeps only the pages with data-pagefind-body, as long as one has it: the counts must agree.
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed !== pages) throw new Error(`Pagefind indexed ${indexed} pages under /${lang}/, where ${pages} were expected.`);
  await minifyScripts(bundleDir);
  let bytes = 0;
  for (const file of listFiles(bundleDir)) {
    const path = join(bundleDir, file);
    if (UNUSED_FILE.test(file)) rmSync(path);
    else bytes += statSync(path).size;
  }
  return bytes;
}

/**
 * Pagefind ships its scripts with whitespace removed but every name kept. Minified, pagefind.js goes from 47.2 to
 * 32.3 kB (12.1 to 10.3 kB with brotli) on every first search; bundled from its one export the search uses
 * (`createInstance`), the module-level search API it also exports goes too (another 0.2 kB with brotli, npm run
 * bench:search). Its highlight script, whose default export SearchHighlight uses, from 44.4 to 20.7 kB.
 */
async function minifyScripts(bundleDir: string): Promise<void> {
  const search = join(bundleDir, 'pagefind.js');
  const { outputFiles } = await build({
    stdin: { contents: "export { createInstance } from './pagefind.js';", resolveDir: bundleDir, sourcefile: 'search-entry.js' },
    bundle: true,
    write: false,
    ...MINIFY,
  });
  writeFileSync(search, outputFiles[0]!.contents);
  const highlight = join(bundleDir, 'pagefind-highlight.js');
  writeFileSync(highlight, (await transform(readFileSync(highlight, 'utf8'), MINIFY)).code);
}

const MINIFY = { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' } as const;
