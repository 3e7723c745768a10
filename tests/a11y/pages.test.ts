import { test } from '@playwright/test';
import { a11yPaths, builtHtml, installChecks } from '../support/a11y-page';
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

/**
 * Every page, French and English, checked on one load (tests/support/page-audit.ts): axe-core
 * (WCAG 2.2 AA), the keyboard, what assistive technology reads, motion and media, reflow, text
 * spacing and text size. Axe and the keyboard walk run on every page at 320 px (axe in light and
 * dark, the walk in dark); the full matrix of widths (320, 768, 1280 px, where the layouts change at
 * 30rem and 48rem) on one page per template (see `templates`).
 */

const paths = a11yPaths();
const isArticle = (path: string) => builtHtml(path).includes('data-pagefind-body');
const longestArticle = (prefix: string) =>
  paths.filter((path) => path.startsWith(prefix) && isArticle(path)).sort((a, b) => builtHtml(b).length - builtHtml(a).length)[0];
// One page per template: the French page of each kind that is not an article (its English twin shares the
// template) and the pages written for both languages, plus the longest article of each language, which also
// carries the English chrome through every width.
const templates = new Set([...paths.filter((path) => !isArticle(path) && !path.startsWith('/en/')), longestArticle('/fr/'), longestArticle('/en/')]);

async function axeInBothSchemes(page: import('@playwright/test').Page, where: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, `${where}, light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, `${where}, dark`, { colourOnly: true });
}

for (const path of paths) {
  const template = templates.has(path);
  test(`${path} passes axe and works by keyboard${template ? ' at 320, 768 and 1280px' : ' at 320px'} in light and dark, reads well to assistive technology, stays still under reduced motion, and reflows and resizes its text`, async ({
    browser,
  }) => {
    if (template) test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(path);
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
    await context.close();
  });
}
