import { expect, type CDPSession, type Page } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { dictionaries } from '../../src/i18n';
import { BILINGUAL_PATHS, langOf, type FocusState, type FocusStop } from './a11y-page';
import { builtHtml } from './built-page';
import { axeViolations, COLOUR_RULES } from './axe';

/**
 * The accessibility checks of one page, each a function over a page already loaded, so that
 * tests/a11y/pages.test.ts runs them all on one load. Failures are soft: one run reports every
 * problem of a page, each message naming the page and the layout.
 */

/** Axe (WCAG 2.2 AA and best practices) in the page's current layout and colour scheme. */
export async function expectNoAxeViolations(page: Page, where: string, { colourOnly = false } = {}): Promise<void> {
  expect.soft(await axeViolations(page, colourOnly ? { rules: COLOUR_RULES } : {}), `${where}: axe violations`).toEqual([]);
}

const focused = (page: Page) => page.evaluate(() => window.__a11y.focusState());

/** The first Tab of a freshly loaded page: the skip link into main, or (pages with nothing before main) a link in main. */
export async function expectFirstTabSkipsToMain(page: Page, path: string): Promise<void> {
  await page.keyboard.press('Tab');
  if (BILINGUAL_PATHS.includes(path)) {
    // Nothing comes before main on these pages, so there is no block to bypass (WCAG 2.4.1) and no skip link.
    const first = await focused(page);
    expect.soft(first.region, `${path}: first Tab reached ${first.name}`).toBe('main');
    return;
  }
  await expect.soft(page.locator('a[href="#main"]'), `${path}: the first Tab should reach the skip link`).toBeFocused();
  const ring = await focused(page);
  expect.soft(ring.ringProblem, `${path}: skip link`).toBeNull();
  expect.soft(ring.obscured, `${path}: skip link`).toBeNull();
  await page.keyboard.press('Enter');
  expect.soft(await page.evaluate(() => document.activeElement?.closest('main') !== null), `${path}: after the skip link, focus should be in main`).toBe(true);
  await page.keyboard.press('Tab');
  const next = await focused(page);
  expect.soft(next.region, `${path}: the Tab after the skip link reached ${next.name}`).toBe('main');
}

/** Every disclosure opens and closes with Enter and with Space, and ends as it began. */
export async function expectDisclosuresToggleByKeyboard(page: Page, path: string): Promise<void> {
  for (const summary of await page.locator('details > summary').all()) {
    const details = summary.locator('..');
    const name = (await summary.textContent())?.trim();
    const wasOpen = await details.evaluate((element) => (element as HTMLDetailsElement).open);
    await summary.focus();
    for (const key of ['Enter', 'Space']) {
      await page.keyboard.press(key);
      await expect.soft(details, `${path}: ${key} on "${name}" should toggle it`).toHaveJSProperty('open', !wasOpen);
      await page.keyboard.press(key);
      await expect.soft(details, `${path}: a second ${key} on "${name}" should toggle it back`).toHaveJSProperty('open', wasOpen);
    }
  }
}

const REGION_ORDER: FocusState['region'][] = ['outside', 'header', 'main', 'footer'];

/** The Shift key in the DevTools protocol's modifier bits. */
const SHIFT = 8;

/** Tab, or Shift+Tab, as the keyboard sends it, straight to Chromium's DevTools protocol: key down, then key up. */
function pressTab(cdp: CDPSession, backward: boolean) {
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers: backward ? SHIFT : 0 };
  return Promise.all([cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })]);
}

type Walk<Stop extends FocusStop> = { stops: Stop[]; loop: string | null };

/**
 * Presses Tab (or Shift+Tab) until a stop comes round again: a full cycle ends on the stop it began with; coming back to
 * any other stop first means focus is stuck in a loop (a trap). Steps where focus is on the document itself (between
 * the last stop and the first) are skipped. The presses go to Chromium a round at a time, without waiting for each
 * (it handles them in order); the page logs where each one landed as its key came up (`takeTabLog`), every detail of
 * the stop going forward, which stop alone going back.
 */
