/**
 * Page weight, as a client on a slow connection meets it: each page of the
 * sitemap is loaded cold (a fresh browser context, nothing cached) from the
 * production build, and every HTML, CSS and JavaScript response is counted at
 * its gzip size as served (gzipped here, with zlib's default level, when the
 * server sends it uncompressed, as scripts/serve.mjs does). The figures per
 * page type are printed, so a regression is visible in review (issue 7).
 */
import { expect, test, type Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../../src/i18n/locales';
import { homeUrl, searchUrl } from '../../src/lib/urls';
import { sitemapPaths } from '../support/site';

/** An article's cold load: HTML, CSS and JavaScript together, gzipped. */
const ARTICLE_BUDGET = 25_000;
/** One island's JavaScript: its script and what that script imports, gzipped. */
const ISLAND_BUDGET = 3 * 1024;
/** Self-hosted fonts allowed, each a preloaded WOFF2 subset (the site uses system fonts). */
const MAX_FONTS = 2;
/** Built assets carry a content hash in their name: `style.BfuNZUbu.css`. */
const FINGERPRINTED = /\.[\w-]{8,}\.(?:css|js)$/;

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

interface Asset {
  url: string;
  kind: Kind;
  gzip: number;
  cacheControl: string | undefined;
  body: string;
}

interface Island {
  entry: string;
  /** The entry and the modules it imports statically. */
  files: string[];
  gzip: number;
  /** Custom elements its files define, and whether the page has one. */
  defines: { name: string; onPage: boolean }[];
}

interface Measure {
  path: string;
  type: string;
  assets: Asset[];
  islands: Island[];
  /** Scripts that run before the page is parsed: classic scripts without async or defer. */
  blockingScripts: string[];
  inlineScripts: number;
  unsizedMedia: string[];
  preloadedFonts: string[];
}

const paths = sitemapPaths();
const measures = new Map<string, Measure>();

function kindOf(resourceType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  return 'other';
}

function pageType(path: string, isArticle: boolean): string {
  if (path === '/') return 'language page';
  if (LANGS.some((lang) => path === homeUrl(lang))) return 'home';
  if (LANGS.some((lang) => path === searchUrl(lang))) return 'search page';
  return isArticle ? 'article' : 'other';
}

/** The modules a built script imports statically: `import{a}from"./x.js"`, `import "./y.js"`. */
function staticImports(code: string, from: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => new URL(match[1]!, from).href);
}

/** Records which script defined each custom element: the first URL on the stack of the define call. */
function recordDefinitions() {
  const defined: { name: string; script: string | undefined }[] = [];
  Object.assign(window, { __definitions: defined });
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    const script = /(https?:\/\/[^\s)]+?):\d+:\d+/.exec(new Error().stack ?? '')?.[1];
    defined.push({ name, script });
    define(name, constructor, options);
  };
}

async function measure(browser: Browser, path: string): Promise<Measure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordDefinitions);
  const pending: Promise<Asset>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const encoded = response.headers()['content-encoding'];
        const gzip = encoded ? (await response.request().sizes()).responseBodySize : gzipSync(body).length;
        return {
          url: response.url(),
          kind: kindOf(response.request().resourceType()),
          gzip,
          cacheControl: response.headers()['cache-control'],
          body: body.toString('utf8'),
        };
      })(),
    );
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  const dom = await page.evaluate(() => ({
    isArticle: document.querySelector('[data-pagefind-body]') !== null,
    entries: [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
    inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((script) => !/json/.test(script.getAttribute('type') ?? '')).length,
    blockingScripts: [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .filter((script) => script.type !== 'module' && !script.async && !script.defer)
      .map((script) => script.src),
    unsizedMedia: [...document.querySelectorAll('img, video, iframe')]
      .filter((media) => !media.getAttribute('width') || !media.getAttribute('height'))
      .map((media) => media.outerHTML.slice(0, 120)),
    preloadedFonts: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map((link) => link.href),
    definitions: ((window as unknown as { __definitions: { name: string; script: string | undefined }[] }).__definitions ?? []).map((definition) => ({
      ...definition,
      onPage: document.querySelector(definition.name) !== null,
    })),
  }));
  const assets = await Promise.all(pending);
  await context.close();

  const byUrl = new Map(assets.map((asset) => [asset.url, asset]));
  const islands = dom.entries.map((entry): Island => {
    const files = new Set<string>();
    const visit = (url: string) => {
      if (files.has(url)) return;
      files.add(url);
      for (const imported of staticImports(byUrl.get(url)?.body ?? '', url)) visit(imported);
    };
    visit(entry);
    return {
      entry,
      files: [...files],
      gzip: [...files].reduce((sum, url) => sum + (byUrl.get(url)?.gzip ?? 0), 0),
      defines: dom.definitions.filter((definition) => definition.script && files.has(definition.script)),
    };
  });
  return {
    path,
    type: pageType(path, dom.isArticle),
    assets,
    islands,
    blockingScripts: dom.blockingScripts,
    inlineScripts: dom.inlineScripts,
    unsizedMedia: dom.unsizedMedia,
    preloadedFonts: dom.preloadedFonts,
  };
}

const sum = (measure: Measure, kind: Kind) => measure.assets.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset.gzip, 0);
const coldLoad = (measure: Measure) => sum(measure, 'html') + sum(measure, 'css') + sum(measure, 'js');
const short = (url: string) => new URL(url).pathname;

