import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
// Explicit extension: `npm run build` runs this module with Node itself (scripts/build.ts).
import { CACHE_DIR } from './site-config.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Text the host sends as is: worth a compressed twin. */
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|vtt|webmanifest)$/;
/**
 * Pagefind's index, fragments, metadata and WebAssembly, which Pagefind gzips itself
 * and its loader inflates in JavaScript unless the browser already did (it checks for
 * its "pagefind_dcd" signature): their twins hold the inflated data, so the browser
 * decodes them natively and brotli shaves what gzip cannot (the engine: 59 → 51 kB).
 */
const PAGEFIND_GZIPPED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/**
 * Brotli's best quality costs about 80 ms per 34 kB page (0.4 MB/s) for 7 to 10 % less than
 * quality 6 (0.5 ms): it is kept for the files every visitor or every first search fetches
 * whose number does not grow with the articles: stylesheet and scripts, Pagefind's script,
 * engine and metadata. Pages, search fragments and index chunks get quality 6. Index chunks, some of which every
 * first search fetches, grow in number with the vocabulary (2 242 at 1 000 synthetic articles per language, 87 for
 * this site): quality 10 took 4.6 s of CPU there against 0.4 s for 3.8 % less; here 16 bytes a chunk, about 50
 * bytes on a first search.
 */
const BEST_QUALITY = /^_astro\/|^pagefind\/[^/]+\/(pagefind\.js$|wasm\.|pagefind\.[^/]+\.pf_meta$)/;
const FAST_QUALITY = 6;
/** Best-quality outputs by content hash: Pagefind's engine and script are the same build after build. */
const CACHE = join(CACHE_DIR, 'precompress');

const brotliAt = (raw: Buffer, quality: number) =>
  brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });

/** Brotli at its best quality, from the cache when these exact bytes were compressed before. */
async function bestBrotli(raw: Buffer): Promise<Buffer> {
  const cached = join(CACHE, `${createHash('sha256').update(raw).digest('hex')}.br`);
  try {
    return await readFile(cached);
  } catch {
    const br = await brotliAt(raw, constants.BROTLI_MAX_QUALITY);
    await mkdir(CACHE, { recursive: true });
    await writeFile(cached, br);
    return br;
  }
}

/** The brotli twin of a file's data, at the quality its path earns. */
function brotliTwin(file: string, raw: Buffer): Promise<Buffer> {
  if (BEST_QUALITY.test(file)) return bestBrotli(raw);
  return brotliAt(raw, FAST_QUALITY);
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Whether a file gets compressed twins, and whether it comes gzipped by Pagefind. */
function kindOf(file: string): 'text' | 'pagefind' | undefined {
  if (PAGEFIND_GZIPPED.test(file)) return 'pagefind';
  return TEXT.test(file) ? 'text' : undefined;
}

/**
 * Writes `x.br` and `x.gz` next to every compressible file `x` among `files` (paths relative to
 * `outDir`) of a built site, for hosts that serve precompressed files (nginx's brotli_static and
 * gzip_static, sirv). A file whose brotli twin would not be smaller than itself gets none.
 * Runs a few files at a time on zlib's thread pool, so both cores work.
 */
export async function precompress(outDir: string, files: readonly string[]): Promise<PrecompressReport> {
  const compressible = files.filter((file) => kindOf(file));
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < compressible.length) {
      const file = compressible[next++]!;
      const path = join(outDir, file);
      const stored = await readFile(path);
      // Pagefind's stored file is itself a gzip of the data, no larger than zlib's best level makes it
      // (this site's index chunks: 49 977 bytes against 50 849, fragments 41 858 against 41 868): the .gz twin as it is.
      const pagefindGzip = kindOf(file) === 'pagefind';
      const raw = pagefindGzip ? await gunzipAsync(stored) : stored;
      const [br, gzTwin] = await Promise.all([brotliTwin(file, raw), pagefindGzip ? stored : gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION })]);
      report.files += 1;
      report.bytes += stored.length;
      // Both twins or neither, so that every response of a file says Vary: Accept-Encoding or none does.
      if (br.length >= stored.length) continue;
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzTwin)]);
      report.brotliBytes += br.length;
      report.gzipBytes += gzTwin.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism() + 1) }, worker));
  return report;
}

/** One line for the build log: files, bytes and their twins' bytes, all reports together. */
export function formatPrecompressReport(reports: readonly PrecompressReport[]): string {
  const sum = (key: keyof PrecompressReport) => reports.reduce((total, report) => total + report[key], 0);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return `${sum('files')} files, ${kib(sum('bytes'))}: .br ${kib(sum('brotliBytes'))}, .gz ${kib(sum('gzipBytes'))}`;
}
