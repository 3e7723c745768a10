// `npm run bench:search`: what search costs, per language, on the built site
// (HELP_OUT_DIR, default dist; run `npm run build` first). Prints figures; it
// is a benchmark, not a test, and never fails on a number.
//   - the Pagefind bundle on disk;
//   - the bytes a browser fetches for a first query typed into the header box of
//     an article, from focusing the box to the rendered results, with the site
//     served by nginx with deploy/nginx's configuration (precompressed files),
//     once accepting brotli and once gzip only; and for a first query with a word
//     the index does not know, which fetches the word list for corrections;
//   - the word list's size;
//   - the time from the first keystroke to the results on a cold page, the box
//     focused then typed into key by key;
//   - the median time from query to rendered results, Pagefind not yet loaded
//     (cold) and loaded (warm), over BENCH_RUNS runs (default 15).
// BENCH_VERBOSE=1 lists every request of the first queries.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { OUT_DIR } from '../src/pipeline/site-config.ts';
import { findChromium } from './find-chromium.mjs';
import { freePort } from './free-port.mjs';
import { startNginx } from './nginx.mjs';

const ROOT = resolve(OUT_DIR);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LANGS = {
  fr: {
    article: '/fr/cle-gc/',
    firstQuery: 'mot de passe oublié',
    misspelt: 'mot de passe oublié navigteur',
    queries: ['cle gc', '2FA', 'code refusé', 'banque', 'Internet Explorer', 'invitation', 'QR'],
  },
  en: {
    article: '/en/gckey/',
    firstQuery: 'forgot password',
    misspelt: 'forgot pasword',
    queries: ['gckey', '2FA', 'lost phone', 'bank', 'Internet Explorer', 'invitation', 'QR code'],
  },
};
/** What the browser says it accepts, set explicitly for both runs. */
const ENCODINGS = { brotli: 'br, gzip', 'gzip only': 'gzip' };
/** Delay between keys when typing, as a quick typist. */
const KEY_DELAY_MS = 120;

