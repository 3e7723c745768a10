import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
// Explicit extensions: `npm run build` runs this module with Node itself (scripts/build.ts).
import { LANGS, isLang, type Lang } from '../i18n/locales.ts';
import { SEARCH_WORDS_FILE, searchBundleUrl } from '../lib/search.ts';
import { writeWordLists } from './search-words.ts';
import { listFiles } from './site-files.ts';

/** Pagefind's stock interfaces: this site brings its own (SearchBox), so they are not published; its highlight script is (SearchHighlight). */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui)\.|^wasm\.unknown\./;

/**
 * Index per chunk (Pagefind's default 20 000). A first query fetches the chunks that hold
 * its words: at the default, the whole vocabulary of a language came in one 16 kB chunk;
 * at 1 000, each word costs a chunk of about 2 kB (brotli), and "mot de passe oublié"
 * fetches 7.4 kB of index instead of 16.2 (npm run bench:search, docs/performance.md).
 * More chunks make the metadata every search loads longer: measure again for thousands of articles.
 */
const INDEX_CHUNK_SIZE = 1000;

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
 * Pagefind's memory does not add to the build's.
 */
export async function writeSearchIndex(outDir: string, log: (message: string) => void): Promise<void> {
  const languages = articleLanguages(outDir);
  // Read by Pagefind's own process, started by the first createIndex; a value already set wins.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const bundles: Partial<Record<Lang, string>> = {};
  try {
    for (const lang of LANGS) {
      const pages = languages.filter((language) => language === lang).length;
      if (pages === 0) {
        log(`No ${lang} page to index: search in ${lang} will find nothing.`);
        continue;
      }
      const bytes = await writeBundle(lang, pages, outDir);
      bundles[lang] = join(outDir, searchBundleUrl(lang));
      log(`${lang}: ${pages} pages indexed, ${(bytes / 1024).toFixed(1)} KiB in ${searchBundleUrl(lang)}`);
    }
  } finally {
    await pagefind.close();
  }
  for (const [lang, bytes] of Object.entries(writeWordLists(bundles))) {
    log(`${lang}: word list for spelling correction, ${(bytes / 1024).toFixed(1)} KiB in ${searchBundleUrl(lang as Lang)}${SEARCH_WORDS_FILE}`);
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
