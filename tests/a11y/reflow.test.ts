import { expect, test, type Page } from '@playwright/test';
import { a11yPaths, installChecks } from '../support/a11y-page';
import { openInteractiveParts } from '../support/interactive-parts';

/**
 * Reflow (WCAG 1.4.10), text spacing (1.4.12) and text resize (1.4.4) on every page, French and
 * English, with every disclosure open: no sideways scrolling and no text cut off or spilling over.
 */

const paths = a11yPaths();

/** The overrides of WCAG 1.4.12, as the W3C's own text-spacing bookmarklet applies them. */
const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }
`;

async function openPage(page: Page, path: string, width: number) {
  await page.setViewportSize({ width, height: 800 });
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await openInteractiveParts(page);
  await installChecks(page);
}

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

for (const path of paths) {
  test(`${path} reflows into 320px without sideways scrolling or clipped text, and keeps all text visible with the WCAG 1.4.12 text spacing`, async ({
    browser,
  }) => {
    // Readers apply the spacing overrides with a user stylesheet or an extension, which the site's
    // Content-Security-Policy does not govern; bypassCSP lets the injected <style> stand in for them.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await openPage(page, path, 320);
    expect.soft(await clipped(page, 320), `${path} at 320px`).toEqual([]);
    await page.addStyleTag({ content: TEXT_SPACING });
    const { fontSize, letterSpacing } = await paragraphMetrics(page);
    expect(letterSpacing, `${path}: the spacing overrides did not apply`).toBeCloseTo(0.12 * fontSize, 1);
    expect.soft(await clipped(page, 320), `${path} at 320px with text spacing`).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect.soft(await clipped(page, 1280), `${path} at 1280px with text spacing`).toEqual([]);
    await context.close();
  });

  test(`${path} keeps all text visible when the browser's text size is doubled, in a 640px window`, async ({ page }) => {
    await openPage(page, path, 640);
    const before = await paragraphMetrics(page);
    // The browser's own text-size setting (not page zoom): 32 px instead of 16 px, as a reader would set it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await expect
      .poll(async () => (await paragraphMetrics(page)).fontSize / before.fontSize, `${path}: text did not grow to 200 %`)
      .toBeGreaterThanOrEqual(1.99);
    expect(await clipped(page, 640), `${path} at 200 % text size`).toEqual([]);
  });
}