async function walk<Stop extends FocusStop>(page: Page, cdp: CDPSession, backward: boolean, round: number, limit: number): Promise<Walk<Stop>> {
  const stops: Stop[] = [];
  await page.evaluate(() => window.__a11y.takeTabLog());
  for (let pressed = 0; pressed < limit; pressed += round) {
    await Promise.all(Array.from({ length: Math.min(round, limit - pressed) }, () => pressTab(cdp, backward)));
    for (const stop of (await page.evaluate(() => window.__a11y.takeTabLog())) as Stop[]) {
      if (stop.region === 'none') continue;
      const seen = stops.findIndex((earlier) => earlier.index === stop.index && earlier.name === stop.name);
      if (seen === 0) return { stops, loop: null };
      if (seen > 0) return { stops, loop: stop.name };
      stops.push(stop);
    }
  }
  return { stops, loop: `no stop came round again after ${limit} presses` };
}

/**
 * Reading order (left to right, top to bottom): on the same line, later means further right; otherwise,
 * lower, or at the top of a column further right (the bilingual pages set French and English side by side).
 */
function readsBefore(a: NonNullable<FocusState['box']>, b: NonNullable<FocusState['box']>) {
  const sameLine = a.top < b.bottom - 1 && b.top < a.bottom - 1;
  if (sameLine) return b.left >= a.left - 1;
  return b.top >= a.top - 1 || b.left >= a.right - 1;
}

/**
 * Tab reaches every control in visual order with a visible, unobscured focus ring, and Shift+Tab
 * walks the same stops back, with no trap (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11).
 */
export async function expectKeyboardWalk(page: Page, where: string): Promise<void> {
  // Start from the top, as a fresh page does: focus a mark at the start of body, then remove it.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  const controls = await page.evaluate(() => window.__a11y.tagFocusables());
  expect(controls.length, `${where}: no focusable control found`).toBeGreaterThan(0);

  const limit = 2 * controls.length + 5;
  const cdp = await page.context().newCDPSession(page);
  // A round: every control, the document between the last and the first, and the first again.
  const forward = await walk<FocusState>(page, cdp, false, controls.length + 2, limit);
  expect.soft(forward.loop, `${where}: Tab came back to ${forward.loop} before going round the page (keyboard trap)`).toBeNull();

  const reached = new Set(forward.stops.map((stop) => stop.index));
  const missed = controls.filter((_name, index) => !reached.has(index));
  expect.soft(missed, `${where}: controls Tab never reaches`).toEqual([]);
  const strangers = forward.stops.filter((stop) => stop.index === -1).map((stop) => stop.name);
  expect.soft(strangers, `${where}: Tab stops on elements that are hidden or not controls`).toEqual([]);

  const problems: string[] = [];
  forward.stops.forEach((stop, position) => {
    if (stop.ringProblem) problems.push(`${stop.name}: ${stop.ringProblem}`);
    if (stop.obscured) problems.push(`${stop.name}: focused but ${stop.obscured}`);
    const previous = forward.stops[position - 1];
    if (!previous) return;
    const [from, to] = [REGION_ORDER.indexOf(previous.region), REGION_ORDER.indexOf(stop.region)];
    if (to < from) problems.push(`${stop.name} (${stop.region}) comes after ${previous.name} (${previous.region}) in the Tab order`);
    else if (to === from && stop.region !== 'outside' && previous.box && stop.box && !readsBefore(previous.box, stop.box)) {
      problems.push(`${stop.name} is reached after ${previous.name} but is shown before it`);
    }
  });
  expect.soft(problems, `${where}: focus order and focus visibility`).toEqual([]);

  const backward = await walk<FocusStop>(page, cdp, true, forward.stops.length + 2, limit);
  await cdp.detach();
  expect.soft(backward.loop, `${where}: Shift+Tab came back to ${backward.loop} before going round the page (keyboard trap)`).toBeNull();
  // The backward cycle starts wherever focus was; turn it to start where the forward one did.
  const names = backward.stops.map((stop) => stop.name).reverse();
  const start = names.indexOf(forward.stops[0]?.name ?? '');
  expect
    .soft([...names.slice(start), ...names.slice(0, start)], `${where}: Shift+Tab should visit the same stops as Tab, in reverse`)
    .toEqual(forward.stops.map((stop) => stop.name));
}

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** The nodes of Chromium's accessibility tree that assistive technology is given. */
async function accessibilityTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: node.role?.value ?? '',
      name: (node.name?.value ?? '').replace(/\s+/g, ' ').trim(),
      url: String(node.properties?.find((property) => property.name === 'url')?.value.value ?? ''),
    }));
}