if (!existsSync(join(ROOT, 'pagefind'))) {
  console.error(`No search bundle in ${ROOT}/pagefind: run npm run build first (HELP_OUT_DIR=${OUT_DIR}).`);
  process.exit(1);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What kind of file a Pagefind request is, for the breakdown. */
function kindOf(url) {
  const { pathname } = new URL(url);
  if (pathname.endsWith('/pagefind.js')) return 'pagefind.js';
  if (pathname.includes('/wasm.')) return 'WebAssembly';
  if (pathname.includes('/index/')) return 'index';
  if (pathname.includes('/fragment/')) return 'fragments';
  if (/^\/pagefind\/[^/]+\/words\//.test(pathname)) return 'word list';
  if (pathname.startsWith('/pagefind/')) return 'entry and metadata';
  // Loaded with the word list, only then.
  if (/^\/_astro\/spelling\./.test(pathname)) return 'correction code';
  // The results code and the chunks it imports (the translator).
  if (pathname.startsWith('/_astro/')) return 'results code';
  return 'other';
}

/** Counts the bytes received (headers and encoded body) for every request from now on, by kind. */
async function countBytes(page) {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map();
  const byKind = new Map();
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (!url) return;
    requests += 1;
    if (process.env.BENCH_VERBOSE) console.log(`    ${event.encodedDataLength} B  ${new URL(url).pathname}`);
    const kind = kindOf(url);
    byKind.set(kind, (byKind.get(kind) ?? 0) + event.encodedDataLength);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return () => ({ total: [...byKind.values()].reduce((sum, bytes) => sum + bytes, 0), requests, byKind });
}

/** Sets the query and resolves with the milliseconds until its results (or its "no results" message) are rendered. */
function timeQuery(page, query) {
  return page.evaluate(
    (query) =>
      new Promise((done) => {
        const box = document.querySelector('search-box');
        const input = box.querySelector('[data-search-input]');
        const list = box.querySelector('[data-search-results]');
        const message = box.querySelector('[data-search-message]');
        const correction = box.querySelector('[data-search-correction]');
        // The query's own results: its words in the message, or in the offer to search them as typed when corrected.
        const rendered = () => (message.textContent.includes(query) || correction.textContent.includes(query)) && list.childElementCount > 0;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!rendered()) return;
          observer.disconnect();
          done(performance.now() - start);
        });
        observer.observe(box, { childList: true, subtree: true, characterData: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/**
 * A first query on a cold page: the box focused, then typed into key by key. Resolves with the
 * bytes fetched from the focus on, and the milliseconds from the first keystroke to the results
 * of the whole query and to the last keystroke.
 */
async function firstQuery(context, url, query) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const bytes = await countBytes(page);
  const logged = server.accessLog().length;
  await page.evaluate((query) => {
    const box = document.querySelector('search-box');
    const list = box.querySelector('[data-search-results]');
    const message = box.querySelector('[data-search-message]');
    const correction = box.querySelector('[data-search-correction]');
    let first;
    let last;
    box.addEventListener('keydown', () => ((first ??= performance.now()), (last = performance.now())), { capture: true });
    window.benchFirstQuery = new Promise((done) => {
      const observer = new MutationObserver(() => {
        // The query's own results: its words in the message, or in the offer to search them as typed when corrected.
        if (!(message.textContent.includes(query) || correction.textContent.includes(query)) || list.childElementCount === 0) return;
        observer.disconnect();
        done({ results: performance.now() - first, lastKey: last - first });
      });
      observer.observe(box, { childList: true, subtree: true, characterData: true });
    });
  }, query);
  const box = page.locator('search-box [data-search-input]');
  await box.focus();
  await box.pressSequentially(query, { delay: KEY_DELAY_MS });
  const timing = await page.evaluate(() => window.benchFirstQuery);
  await page.waitForLoadState('networkidle');
  // nginx's own count: on HTTP/2 its headers are compressed, where Chromium counts them in full.
  const sent = server
    .accessLog()
    .slice(logged)
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  return { ...bytes(), ...timing, sent };
}

const port = await freePort();
// HTTPS and HTTP/2 as in production (deploy/nginx/help-centre.conf): headers are compressed, repeated ones cost little.
const server = await startNginx({ root: ROOT, port, tls: true });
const { origin } = server;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--ignore-certificate-errors'],
});
const rows = [];
const version = browser.version();
try {
  for (const [lang, setup] of Object.entries(LANGS)) {
    const bundle = join(ROOT, 'pagefind', lang);
    // The build's .br and .gz twins are what the host sends, not more on disk to count.
    const files = filesUnder(bundle)
      .filter((file) => !/\.(br|gz)$/.test(file))
      .map((file) => ({ file, size: statSync(file).size }));
    const sum = (test) => files.filter(({ file }) => test(file.slice(bundle.length))).reduce((total, { size }) => total + size, 0);
    const disk = {
      total: sum(() => true),
      data: sum((file) => /\.pf_(meta|index|fragment|filter)$/.test(file)),
      wasm: sum((file) => file.includes('/wasm.')),
      js: sum((file) => file.endsWith('.js')),
      pages: files.filter(({ file }) => file.endsWith('.pf_fragment')).length,
    };

    // First query, once per encoding: a fresh browser each time; then one with a word to correct.
    const first = {};
    for (const [encoding, accept] of Object.entries(ENCODINGS)) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': accept } });
      first[encoding] = await firstQuery(context, `${origin}${setup.article}`, setup.firstQuery);
      await context.close();
    }
    const misspeltContext = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': ENCODINGS.brotli } });
    const misspelt = await firstQuery(misspeltContext, `${origin}${setup.article}`, setup.misspelt);
    await misspeltContext.close();
    // The word list, one file per first letter: this language's words before the empty line of each.
    const shards = filesUnder(join(bundle, 'words')).filter((file) => file.endsWith('.txt'));
    // A file too small to gain from compression has no twin: it is sent as it is.
    const size = (suffix) => shards.map((file) => statSync(existsSync(`${file}${suffix}`) ? `${file}${suffix}` : file).size);
    const words = {
      shards: shards.length,
      raw: size('').reduce((sum, bytes) => sum + bytes, 0),
      br: size('.br').reduce((sum, bytes) => sum + bytes, 0),
      largestBr: Math.max(...size('.br')),
      count: shards.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n\n')[0].split('\n').filter(Boolean).length, 0),
    };

    // Query to results: cold (nothing of Pagefind loaded yet), then warm.
    const cold = [];
    const warm = [];
    for (let run = 0; run < RUNS; run += 1) {
      const runContext = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': ENCODINGS.brotli } });
      const runPage = await runContext.newPage();
      await runPage.goto(`${origin}${setup.article}`, { waitUntil: 'networkidle' });
      cold.push(await timeQuery(runPage, setup.queries[run % setup.queries.length]));
      warm.push(await timeQuery(runPage, setup.queries[(run + 1) % setup.queries.length]));
      await runContext.close();
    }
    rows.push({ lang, setup, disk, first, misspelt, words, cold: median(cold), warm: median(warm) });
  }
} finally {
  await browser.close();
  await server.stop();
}

// Our own code: the part every page carries, and the results code loaded on first use.
const ownScripts = [
  ['on every page', /SearchBox.*\.js$/],
  ['on first use', /search-box-results.*\.js$/],
].flatMap(([when, name]) => {
  const file = filesUnder(join(ROOT, '_astro')).find((path) => name.test(path));
  return file ? [{ when, bytes: readFileSync(file) }] : [];
});

console.log(`Search benchmark: ${ROOT} served by nginx (deploy/nginx) over HTTPS and HTTP/2, Chromium ${version}, ${RUNS} runs per median\n`);
const breakdown = (query) =>
  ['pagefind.js', 'WebAssembly', 'index', 'fragments', 'entry and metadata', 'word list', 'results code', 'correction code', 'other']
    .filter((kind) => query.byKind.has(kind))
    .map((kind) => `${kind} ${kb(query.byKind.get(kind))}`)
    .join(', ');
for (const { lang, setup, disk, first, misspelt, words, cold, warm } of rows) {
  console.log(`${lang.toUpperCase()} (${disk.pages} articles)`);
  console.log(
    `  index on disk     ${kib(disk.total)} in /pagefind/${lang}/: index, fragments and metadata ${kib(disk.data)}, WebAssembly ${kib(disk.wasm)}, scripts ${kib(disk.js)}`,
  );
  for (const [encoding, query] of Object.entries(first)) {
    console.log(
      `  first query, ${encoding.padEnd(9)} “${setup.firstQuery}” typed key by key into ${setup.article}: ${kb(query.total)} received (Chromium) in ${query.requests} requests, ${kb(query.sent)} sent (nginx)`,
    );
    console.log(`                    ${breakdown(query)}`);
    console.log(
      `                    first keystroke → results ${query.results.toFixed(0)} ms (${KEY_DELAY_MS} ms between keys: last key at ${query.lastKey.toFixed(0)} ms, results ${(query.results - query.lastKey).toFixed(0)} ms after it)`,
    );
  }
  console.log(
    `  word list         ${words.count} words of this language in ${words.shards} files by first letter, ${kb(words.raw)} (${kb(words.br)} brotli, the largest file ${kb(words.largestBr)}); a query with a word the index does not know fetches the files of its words' letters`,
  );
  console.log(
    `  first query, a word to correct, brotli “${setup.misspelt}”: ${kb(misspelt.total)} received (Chromium) in ${misspelt.requests} requests, ${kb(misspelt.sent)} sent (nginx)`,
  );
  console.log(`                    ${breakdown(misspelt)}`);
  console.log(
    `  query → results   median ${cold.toFixed(0)} ms cold (Pagefind not yet loaded: searched as soon as it is), ${warm.toFixed(1)} ms warm (the 200 ms pause in typing included)`,
  );
}
const gz = (bytes) => gzipSync(bytes, { level: 6 }).length;
console.log(
  `\nSearch UI code: ${ownScripts.map(({ when, bytes }) => `${kb(gz(bytes))} gzipped ${when}`).join(', ')}; ${kb(ownScripts.reduce((sum, { bytes }) => sum + gz(bytes), 0))} in all`,
);
