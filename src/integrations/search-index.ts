import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGS, isLang, type Lang } from '../i18n/locales';
import { searchBundleUrl } from '../lib/search';
import { listFiles, pagePath } from '../lib/site-files';

/** Pagefind's stock interfaces: this site brings its own (SearchBox), so they are not published. */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.|^wasm\.unknown\./;

/** What `pagefind-entry.json` says of each language's index. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** A built page that search should know: an article, in the language of its `<html lang>`. */
interface SearchablePage {
  url: string;
  lang: Lang;
}

/**
 * The articles of a build: pages that mark their content with `data-pagefind-body`.
 * Each must sit in its language's folder, which its language's bundle indexes.
 */
export function searchablePages(outDir: string): SearchablePage[] {
  const pages: SearchablePage[] = [];
  for (const file of listFiles(outDir)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(outDir, file), 'utf8');
    if (!/\sdata-pagefind-body[\s>=]/.test(html)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (!isLang(lang)) throw new Error(`${file}: an indexed page needs <html lang="fr"> or <html lang="en">, not ${lang ?? 'no lang'}.`);
    if (!file.startsWith(`${lang}/`))
      throw new Error(`${file}: an indexed page in "${lang}" must be published under /${lang}/, which its search bundle indexes.`);
    pages.push({ url: pagePath(file), lang });
  }
  return pages;
}

/**
 * Builds one Pagefind bundle per language into the build output
 * (`/pagefind/fr/`, `/pagefind/en/`), so each page searches its own language
 * first and can open the other one's when it finds nothing.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'help-centre:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = searchablePages(outDir);
        try {
          for (const lang of LANGS) {
            const ofLang = pages.filter((page) => page.lang === lang);
            if (ofLang.length === 0) {
              logger.warn(`No ${lang} article to index: search in ${lang} will find nothing.`);
              continue;
            }
            const bytes = await writeBundle(lang, ofLang.length, outDir, join(outDir, searchBundleUrl(lang)));
            logger.info(`${lang}: ${ofLang.length} articles indexed, ${(bytes / 1024).toFixed(1)} KiB in ${searchBundleUrl(lang)}`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Pagefind reads the language's folder itself: faster than handing it each page (a third
 * less time at 2000 articles, npm run bench), and the build keeps no page in memory.
 */
async function writeBundle(lang: Lang, articles: number, outDir: string, bundleDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: `${lang}/**/*.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index /${lang}/: ${added.errors.join('; ')}`);
  const { files, errors: writeErrors } = await index.getFiles();
  if (writeErrors.length > 0) throw new Error(`Pagefind could not write the ${lang} index: ${writeErrors.join('; ')}`);
  // Pagefind keeps only the pages with data-pagefind-body, as long as one has it: the counts must agree.
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  const indexed = entry ? Object.values((JSON.parse(Buffer.from(entry.content).toString()) as PagefindEntry).languages) : [];
  const count = indexed.reduce((sum, language) => sum + language.page_count, 0);
  if (count !== articles) throw new Error(`Pagefind indexed ${count} pages under /${lang}/, where ${articles} articles were expected.`);
  rmSync(bundleDir, { recursive: true, force: true });
  let bytes = 0;
  for (const file of files) {
    if (UNUSED_FILE.test(file.path)) continue;
    const target = join(bundleDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    bytes += statSync(target).size;
  }
  await index.deleteIndex();
  return bytes;
}
