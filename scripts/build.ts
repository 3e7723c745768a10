// `npm run build`: the site in two steps (npm run bench measures them, docs/performance.md "Build scaling"):
//   1. `astro build` syncs the content, renders the pages and checks them, in a process of its own that has
//      ended, its memory freed, before the next step starts (Pagefind inside it held 2.5 GB at 2×2000 articles);
//   2. Pagefind indexes the built articles (src/pipeline/search-index.ts) while the site's files, then each
//      finished language bundle, get their .br and .gz twins (src/pipeline/precompress.ts).
// No separate `astro sync` first: the build then synced again and re-optimised its dependencies, 4 to 5 s of CPU
// at 2×1000 articles, to hold 0.1 to 0.5 GB less at its peak at 2×2000 (the peak stays under Starlight's at 2×1000).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortRouteList } from '../src/pipeline/build-log.ts';
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

/** Runs `astro build`, its list of generated routes shortened to one line (src/pipeline/build-log.ts). */
function astroBuild(): Promise<number> {
  const astro = spawn(process.execPath, [ASTRO, 'build'], { stdio: ['inherit', 'pipe', 'inherit'], env });
  const log = shortRouteList();
  const print = (lines: string[]) => lines.forEach((line) => console.log(line));
  createInterface({ input: astro.stdout }).on('line', (line) => print(log.line(line)));
  return new Promise((done) =>
    astro.on('close', (code) => {
      print(log.end());
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
