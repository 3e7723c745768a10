// `npm run build`: the site in three steps, each in a process of its own that has ended
// before the next starts, so that no step's memory adds to another's (npm run bench, at
// 2000 articles per language: 1.4 GiB in all, where one process with Pagefind held 2.5):
//   1. `astro sync` renders the articles' Markdown into Astro's content cache;
//   2. `astro build` finds that cache up to date, renders the pages and checks them;
//   3. Pagefind indexes the built articles (src/pipeline/search-index.ts);
//   4. every compressible file gets its .br and .gz twins (src/pipeline/precompress.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { OUT_DIR } from '../src/pipeline/site-config.ts';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  // Rolldown's allocator then returns freed memory at once (build peak 2.2 → 1.56 GB at 1000 articles per language).
  MIMALLOC_PURGE_DELAY: '0',
};

for (const command of ['sync', 'build']) {
  const step = spawnSync(process.execPath, [ASTRO, command], { stdio: 'inherit', env });
  if (step.status !== 0) process.exit(step.status ?? 1);
}
// Loaded only now: this process stays small while Astro works.
const { writeSearchIndex } = await import('../src/pipeline/search-index.ts');
await writeSearchIndex(OUT_DIR, (message) => console.log(`[search-index] ${message}`));

const { precompress } = await import('../src/pipeline/precompress.ts');
const started = performance.now();
const compressed = await precompress(OUT_DIR);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `[precompress] ${compressed.files} files, ${kib(compressed.bytes)}: .br ${kib(compressed.brotliBytes)}, .gz ${kib(compressed.gzipBytes)}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