/** The text of a built page's h1, h2 and h3. */
function headingTexts(html: string): string[] {
  const headings = DomUtils.getElementsByTagName((name) => /^h[1-3]$/.test(name), parseDocument(html));
  return headings.map((heading) => DomUtils.textContent(heading).replace(/\s+/g, ' ').trim());
}

/** Strings known to be in the other language on this page: its UI words and the twin's headings, less any shared by both. */
function otherLanguageStrings(path: string, html: string) {
  const own = langOf(path);
  const other = own === 'fr' ? 'en' : 'fr';
  const strings = new Set(Object.values(dictionaries[other]));
  const twin = html.match(new RegExp(`<link rel="alternate" hreflang="${other}" href="([^"]+)"`))?.[1];
  if (twin && !BILINGUAL_PATHS.includes(path)) for (const text of headingTexts(builtHtml(new URL(twin).pathname))) strings.add(text);
  for (const text of [...Object.values(dictionaries[own]), ...headingTexts(html)]) strings.delete(text);
  return { own, other, strings: [...strings].filter((value) => value.trim().length > 1) };
}

/**
 * What assistive technology reads, from Chromium's accessibility tree (WCAG 1.3.1, 2.4.1, 2.4.4,
 * 2.4.6, 3.1.2, 4.1.2): landmarks, uniquely named navigations, one h1 and no skipped level,
 * aria-current on links to the page itself and the breadcrumb, links sharing a name lead to one
 * place, unique button names, and text in the other language carries its lang.
 */
export async function expectSoundSemantics(page: Page, path: string): Promise<void> {
  const html = builtHtml(path);
  const bilingual = BILINGUAL_PATHS.includes(path);
  const tree = await accessibilityTree(page);
  const count = (role: string) => tree.filter((node) => node.role === role).length;
  const expected = bilingual ? { banner: 0, main: 1, contentinfo: 0 } : { banner: 1, main: 1, contentinfo: 1 };
  expect.soft({ banner: count('banner'), main: count('main'), contentinfo: count('contentinfo') }, `${path}: landmarks`).toEqual(expected);
  const navigations = tree.filter((node) => node.role === 'navigation').map((node) => node.name);
  const badNavigations = navigations.filter((name, index) => name === '' || navigations.indexOf(name) !== index);
  expect.soft(badNavigations, `${path}: navigations with an empty or repeated name`).toEqual([]);

  const outline = await page.evaluate(() => window.__a11y.headingOutline());
  expect.soft(outline[0], `${path}: the first heading`).toMatchObject({ level: 1 });
  expect.soft(outline.filter((heading) => heading.level === 1).length, `${path}: h1 count`).toBe(1);
  const skips = outline.filter((heading, index) => index > 0 && heading.level > outline[index - 1]!.level + 1);
  expect
    .soft(
      skips.map((heading) => `h${heading.level} "${heading.text}"`),
      `${path}: headings that skip a level`,
    )
    .toEqual([]);

  // A link to this very page (not to a section of it) must say so.
  const selfLinks = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return url.pathname === location.pathname && !url.hash && link.getAttribute('aria-current') !== 'page';
      })
      .map((link) => link.outerHTML.slice(0, 120)),
  );
  expect.soft(selfLinks, `${path}: links to the current page without aria-current="page"`).toEqual([]);
  // Pages whose content search indexes (`data-pagefind-body`: the articles and the help centre's own pages) each have a breadcrumb.
  if (html.includes('data-pagefind-body')) {
    const breadcrumb = page.getByRole('navigation', { name: dictionaries[langOf(path)]['nav.breadcrumb'] });
    const current = breadcrumb.locator('[aria-current="page"]');
    await expect.soft(current, `${path}: the breadcrumb marks one item as current`).toHaveCount(1);
    await expect.soft(breadcrumb.locator('li').last().locator('[aria-current="page"]'), `${path}: the current item is the last one`).toHaveCount(1);
    await expect.soft(current, `${path}: the current breadcrumb item names the page`).toHaveText((await page.locator('h1').textContent())!.trim());
  }

  const targets = new Map<string, Set<string>>();
  for (const link of tree.filter((node) => node.role === 'link')) {
    expect.soft(link.name, `${path}: a link without an accessible name → ${link.url}`).not.toBe('');
    targets.set(link.name, (targets.get(link.name) ?? new Set()).add(link.url.replace(/\/$/, '')));
  }
  const ambiguous = [...targets].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `"${name}" → ${[...urls].join(', ')}`);
  expect.soft(ambiguous, `${path}: links sharing a name but leading to different places`).toEqual([]);
  // Summaries (disclosure triangles) are buttons to a screen reader: "Transcript" twice would be ambiguous.
  const buttons = tree.filter((node) => ['button', 'DisclosureTriangle'].includes(node.role)).map((node) => node.name);
  const badButtons = buttons.filter((name, index) => name === '' || buttons.indexOf(name) !== index);
  expect.soft(badButtons, `${path}: buttons with an empty or repeated name`).toEqual([]);

  const { own, other, strings } = otherLanguageStrings(path, html);
  const problems = await page.evaluate(([mine, theirs, known]) => window.__a11y.otherLanguageText(mine, theirs, known), [own, other, strings] as const);
  expect.soft(problems, `${path}: ${other} text without lang="${other}"`).toEqual([]);
}

