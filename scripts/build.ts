// `npm run build`: the site in two steps (npm run bench measures them, docs/performance.md "Build scaling"):
//   1. `astro build` syncs the content, renders the pages and checks them, in a process of its own that has
//      ended, its memory freed, before the next step starts (at 1000 articles per language, 1.7 GB; Pagefind
//      inside it held 2.5 at 2000);
//   2. Pagefind indexes the built articles (src/pipeline/search-index.ts) while the files it does not write get
//      their .br and .gz twins, then its own files get theirs (src/pipeline/precompress.ts).
// A separate `astro sync` before the build no longer pays: the build synced the content again and re-optimised
// its dependencies, 4 to 5 s of CPU at 1000 articles per language for about 50 MB less at its peak.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { OUT_DIR } from '../src/pipeline/site-config.ts';
import { listFiles } from '../src/pipeline/site-files.ts';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  // Rolldown's allocator then returns freed memory at once (build peak 2.2 → 1.56 GB at 1000 articles per language).
  MIMALLOC_PURGE_DELAY: '0',
  // Astro's output is piped (below): keep its colours when the build runs in a terminal.
  ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
};

/** A line of Astro's list of generated routes, one per page: `12:00:01   ├─ /fr/cle-gc/index.html (+2ms)`. */
const ROUTE = /^(?:\S+ )?\s*[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;
/** A page slower than this keeps its line, so that a slow page still shows. */
const SLOW_PAGE_MS = 1000;

/**
 * Runs `astro build`, its log kept short at any size: the list of generated routes, one line a page, becomes
 * one line with their number, keeping only the pages that took a second or more.
 */
function astroBuild(): Promise<number> {
  const astro = spawn(process.execPath, [ASTRO, 'build'], { stdio: ['inherit', 'pipe', 'inherit'], env });
  let routes = 0;
  let slow = 0;
  const summarise = () => {
    if (routes === 0) return;
    const seconds = SLOW_PAGE_MS / 1000;
    console.log(
      `  ${routes} routes generated; ${slow === 0 ? `none took ${seconds} s or more` : `the ${slow} that took ${seconds} s or more are listed above`}`,
    );
    routes = 0;
    slow = 0;
  };
  createInterface({ input: astro.stdout }).on('line', (line) => {
    const route = ROUTE.exec(stripVTControlCharacters(line));
    if (!route) {
      summarise();
      console.log(line);
      return;
    }
    routes += 1;
    if (Number(route[2]) * (route[3] === 's' ? 1000 : 1) < SLOW_PAGE_MS) return;
    slow += 1;
    console.log(line);
  });
  return new Promise((done) =>
    astro.on('close', (code) => {
      summarise();
      done(code ?? 1);
    }),
  );
}

const status = await astroBuild();
if (status !== 0) process.exit(status);

// Loaded only now: this process stays small while Astro works.
const { writeSearchIndex } = await import('../src/pipeline/search-index.ts');
const { precompress, formatPrecompressReport } = await import('../src/pipeline/precompress.ts');
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
// The site's own files, listed before Pagefind starts writing, are compressed while it indexes the first
// language; each language's bundle while it indexes the next; what is left (files written after the bundles) last.
const siteFiles = listFiles(OUT_DIR).filter((file) => !file.startsWith('pagefind/'));
const listed = new Set(siteFiles);
const compressions = [precompress(OUT_DIR, siteFiles)];
const compressFolder = (dir: string) => {
  const files = listFiles(join(OUT_DIR, dir))
    .map((file) => `${dir}/${file}`)
    .filter((file) => !listed.has(file) && !/\.(br|gz)$/.test(file));
  for (const file of files) listed.add(file);
  compressions.push(precompress(OUT_DIR, files));
};
await writeSearchIndex(
  OUT_DIR,
  (message) => console.log(`[search-index] ${message}`),
  (bundleDir) => compressFolder(relative(OUT_DIR, bundleDir).split(sep).join('/')),
);
console.log(`[search-index] both bundles in ${seconds(started)}`);
compressFolder('pagefind');
const reports = await Promise.all(compressions);
console.log(`[precompress] ${formatPrecompressReport(reports)}; the search index and every twin done in ${seconds(started)}`);
