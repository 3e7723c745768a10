import { expect, test, type Page } from '@playwright/test';
import { a11yPaths, BILINGUAL_PATHS, builtHtml, installChecks, type FocusState } from '../support/a11y-page';
import { openInteractiveParts } from '../support/interactive-parts';

/**
 * Keyboard use of every page, French and English: the skip link, the Tab order against the
 * visual order, reachability, traps, and a visible focus ring on every stop (WCAG 2.1.1, 2.1.2,
 * 2.4.1, 2.4.3, 2.4.7, 2.4.11, 1.4.11). Each page is walked at a phone width in dark mode and a
 * desktop width in light mode, so both layouts and both ring colours are covered.
 */

const paths = a11yPaths();
const LAYOUTS = [
  { width: 1280, colorScheme: 'light' },
  { width: 320, colorScheme: 'dark' },
] as const;
const REGION_ORDER: FocusState['region'][] = ['outside', 'header', 'main', 'footer'];

async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await installChecks(page);
}

const focused = (page: Page) => page.evaluate(() => window.__a11y.focusState());

/**
 * Presses Tab (or Shift+Tab) until a stop comes round again: a full cycle ends on the stop it
 * began with; coming back to any other stop first means focus is stuck in a loop (a trap).
 * Steps where focus is on the document itself (between the last stop and the first) are skipped.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', limit: number) {
  const stops: FocusState[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(key);
    const state = await focused(page);
    if (state.region === 'none') continue;
    const seen = stops.findIndex((stop) => stop.index === state.index && stop.name === state.name);
    if (seen === 0) return { stops, loop: null };
    if (seen > 0) return { stops, loop: state.name };
    stops.push(state);
  }
  return { stops, loop: `no stop came round again after ${limit} presses` };
}

/** Reading order (left to right, top to bottom): on the same line, later means further right; otherwise, lower. */
function readsBefore(a: NonNullable<FocusState['box']>, b: NonNullable<FocusState['box']>) {
  const sameLine = a.top < b.bottom - 1 && b.top < a.bottom - 1;
  return sameLine ? b.left >= a.left - 1 : b.top >= a.top - 1;
}

for (const path of paths) {
  const bilingual = BILINGUAL_PATHS.includes(path);

  if (bilingual) {
    // Nothing comes before main on these pages, so there is no block to bypass (WCAG 2.4.1) and no skip link.
    test(`${path}: the first Tab lands on a link inside main, as there is nothing to skip`, async ({ page }) => {
      await openPage(page, path);
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first.region, `${path}: first Tab reached ${first.name}`).toBe('main');
    });
  } else {
    test(`${path}: the first Tab reaches the skip link, which moves focus into main`, async ({ page }) => {
      await openPage(page, path);
      await page.keyboard.press('Tab');
      const skip = page.locator('a[href="#main"]');
      await expect(skip, `${path}: the first Tab should reach the skip link`).toBeFocused();
      const ring = await focused(page);
      expect(ring.ringProblem, `${path}: skip link`).toBeNull();
      expect(ring.obscured, `${path}: skip link`).toBeNull();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), `${path}: after the skip link, focus should be in main`).toBe(true);
      await page.keyboard.press('Tab');
      const next = await focused(page);
      expect(next.region, `${path}: the Tab after the skip link reached ${next.name}`).toBe('main');
    });
  }

  for (const { width, colorScheme } of LAYOUTS) {
    test(`${path} at ${width}px, ${colorScheme}: Tab reaches every control in visual order with a visible focus ring, and Shift+Tab walks back without a trap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      // Reduced motion: focus scrolls instantly, so where the focused element sits can be read at once.
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openPage(page, path);
      await openInteractiveParts(page);
      const controls = await page.evaluate(() => window.__a11y.tagFocusables());
      expect(controls.length, `${path}: no focusable control found`).toBeGreaterThan(0);

      const limit = 2 * controls.length + 5;
      const forward = await walk(page, 'Tab', limit);
      const where = `${path} at ${width}px`;
      expect(forward.loop, `${where}: Tab came back to ${forward.loop} before going round the page (keyboard trap)`).toBeNull();

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

      const backward = await walk(page, 'Shift+Tab', limit);
      expect(backward.loop, `${where}: Shift+Tab came back to ${backward.loop} before going round the page (keyboard trap)`).toBeNull();
      // The backward cycle starts wherever focus was; turn it to start where the forward one did.
      const names = backward.stops.map((stop) => stop.name).reverse();
      const start = names.indexOf(forward.stops[0]!.name);
      expect([...names.slice(start), ...names.slice(0, start)], `${where}: Shift+Tab should visit the same stops as Tab, in reverse`).toEqual(
        forward.stops.map((stop) => stop.name),
      );
    });
  }

  if (builtHtml(path).includes('<summary')) {
    test(`${path}: every disclosure opens and closes with Enter and with Space`, async ({ page }) => {
      await openPage(page, path);
      const summaries = page.locator('details > summary');
      for (const summary of await summaries.all()) {
        const details = summary.locator('..');
        const name = (await summary.textContent())?.trim();
        const wasOpen = await details.evaluate((element) => (element as HTMLDetailsElement).open);
        await summary.focus();
        for (const key of ['Enter', 'Space']) {
          await page.keyboard.press(key);
          await expect(details, `${path}: ${key} on "${name}" should toggle it`).toHaveJSProperty('open', !wasOpen);
          await page.keyboard.press(key);
          await expect(details, `${path}: a second ${key} on "${name}" should toggle it back`).toHaveJSProperty('open', wasOpen);
        }
      }
    });
  }
}
