import type { Page } from '@playwright/test';
import { sitemapPaths } from './site';
import { NOT_FOUND_PATH } from './built-page';

/**
 * Pages written for both languages at once (the language splash and the 404 page): no header,
 * footer or skip link, because nothing comes before their `main` (see `src/layouts/Bilingual.astro`).
 */
export const BILINGUAL_PATHS: readonly string[] = ['/', NOT_FOUND_PATH];

/** Every page the accessibility gate checks: the sitemap plus the not-found page. */
export function a11yPaths(): string[] {
  return [...sitemapPaths(), NOT_FOUND_PATH];
}

/** The language of a page path: English under /en/, French everywhere else (the splash and 404 start in French). */
export function langOf(path: string): 'fr' | 'en' {
  return path.startsWith('/en/') ? 'en' : 'fr';
}

/** What one focused element looks like, as the keyboard tests see it. */
export interface FocusState {
  /** Position in the list made by `tagFocusables`, or -1 for an element that was not in it. */
  index: number;
  /** A short, human-readable name for failure messages: tag, text and target. */
  name: string;
  /** `none` (body or document), `outside` any landmark, or the landmark the element sits in. */
  region: 'none' | 'outside' | 'header' | 'main' | 'footer';
  /** The first line box of the element, in page coordinates. */
  box: { top: number; bottom: number; left: number; right: number } | null;
  /** Why the focus indicator fails, or null when it shows a 2 px, 3:1 ring. */
  ringProblem: string | null;
  /** Why the focused element is hidden by other content, or null. */
  obscured: string | null;
}

/** A stop as a walk backwards records it: which control, its name, and where it is. */
export type FocusStop = Pick<FocusState, 'index' | 'name' | 'region'>;

export interface A11yHelpers {
  tagFocusables(): string[];
  focusState(): FocusState;
  /** Where each Tab (in full) and Shift+Tab (the stop alone) landed since the last call, in order. */
  takeTabLog(): (FocusState | FocusStop)[];
  clippedText(viewportWidth: number): string[];
  motionProblems(): string[];
  mediaProblems(): string[];
  otherLanguageText(ownLang: string, otherLang: string, otherStrings: string[]): string[];
  headingOutline(): { level: number; text: string }[];
}

declare global {
  interface Window {
    __a11y: A11yHelpers;
  }
}

/**
 * Installs `window.__a11y`: the checks that need layout and computed styles, run inside the page.
 * Self-contained on purpose: Playwright sends this function's source to the browser.
 */
