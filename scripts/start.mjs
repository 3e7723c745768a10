// `npm start`: builds the site when there is no build or the sources changed since, then serves it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, OUT_DIR as OUT } from '../src/pipeline/site-config.ts';
import { serve } from './serve.mjs';

const SOURCES = [CONTENT_DIR, 'src', 'public', 'astro.config.mjs', 'package.json'];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

// The search index is written last (scripts/build.ts): its entry files mark a finished build.
const markers = ['fr', 'en'].map((lang) => join(OUT, 'pagefind', lang, 'pagefind-entry.json'));
const builtAt = markers.every((marker) => existsSync(marker)) ? Math.min(...markers.map((marker) => statSync(marker).mtimeMs)) : 0;
const stale = builtAt === 0 || SOURCES.some((path) => existsSync(path) && newestChange(path) > builtAt);
if (stale) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 4321);
await serve({ root: OUT, port });
console.log(`Help centre: http://127.0.0.1:${port}/  (French: /fr/, English: /en/). Ctrl+C stops it.`);
