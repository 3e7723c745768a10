/**
 * The site as a web team serves it: nginx with deploy/nginx's configuration over the
 * production build (tests/support/nginx.ts starts it). Headers, compression, caching,
 * internal files, the 404 page, and every page and the search in Chromium under its CSP.
 * Moved articles' 301s need a moved article: tests/fixture-e2e/nginx-redirects.test.ts.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { expect } from '@playwright/test';
import { dictionaries, LANGS, type Lang } from '../../src/i18n';
import { testNginxConfig, writeNginxPrefix, writeProductionPrefix } from '../../scripts/nginx.mjs';
import { expectClean, watch } from '../support/csp-watch';
import { builtFile, promisedHeaders, test } from '../support/nginx';
import { resultsList, searchBox } from '../support/search';
import { sitemapPaths } from '../support/site';

const BROTLI = { 'Accept-Encoding': 'br, gzip' };

/** One built file of a kind, found in the build (names carry hashes). */
function firstFile(dir: string, name: RegExp): string {
  const file = readdirSync(builtFile(dir)).find((entry) => name.test(entry));
  if (!file) throw new Error(`No file matching ${name} in ${dir}: run npm run build first.`);
  return `/${dir}/${file}`;
}

const astroCss = firstFile('_astro', /\.css$/);
const astroJs = firstFile('_astro', /\.js$/);
const pagefind = {
  script: '/pagefind/fr/pagefind.js',
  engine: '/pagefind/fr/wasm.fr.pagefind',
  entry: '/pagefind/en/pagefind-entry.json',
  meta: firstFile('pagefind/fr', /\.pf_meta$/),
  index: firstFile('pagefind/fr/index', /\.pf_index$/),
  fragment: firstFile('pagefind/en/fragment', /\.pf_fragment$/),
};
const article = sitemapPaths().find((path) => path.startsWith('/en/') && path.split('/').length > 3)!;

test('nginx -t accepts the configuration the tests and preview:nginx run, and the shipped help-centre.conf', () => {
  for (const setup of [writeNginxPrefix({ root: builtFile(''), port: 8089 }), writeProductionPrefix({ root: builtFile('') })]) {
    const { ok, output } = testNginxConfig(setup);
    rmSync(setup.prefix, { recursive: true, force: true });
    expect(output).toContain('test is successful');
    expect(ok, output).toBe(true);
  }
});