function installA11yHelpers(): void {
  const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable], [tabindex]';

  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label') ?? text(element);
    const href = element.getAttribute('href');
    return `<${element.tagName.toLowerCase()}> "${label.slice(0, 60)}"${href ? ` → ${href}` : ''}`;
  };
  const isVisuallyHidden = (element: Element, style: CSSStyleDeclaration) => {
    const box = element.getBoundingClientRect();
    return (box.width <= 1 && box.height <= 1) || style.clipPath === 'inset(50%)';
  };

  type Rgba = [number, number, number, number];
  const parseColor = (value: string): Rgba | null => {
    const match = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)$/.exec(value.trim());
    if (!match) return null;
    return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    if (alpha === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / alpha;
    return [mix(0), mix(1), mix(2), alpha];
  };
  /** The opaque colour painted behind an element: its backgrounds and its ancestors', composited. */
  const backgroundBehind = (element: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let current = element; current; current = current.parentElement) {
      const colour = parseColor(getComputedStyle(current).backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] === 1) break;
    }
    const canvas: Rgba = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1];
    return layers.reduceRight<Rgba>((below, layer) => over(layer, below), canvas);
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (value: number) => {
      const s = value / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  const css = (rgba: Rgba) => `rgb(${rgba.slice(0, 3).map(Math.round).join(' ')})`;

  /** The focus ring: an outline, or failing that a box-shadow spread, and its weakest contrast with what is behind it. */
  const ringProblem = (element: Element): string | null => {
    const style = getComputedStyle(element);
    let width = 0;
    let colour: Rgba | null = null;
    let offset = 0;
    if (style.outlineStyle !== 'none' && style.outlineStyle !== 'auto') {
      width = parseFloat(style.outlineWidth);
      colour = parseColor(style.outlineColor);
      offset = parseFloat(style.outlineOffset) || 0;
    } else if (style.boxShadow !== 'none') {
      const shadow = /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/.exec(style.boxShadow);
      if (shadow && shadow[2] === '0' && shadow[3] === '0') {
        width = parseFloat(shadow[5]!);
        colour = parseColor(shadow[1]!);
      }
    }
    if (width < 2) return `focus indicator is ${width} px wide (outline-style ${style.outlineStyle}); at least 2 px is needed`;
    if (!colour) return `focus colour "${style.outlineColor}" could not be read`;
    // Sample what is painted under the middle of the ring on each side; the ring must stand out from it.
    const box = element.getBoundingClientRect();
    const out = offset + width / 2;
    const points: [string, number, number][] = [
      ['top', box.left + box.width / 2, box.top - out],
      ['bottom', box.left + box.width / 2, box.bottom + out],
      ['left', box.left - out, box.top + box.height / 2],
      ['right', box.right + out, box.top + box.height / 2],
    ];
    let worst: { ratio: number; side: string; behind: Rgba } | null = null;
    for (const [side, x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const under = document.elementsFromPoint(x, y).find((candidate) => candidate !== element && !element.contains(candidate)) ?? null;
      const behind = backgroundBehind(under);
      const ratio = contrast(over(colour, behind), behind);
      if (!worst || ratio < worst.ratio) worst = { ratio, side, behind };
    }
    if (worst && worst.ratio < 3) {
      return `focus ring ${css(colour)} has ${worst.ratio.toFixed(2)}:1 contrast with ${css(worst.behind)} on its ${worst.side} side; 3:1 is needed`;
    }
    return null;
  };

  const regionOf = (element: Element): FocusState['region'] => {
    if (element.closest('main')) return 'main';
    if (element.closest('body > header')) return 'header';
    if (element.closest('body > footer')) return 'footer';
    return 'outside';
  };

  const indexOf = (element: Element) => {
    const index = (element as HTMLElement).dataset['a11yIndex'];
    return index === undefined ? -1 : Number(index);
  };
  const focusStop = (): FocusStop => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { index: -1, name: 'the document', region: 'none' };
    return { index: indexOf(element), name: nameOf(element), region: regionOf(element) };
  };
  const focusState = (): FocusState => {
    const stop = focusStop();
    const element = document.activeElement;
    if (stop.region === 'none' || !element) return { ...stop, box: null, ringProblem: null, obscured: null };
    const first = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const box = { top: first.top + scrollY, bottom: first.bottom + scrollY, left: first.left + scrollX, right: first.right + scrollX };
    // The middle of the first line box: a link wrapped over two lines has empty space in the middle of its bounding box.
    const [x, y] = [first.left + first.width / 2, first.top + first.height / 2];
    let obscured: string | null = null;
    if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== element && !element.contains(hit)) obscured = `covered by ${nameOf(hit)}`;
    } else {
      obscured = 'not scrolled into view';
    }
    return { ...stop, box, ringProblem: ringProblem(element), obscured };
  };

  // Where each Tab landed, read as its key comes up: Chromium has moved focus and scrolled it into view on the key's
  // way down, and handles the next key only after this one. Shift+Tab only says which stop it reached.
  const tabLog: (FocusState | FocusStop)[] = [];
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Tab') return;
      tabLog.push(event.shiftKey ? focusStop() : focusState());
    },
    true,
  );

  window.__a11y = {
    tagFocusables() {
      const names: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
        if (element.tabIndex < 0 || element.matches(':disabled') || element.closest('[inert]')) continue;
        if (element.tagName === 'SUMMARY' && element.parentElement?.querySelector(':scope > summary') !== element) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        element.dataset['a11yIndex'] = String(names.length);
        names.push(nameOf(element));
      }
      return names;
    },

    focusState,

    takeTabLog() {
      return tabLog.splice(0);
    },

    clippedText(viewportWidth) {
      const problems: string[] = [];
      const scrollWidth = document.documentElement.scrollWidth;
      if (scrollWidth > viewportWidth) problems.push(`the page scrolls sideways: ${scrollWidth} px wide in a ${viewportWidth} px window`);
      const found = new Map<Element, string>();
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        const style = getComputedStyle(element);
        if (style.display === 'inline' || style.display === 'contents' || isVisuallyHidden(element, style)) continue;
        if (!text(element)) continue;
        const clipsX = ['hidden', 'clip'].includes(style.overflowX);
        const clipsY = ['hidden', 'clip'].includes(style.overflowY);
        const scrolls = ['auto', 'scroll'].includes(style.overflowX);
        const right = element.getBoundingClientRect().right + scrollX;
        // Hidden overflow cuts text off; visible overflow spills it over its neighbours. A scroll box keeps it reachable.
        if (!scrolls && element.scrollWidth > element.clientWidth + 1) {
          found.set(element, `${clipsX ? 'clips' : 'spills'} its text sideways: ${element.scrollWidth} px of content in ${element.clientWidth} px`);
        } else if (clipsY && element.scrollHeight > element.clientHeight + 1) {
          found.set(element, `clips its text: ${element.scrollHeight} px of content in ${element.clientHeight} px`);
        } else if (right > viewportWidth + 1) {
          found.set(element, `ends ${Math.round(right - viewportWidth)} px beyond the window's right edge`);
        }
      }
      // Name the innermost culprits only: their ancestors overflow because of them.
      for (const [element, problem] of found) {
        if (![...found.keys()].some((other) => other !== element && element.contains(other))) problems.push(`${nameOf(element)} ${problem}`);
      }
      return problems;
    },

    motionProblems() {
      const problems: string[] = [];
      const seconds = (list: string) =>
        Math.max(...list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value) || 0)));
      for (const element of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
        const style = getComputedStyle(element);
        if (style.scrollBehavior !== 'auto') problems.push(`${nameOf(element)} has scroll-behavior: ${style.scrollBehavior}`);
        for (const pseudo of [null, '::before', '::after']) {
          const own = getComputedStyle(element, pseudo);
          const where = `${nameOf(element)}${pseudo ?? ''}`;
          if (own.animationName !== 'none' && seconds(own.animationDuration) > 0.01) {
            problems.push(`${where} animates for ${own.animationDuration} (${own.animationName})`);
          }
          if (seconds(own.transitionDuration) > 0.01) problems.push(`${where} has a ${own.transitionDuration} transition on ${own.transitionProperty}`);
        }
      }
      return problems;
    },

    mediaProblems() {
      const problems: string[] = [];
      for (const media of document.querySelectorAll<HTMLMediaElement>('video, audio')) {
        if (media.autoplay || !media.paused) problems.push(`${nameOf(media)} plays by itself`);
      }
      for (const frame of document.querySelectorAll('iframe[src*="autoplay=1"]')) problems.push(`${nameOf(frame)} is loaded with autoplay=1`);
      for (const video of document.querySelectorAll('video')) {
        const lang = video.closest('[lang]')?.getAttribute('lang');
        const captions = video.querySelector('track[kind=captions][src]');
        if (!captions) problems.push(`${nameOf(video)} has no <track kind="captions">`);
        else if (captions.getAttribute('srclang') !== lang) {
          problems.push(`${nameOf(video)} has captions in "${captions.getAttribute('srclang')}", not in the page's language "${lang}"`);
        }
      }
      for (const tutorial of document.querySelectorAll('[data-video-tutorial]')) {
        const transcript = tutorial.querySelector(':scope > details');
        const player = tutorial.querySelector(':scope > video, :scope > video-facade, :scope > iframe');
        if (!transcript) problems.push(`${nameOf(tutorial)} has no transcript <details>`);
        else if (player && player.nextElementSibling !== transcript) problems.push(`${nameOf(tutorial)}: the transcript does not come right after the player`);
      }
      return problems;
    },

    otherLanguageText(ownLang, otherLang, otherStrings) {
      const problems: string[] = [];
      const langOfNode = (node: Node) => (node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0]!;
      const textNodes = (root: Node) => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (node.textContent?.trim() && parent && parent.checkVisibility() && !parent.closest('script, style')) nodes.push(node as Text);
        }
        return nodes;
      };
      // Known strings of the other language (its UI words, the twin's headings) must sit inside its lang.
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        if (!otherStrings.includes(text(element)) || !element.checkVisibility()) continue;
        const unmarked = textNodes(element).filter((node) => langOfNode(node) !== otherLang);
        if (unmarked.length > 0) problems.push(`${nameOf(element)} is ${otherLang} text without lang="${otherLang}"`);
      }
      // Sentences: count each language's commonest words; a block clearly in the other language needs its lang.
      const STOPWORDS: Record<string, string[]> = {
        fr: [
          'le',
          'la',
          'les',
          'des',
          'du',
          'et',
          'est',
          'vous',
          'votre',
          'vos',
          'pour',
          'dans',
          'une',
          'sur',
          'avec',
          'pas',
          'que',
          'qui',
          'aux',
          'cette',
          'sont',
          'ou',
          'par',
          'au',
          'ne',
          'nous',
        ],
        en: [
          'the',
          'and',
          'is',
          'you',
          'your',
          'to',
          'of',
          'for',
          'in',
          'with',
          'not',
          'that',
          'which',
          'this',
          'are',
          'be',
          'it',
          'if',
          'can',
          'will',
          'have',
          'from',
          'by',
          'or',
        ],
      };
      const BLOCK = 'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, summary, figcaption, caption, label, button, a';
      const groups = new Map<string, { block: Element; lang: string; words: string[] }>();
      const ids = new Map<Element, number>();
      for (const node of textNodes(document.body)) {
        const block = node.parentElement!.closest(BLOCK) ?? node.parentElement!;
        const lang = langOfNode(node);
        if (!ids.has(block)) ids.set(block, ids.size);
        const key = `${ids.get(block)}:${lang}`;
        const group = groups.get(key) ?? { block, lang, words: [] };
        // Addresses are not prose: "/en/choose-how-to-sign-in/" says nothing about the language around it.
        const prose = (node.textContent ?? '').replace(/\S*\/\S*/g, ' ');
        group.words.push(...prose.toLowerCase().split(/[^\p{L}’']+/u));
        groups.set(key, group);
      }
      for (const { block, lang, words } of groups.values()) {
        const hits = (language: string) => words.filter((word) => STOPWORDS[language]!.includes(word)).length;
        const [mine, theirs] = [hits(ownLang), hits(otherLang)];
        const detected = theirs >= 3 && theirs >= 3 * mine ? otherLang : mine >= 3 && mine >= 3 * theirs ? ownLang : null;
        if (detected && detected !== lang) problems.push(`${nameOf(block)} reads as ${detected} but is marked lang="${lang}"`);
      }
      return problems;
    },

    headingOutline() {
      return [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role=heading]')]
        .filter((heading) => heading.checkVisibility())
        .map((heading) => ({ level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)), text: text(heading) }));
    },
  };
}

/** Loads the in-page checks (`window.__a11y`) into the current document. */
export async function installChecks(page: Page): Promise<void> {
  await page.evaluate(installA11yHelpers);
}