test.describe('page weight of the production build', () => {
  // One cold load per page, shared by the checks below and printed once.
  test.describe.configure({ mode: 'default' });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    // Six pages at a time: each load waits for the network to be idle half a second, and one at a time the
    // sixty cold loads took 87 s of this worker before any test could start.
    const queue = [...paths];
    const loadNext = async (): Promise<void> => {
      const path = queue.shift();
      if (path === undefined) return;
      measures.set(path, await measure(browser, path));
      return loadNext();
    };
    await Promise.all(Array.from({ length: 6 }, loadNext));
    const rows = new Map<string, Measure>();
    for (const measure of measures.values()) {
      const heaviest = rows.get(measure.type);
      if (!heaviest || coldLoad(measure) > coldLoad(heaviest)) rows.set(measure.type, measure);
    }
    const count = (type: string) => [...measures.values()].filter((measure) => measure.type === type).length;
    console.log('\nCold load per page type, gzip bytes (the heaviest page of each type):');
    console.table(
      [...rows.values()].map((measure) => ({
        type: `${measure.type} (${count(measure.type)})`,
        page: measure.path,
        html: sum(measure, 'html'),
        css: sum(measure, 'css'),
        js: sum(measure, 'js'),
        total: coldLoad(measure),
        requests: measure.assets.length,
      })),
    );
  });

  test('the sitemap has every page type to measure', () => {
    const types = new Set([...measures.values()].map((measure) => measure.type));
    for (const type of ['language page', 'home', 'article', 'search page']) expect(types, type).toContain(type);
  });

  test(`every article loads cold in at most ${ARTICLE_BUDGET} bytes of gzipped HTML, CSS and JavaScript`, () => {
    const articles = [...measures.values()].filter((measure) => measure.type === 'article');
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(coldLoad(article), `${article.path}: HTML + CSS + JS, gzipped`).toBeLessThanOrEqual(ARTICLE_BUDGET);
  });

  test('no page runs a script before it is parsed, and none is inline', () => {
    for (const measure of measures.values()) {
      expect(measure.blockingScripts, `${measure.path}: render-blocking scripts`).toEqual([]);
      expect(measure.inlineScripts, `${measure.path}: inline scripts`).toBe(0);
    }
  });

  test(`the only JavaScript before interaction is islands the page uses, each at most ${ISLAND_BUDGET} bytes gzipped`, () => {
    for (const measure of measures.values()) {
      const inIslands = new Set(measure.islands.flatMap((island) => island.files));
      const loose = measure.assets.filter((asset) => asset.kind === 'js' && !inIslands.has(asset.url)).map((asset) => short(asset.url));
      expect(loose, `${measure.path}: scripts loaded before interaction that no island of the page imports`).toEqual([]);
      for (const island of measure.islands) {
        const name = `${measure.path}: ${short(island.entry)}`;
        expect(island.gzip, `${name} (with its imports), gzipped`).toBeLessThanOrEqual(ISLAND_BUDGET);
        expect(island.defines.length, `${name} defines no custom element: it is not an island`).toBeGreaterThan(0);
        expect(
          island.defines.filter((definition) => definition.onPage),
          `${name} defines ${island.defines.map((definition) => `<${definition.name}>`).join(', ')}, which the page does not use`,
        ).not.toEqual([]);
      }
    }
  });

  test('the page types with interactive parts load their islands, and the language page loads no script', () => {
    const of = (type: string) => [...measures.values()].filter((measure) => measure.type === type);
    for (const measure of [...of('home'), ...of('article'), ...of('search page')]) {
      expect(
        measure.islands.flatMap((island) => island.defines.map((definition) => definition.name)),
        measure.path,
      ).toContain('search-box');
    }
    for (const measure of of('language page')) expect(sum(measure, 'js'), measure.path).toBe(0);
  });

  test('CSS is one fingerprinted stylesheet, and every built asset is fingerprinted and cached for a year', () => {
    for (const measure of measures.values()) {
      expect(measure.assets.filter((asset) => asset.kind === 'css').length, `${measure.path}: stylesheets`).toBeLessThanOrEqual(1);
      for (const asset of measure.assets.filter((asset) => new URL(asset.url).pathname.startsWith('/_astro/'))) {
        expect(short(asset.url), 'a content hash in the name').toMatch(FINGERPRINTED);
        expect(asset.cacheControl, short(asset.url)).toBe('public, max-age=31536000, immutable');
      }
    }
  });

  test('images, videos and frames carry their size, so nothing shifts as they load', () => {
    for (const measure of measures.values()) expect(measure.unsizedMedia, measure.path).toEqual([]);
  });

  test(`fonts are the system's, or at most ${MAX_FONTS} preloaded WOFF2 files`, () => {
    for (const measure of measures.values()) {
      const fonts = measure.assets.filter((asset) => asset.kind === 'font').map((asset) => asset.url);
      expect(fonts.length, measure.path).toBeLessThanOrEqual(MAX_FONTS);
      for (const font of fonts) {
        expect(font, measure.path).toMatch(/\.woff2$/);
        expect(measure.preloadedFonts, `${measure.path}: ${font} is preloaded`).toContain(font);
      }
    }
  });
});