test('pages, the 404 page, redirects and images carry every promised header; scripts, styles and Pagefind files all but those only documents obey; no server version', async ({
  request,
}) => {
  const promised = promisedHeaders();
  expect(promised.length).toBeGreaterThan(5);
  const documentOnly = ['Content-Security-Policy', 'X-Frame-Options', 'Permissions-Policy', 'Cross-Origin-Opener-Policy'];
  const documents: [string, number][] = [
    ['/', 200],
    ['/fr/', 200],
    [article, 200],
    ['/favicon.svg', 200],
    ['/gc/sig-blk-fr.svg', 200],
    ['/sitemap-index.xml', 200],
    ['/nulle-part/', 404],
    ['/_astro/absent.js', 404],
    ['/fr', 301],
  ];
  const neverDocuments = [astroCss, astroJs, ...Object.values(pagefind)];
  for (const [path, status] of [...documents, ...neverDocuments.map((path): [string, number] => [path, 200])]) {
    const response = await request.get(path, { headers: BROTLI, maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    const isDocument = documents.some(([document]) => document === path);
    for (const [name, value] of promised) {
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(isDocument || !documentOnly.includes(name) ? value : undefined);
    }
    expect(headers['server'], `${path}: Server`).toBe('nginx');
  }
});

test('pages and unversioned files are revalidated, fingerprinted assets and content-named Pagefind files kept a year', async ({ request }) => {
  const cache = async (path: string) => (await request.get(path, { headers: BROTLI })).headers()['cache-control'];
  for (const path of ['/fr/', article, '/nulle-part/', pagefind.script, pagefind.engine, pagefind.entry, '/favicon.svg']) {
    expect(await cache(path), path).toBe('no-cache');
  }
  for (const path of [astroCss, astroJs, pagefind.meta, pagefind.index, pagefind.fragment]) {
    expect(await cache(path), path).toBe('public, max-age=31536000, immutable');
  }
});

for (const [encoding, accept, suffix] of [
  ['br', 'br, gzip', '.br'],
  ['gzip', 'gzip', '.gz'],
] as const) {
  test(`compressible files come ${encoding}-encoded from the build's precompressed ${suffix} twins when the browser accepts ${accept}, with Vary: Accept-Encoding`, async ({
    request,
  }) => {
    for (const path of ['/fr/', `${article}`, astroCss, astroJs, '/sitemap-0.xml', pagefind.script, pagefind.engine, pagefind.index]) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': accept } });
      const headers = response.headers();
      expect(headers['content-encoding'], path).toBe(encoding);
      expect(headers['vary'], path).toBe('Accept-Encoding');
      const file = builtFile(path.endsWith('/') ? `${path}index.html` : path);
      // The twin's size: nginx sent the file the build wrote, not a compression of its own.
      expect(Number(headers['content-length']), path).toBe(statSync(`${file}${suffix}`).size);
    }
  });
}

test('a browser that accepts no encoding gets the files as built, still with Vary: Accept-Encoding', async ({ request }) => {
  for (const path of ['/fr/', pagefind.engine]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.headers()['content-encoding'], path).toBeUndefined();
    expect(response.headers()['vary'], path).toBe('Accept-Encoding');
    expect(Number(response.headers()['content-length']), path).toBe(statSync(builtFile(path.endsWith('/') ? `${path}index.html` : path)).size);
  }
});

test('files meant for other hosts and for nginx itself answer 404 with the not-found page', async ({ request }) => {
  const notFound = readFileSync(builtFile('404.html'), 'utf8');
  for (const path of ['/_headers', '/_redirects', '/_nginx-redirects.map', '/_nginx-headers.conf']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(notFound);
  }
});

test('a folder asked for without its slash is a 301 to it that keeps the query, with a relative Location', async ({ request }) => {
  const response = await request.get('/en?utm_source=courriel', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/en/?utm_source=courriel');
});

test('an unknown path shows the bilingual not-found page with status 404 in Chromium', async ({ page }) => {
  const response = await page.goto('/fr/page-disparue/');
  expect(response?.status()).toBe(404);
  for (const lang of LANGS) {
    await expect(page.locator(`[lang="${lang}"]`).getByText(dictionaries[lang]['notFound.body'])).toBeVisible();
  }
});

/**
 * Each language once per encoding a browser may get Pagefind's files in: gzip (what Chromium
 * asks for over plain HTTP) and brotli (over HTTPS); Pagefind reads both once the browser decoded them.
 */
const RUNS: { lang: Lang; query: string; accept: string }[] = [
  { lang: 'fr', query: 'mot de passe oublié', accept: 'gzip, deflate' },
  { lang: 'en', query: 'forgot password', accept: 'br, gzip' },
];

for (const { lang, query, accept } of RUNS) {
  test(`${lang}: every page of the sitemap loads under nginx, then the search finds results, with no CSP violation, error or other origin (Accept-Encoding: ${accept})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': accept } });
    const found = await watch(context, baseURL!);
    const page = await context.newPage();
    const paths = sitemapPaths().filter((path) => (lang === 'en' ? path.startsWith('/en/') : !path.startsWith('/en/')));
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
    }
    await page.goto(`/${lang}/`);
    await searchBox(page, lang).fill(query);
    await expect(resultsList(page, lang).locator(':scope > li').first()).toBeVisible();
    await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${lang}/`));
    expectClean(found);
    await context.close();
  });
}
