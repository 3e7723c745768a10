/**
 * Page weight, as a client on a slow connection meets it: a page loaded cold (a fresh browser context,
 * nothing cached) from the production build, every HTML, CSS and JavaScript response counted at its gzip
 * size as served (gzipped here, with zlib's default level, when the server sends it uncompressed). The
 * budgets hold each page (issue 7); tests/page-weight-reporter.ts prints the heaviest page of each type,
 * so that a regression shows in review. tests/a11y/pages.test.ts measures on its one load of each page.
 */
import { expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../../src/i18n/locales';
import { homeUrl, searchUrl } from '../../src/lib/urls';

/** An article's cold load: HTML, CSS and JavaScript together, gzipped. */
export const ARTICLE_BUDGET = 25_000;
/** One island's JavaScript: its script and what that script imports, gzipped. */
export const ISLAND_BUDGET = 3 * 1024;
/** Self-hosted fonts allowed, each a preloaded WOFF2 subset (the site uses system fonts). */
const MAX_FONTS = 2;
/** Built assets carry a content hash in their name: `style.BfuNZUbu.css`. */
const FINGERPRINTED = /\.[\w-]{8,}\.(?:css|js)$/;
/** How long the network stays quiet after the load before a page counts as loaded (Playwright's networkidle waits 500 ms). */
const QUIET_MS = 100;
/** The annotation each measured test carries, read by tests/page-weight-reporter.ts. */
export const WEIGHT_ANNOTATION = 'page weight';

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

export interface Measure {
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

/** One row of the printed table. */
export interface WeightRow {
  type: string;
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  requests: number;
}

function kindOf(resourceType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  return 'other';
}

/** The kind of page a path is, for the budgets and the printed table. */
export function pageType(path: string, isArticle: boolean): string {
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

/**
 * Watches a page, before it is first loaded, for what its load fetches. The function it returns,
 * called once the page has loaded and before any interaction, waits for the network to be quiet
 * (so that what a script fetches on its own after the load counts too) and measures.
 */
export async function watchPageWeight(page: Page): Promise<(path: string) => Promise<Measure>> {
  await page.addInitScript(recordDefinitions);
  const pending: Promise<Asset>[] = [];
  let inFlight = 0;
  let watching = true;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  page.on('response', (response) => {
    // What later interactions fetch (the search's Pagefind files, say) is no part of the load.
    if (!watching) return;
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

  return async (path) => {
    for (let quiet = 0; quiet < QUIET_MS; quiet = inFlight === 0 ? quiet + 20 : 0) await page.waitForTimeout(20);
    watching = false;
    const measured = pending.splice(0);
    const dom = await page.evaluate(() => ({
      isArticle: document.querySelector('article[data-pagefind-body]') !== null,
      entries: [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
      inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((script) => !/json/.test(script.getAttribute('type') ?? '')).length,
      blockingScripts: [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
        .filter((script) => script.type !== 'module' && !script.async && !script.defer)
        .map((script) => script.src),
      unsizedMedia: [...document.querySelectorAll('img, video, iframe')]
        .filter((media) => !media.getAttribute('width') || !media.getAttribute('height'))
        .map((media) => media.outerHTML.slice(0, 120)),
      preloadedFonts: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map((link) => link.href),
      definitions: ((window as unknown as { __definitions?: { name: string; script: string | undefined }[] }).__definitions ?? []).map((definition) => ({
        ...definition,
        onPage: document.querySelector(definition.name) !== null,
      })),
    }));
    const assets = await Promise.all(measured);
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
  };
}

const sum = (measure: Measure, kind: Kind) => measure.assets.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset.gzip, 0);
const short = (url: string) => new URL(url).pathname;

/** A page's row in the printed table: its cold load of HTML, CSS and JavaScript, gzipped. */
export function weightRow(measure: Measure): WeightRow {
  const [html, css, js] = [sum(measure, 'html'), sum(measure, 'css'), sum(measure, 'js')];
  return { type: measure.type, page: measure.path, html, css, js, total: html + css + js, requests: measure.assets.length };
}

/**
 * Every budget of one page: an article's cold load; no script before parsing and none inline; only islands the page
 * uses, each small; the search box's island on the pages that need it, none on the language page; one fingerprinted
 * stylesheet and fingerprinted assets cached for a year; sized media; system fonts or a few preloaded WOFF2 files.
 */
export function expectWithinBudget(measure: Measure): void {
  const { path } = measure;
  if (measure.type === 'article') expect.soft(weightRow(measure).total, `${path}: HTML + CSS + JS, gzipped`).toBeLessThanOrEqual(ARTICLE_BUDGET);
  expect.soft(measure.blockingScripts, `${path}: render-blocking scripts`).toEqual([]);
  expect.soft(measure.inlineScripts, `${path}: inline scripts`).toBe(0);

  const inIslands = new Set(measure.islands.flatMap((island) => island.files));
  const loose = measure.assets.filter((asset) => asset.kind === 'js' && !inIslands.has(asset.url)).map((asset) => short(asset.url));
  expect.soft(loose, `${path}: scripts loaded before interaction that no island of the page imports`).toEqual([]);
  for (const island of measure.islands) {
    const name = `${path}: ${short(island.entry)}`;
    expect.soft(island.gzip, `${name} (with its imports), gzipped`).toBeLessThanOrEqual(ISLAND_BUDGET);
    expect.soft(island.defines.length, `${name} defines no custom element: it is not an island`).toBeGreaterThan(0);
    expect
      .soft(
        island.defines.filter((definition) => definition.onPage),
        `${name} defines ${island.defines.map((definition) => `<${definition.name}>`).join(', ')}, which the page does not use`,
      )
      .not.toEqual([]);
  }
  if (['home', 'article', 'search page'].includes(measure.type)) {
    expect
      .soft(
        measure.islands.flatMap((island) => island.defines.map((definition) => definition.name)),
        `${path}: the search box's island`,
      )
      .toContain('search-box');
  }
  if (measure.type === 'language page') expect.soft(sum(measure, 'js'), `${path}: JavaScript on the language page`).toBe(0);

  expect.soft(measure.assets.filter((asset) => asset.kind === 'css').length, `${path}: stylesheets`).toBeLessThanOrEqual(1);
  for (const asset of measure.assets.filter((asset) => new URL(asset.url).pathname.startsWith('/_astro/'))) {
    expect.soft(short(asset.url), 'a content hash in the name').toMatch(FINGERPRINTED);
    expect.soft(asset.cacheControl, short(asset.url)).toBe('public, max-age=31536000, immutable');
  }
  expect.soft(measure.unsizedMedia, `${path}: images, videos and frames without width and height`).toEqual([]);

  const fonts = measure.assets.filter((asset) => asset.kind === 'font').map((asset) => asset.url);
  expect.soft(fonts.length, `${path}: fonts`).toBeLessThanOrEqual(MAX_FONTS);
  for (const font of fonts) {
    expect.soft(font, path).toMatch(/\.woff2$/);
    expect.soft(measure.preloadedFonts, `${path}: ${font} is preloaded`).toContain(font);
  }
}
