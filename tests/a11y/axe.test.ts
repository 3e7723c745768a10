import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { a11yPaths } from '../support/a11y-page';
import { openInteractiveParts } from '../support/interactive-parts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// A phone, a tablet in portrait and a desktop: the site's layouts change at 30rem and 48rem.
const WIDTHS = [320, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const paths = a11yPaths();

for (const path of paths) {
  for (const width of WIDTHS) {
    test(`${path} has no axe violations at ${width}px, light and dark, with every disclosure open`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(path);
      await openInteractiveParts(page);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        // Dark mode only swaps colour tokens (src/styles/tokens.css), so the second pass runs the colour rules alone.
        const axe = colorScheme === 'light' ? new AxeBuilder({ page }).withTags(TAGS) : new AxeBuilder({ page }).withRules(COLOUR_RULES);
        const results = await axe.analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect.soft(summary, `${path} at ${width}px, ${colorScheme}`).toEqual([]);
      }
      await context.close();
    });
  }
}