/** With reduced motion asked for, nothing animates and scrolling jumps; no media plays by itself; every video has captions and its transcript right after it. */
export async function expectCalmMotionAndMedia(page: Page, path: string): Promise<void> {
  expect.soft(await page.evaluate(() => window.__a11y.motionProblems()), `${path} with prefers-reduced-motion: reduce`).toEqual([]);
  expect.soft(await page.evaluate(() => window.__a11y.mediaProblems()), `${path}: media`).toEqual([]);
}

/** The overrides of WCAG 1.4.12, as the W3C's own text-spacing bookmarklet applies them. */
const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }
`;

const clipped = (page: Page, width: number) => page.evaluate((viewport) => window.__a11y.clippedText(viewport), width);

/** The computed font size and letter spacing of the page's first paragraph, in px. */
const paragraphMetrics = (page: Page) =>
  page
    .locator('main p')
    .first()
    .evaluate((paragraph) => {
      const style = getComputedStyle(paragraph);
      return { fontSize: parseFloat(style.fontSize), letterSpacing: parseFloat(style.letterSpacing) || 0 };
    });

/**
 * Reflow into 320 px (WCAG 1.4.10), then the WCAG 1.4.12 text spacing at 320 and 1280 px, then
 * text resized to 200 % in a 640 px window (1.4.4): no sideways scrolling, no text cut off.
 * Readers apply spacing with a user stylesheet or an extension, which the site's policy does not
 * govern: a constructed stylesheet stands in for them, as the policy does not govern it either (a
 * <style> would be refused). Leaves the page at 640 px, its text at the browser's default size again.
 */
export async function expectTextReflowsAndResizes(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect.soft(await clipped(page, 320), `${path} at 320px`).toEqual([]);
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  const { fontSize, letterSpacing } = await paragraphMetrics(page);
  expect(letterSpacing, `${path}: the spacing overrides did not apply`).toBeCloseTo(0.12 * fontSize, 1);
  expect.soft(await clipped(page, 320), `${path} at 320px with text spacing`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect.soft(await clipped(page, 1280), `${path} at 1280px with text spacing`).toEqual([]);
  await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));

  await page.setViewportSize({ width: 640, height: 800 });
  const before = await paragraphMetrics(page);
  // The browser's own text-size setting (not page zoom): 32 px instead of 16 px, as a reader would set it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect.poll(async () => (await paragraphMetrics(page)).fontSize / before.fontSize, `${path}: text did not grow to 200 %`).toBeGreaterThanOrEqual(1.99);
  expect.soft(await clipped(page, 640), `${path} at 200 % text size`).toEqual([]);
  // Chromium's defaults, so that what follows sees the page as most readers do.
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await cdp.detach();
}
