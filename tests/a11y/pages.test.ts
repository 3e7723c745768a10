import { expect, test, type Page } from '@playwright/test';
import { hostPolicy, pagePolicy } from '../../src/pipeline/security-policy';
import { a11yPaths, installChecks } from '../support/a11y-page';
import { builtHtml, NOT_FOUND_PATH } from '../support/built-page';
import { expectClean, watch } from '../support/csp-watch';
import { expectGcMarks } from '../support/gc-marks';
import { openInteractiveParts } from '../support/interactive-parts';
import {
  expectCalmMotionAndMedia,
  expectDisclosuresToggleByKeyboard,
  expectFirstTabSkipsToMain,
  expectKeyboardWalk,
  expectNoAxeViolations,
  expectSoundSemantics,
  expectTextReflowsAndResizes,
} from '../support/page-audit';
import { expectWithinBudget, WEIGHT_ANNOTATION, watchPageWeight, weightRow } from '../support/page-weight';
import { SEARCH, searchBox } from '../support/search';

/**
 * Every page, French and English (the sitemap and the not-found page), on one load that serves every
 * check of the page:
 * - its weight: the cold load within the budgets of tests/support/page-weight.ts (pages of the sitemap);
 * - under the host's Content-Security-Policy and the page's own meta policy, with no violation, no request
 *   to another origin and a clean console (no warning, no error), also once its search has run (templates); with the
 *   Government of Canada marks, and the search box in its header;
 * - accessibility (tests/support/page-audit.ts): axe-core (WCAG 2.2 AA), the keyboard, what assistive
 *   technology reads, motion and media, reflow, text spacing and text size. Axe and the keyboard walk run on
 *   every page at 320 px (axe in light and dark, the walk in dark); the full matrix of widths (320, 768,
 *   1280 px, where the layouts change at 30rem and 48rem) on one page per template (see `templates`).
 * Chromium reports a header it does not understand (a Permissions-Policy feature it does not know) in the
 * console on every page: a stray warning hides the one that matters.
 */

const paths = a11yPaths();
// Each built page read once, to sort the pages into templates.
const html = new Map(paths.map((path) => [path, builtHtml(path)]));
// Search indexes the help centre's own pages too (notices, changes, quick links): an article is an <article> it indexes.
const isArticle = (path: string) => /<article[^>]*\sdata-pagefind-body/.test(html.get(path)!);
const isTroubleshooterStep = (path: string) => /^\/(fr\/depannage|en\/troubleshooting)\/[^/]+\/$/.test(path);
/** Pages that share a template: articles (per language, as the longest carries the English chrome through every width) and troubleshooter steps. */
const kindOf = (path: string) => (isArticle(path) ? `article ${path.slice(0, 4)}` : isTroubleshooterStep(path) ? 'troubleshooter step' : path);
const longestOfEachKind = new Map<string, string>();
for (const path of paths.filter((path) => isArticle(path) || !path.startsWith('/en/'))) {
  const longest = longestOfEachKind.get(kindOf(path));
  if (!longest || html.get(path)!.length > html.get(longest)!.length) longestOfEachKind.set(kindOf(path), path);
}
// One page per template: the longest French page of each kind (its English twin shares the template), the
// pages written for both languages, and the longest article of each language.
const templates = new Set(longestOfEachKind.values());

async function axeInBothSchemes(page: Page, where: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, `${where}, light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, `${where}, dark`, { colourOnly: true });
}

/** On every page of one language, one search form, the box of that language's search page; in the header, except on the search page itself. */
async function expectHeaderSearch(page: Page, path: string) {
  const lang = path.startsWith('/en/') ? 'en' : 'fr';
  const forms = page.getByRole('search');
  await expect(forms, path).toHaveCount(1);
  await expect(searchBox(page, lang), path).toBeVisible();
  await expect(forms, path).toHaveAttribute('action', SEARCH[lang].page);
  await expect(page.locator('header').getByRole('search'), path).toHaveCount(path === SEARCH[lang].page ? 0 : 1);
}

for (const path of paths) {
  const template = templates.has(path);
  test(`${path} loads under the CSP cleanly with the GC marks, passes axe and works by keyboard${template ? ' at 320, 768 and 1280px' : ' at 320px'} in light and dark, reads well to assistive technology, stays still under reduced motion, and reflows and resizes its text`, async ({
    browser,
    baseURL,
  }) => {
    if (template) test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
    const found = await watch(context, baseURL!);
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      // The not-found page is meant to answer 404: Chromium logs that status for the document itself.
      const ownStatus = path === NOT_FOUND_PATH && new URL(message.location().url).pathname === path;
      if (message.type() === 'warning' && !ownStatus) warnings.push(message.text());
      const logged = found.errors.indexOf(`${path}: ${message.text()}`);
      if (message.type() === 'error' && ownStatus && logged >= 0) found.errors.splice(logged, 1);
    });
    const measureWeight = await watchPageWeight(page);
    const response = await page.goto(path);

    if (path !== NOT_FOUND_PATH) {
      await test.step('page weight, cold', async () => {
        const measure = await measureWeight(path);
        expectWithinBudget(measure);
        test.info().annotations.push({ type: WEIGHT_ANNOTATION, description: JSON.stringify(weightRow(measure)) });
      });
    }

    await test.step('security policy, GC marks and the search box', async () => {
      expect(response?.headers()['content-security-policy']).toBe(hostPolicy());
      // Exactly the policy of src/pipeline/security-policy.ts: no hash of a file the page never inlines.
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toBe(pagePolicy());
      await expectGcMarks(page, path, baseURL!);
      if (/^\/(fr|en)\//.test(path) && path !== NOT_FOUND_PATH) await expectHeaderSearch(page, path);
    });
    await installChecks(page);
    await test.step('the first Tab, and disclosures by keyboard', async () => {
      await expectFirstTabSkipsToMain(page, path);
      await expectDisclosuresToggleByKeyboard(page, path);
    });
    await test.step('motion and media', () => expectCalmMotionAndMedia(page, path));
    await openInteractiveParts(page);
    await test.step('semantics', () => expectSoundSemantics(page, path));
    if (template) {
      await test.step('keyboard at 1280px, light', () => expectKeyboardWalk(page, `${path} at 1280px, light`));
      await test.step('axe at 1280px', () => axeInBothSchemes(page, `${path} at 1280px`));
      await page.setViewportSize({ width: 768, height: 900 });
      await test.step('axe at 768px', () => axeInBothSchemes(page, `${path} at 768px`));
    }
    await page.setViewportSize({ width: 320, height: 900 });
    await test.step('axe at 320px', () => axeInBothSchemes(page, `${path} at 320px`));
    await test.step('keyboard at 320px, dark', () => expectKeyboardWalk(page, `${path} at 320px, dark`));
    await page.emulateMedia({ colorScheme: 'light' });
    await test.step('reflow, text spacing and text size', () => expectTextReflowsAndResizes(page, path));

    await test.step('a search on the templates, and nothing went wrong from load to results', async () => {
      // The search box loads its code and Pagefind on first focus: that has to be clean too. Its code is the same on
      // every page of a template, so the search runs on the templates, each page's own load being checked above.
      await page.setViewportSize({ width: 1280, height: 900 });
      const search = page.locator('[data-search-input]').first();
      if (template && (await search.count()) > 0) {
        await search.fill('mot de passe');
        await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      }
      expectClean(found);
      expect(warnings, 'console warnings').toEqual([]);
    });
    await context.close();
  });
}
