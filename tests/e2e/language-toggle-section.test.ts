/**
 * The language toggle keeps the reader's place (issue 14): on an article, it
 * opens the twin at the section being read, whether the reader got there by a
 * #section link or by scrolling. Twin sections are matched by position, as the
 * build requires both languages to have the same sections in the same order.
 */
import { expect, test, type Page } from '@playwright/test';

const PAIRS = [
  ['/fr/cle-gc/', '/en/gckey/'],
  ['/en/gckey/', '/fr/cle-gc/'],
] as const;

/** The article's section ids, in order. */
function sectionIds(page: Page): Promise<string[]> {
  return page.locator('[data-pagefind-body] :is(h2, h3)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
}

/**
 * Waits until the toggle's link, as a reader would copy it from its menu once they stop scrolling, leads to `href`.
 */
async function expectToggleTo(page: Page, href: string) {
  const toggle = page.locator('[data-language-toggle]');
  await expect
    .poll(async () => {
      await toggle.dispatchEvent('contextmenu');
      return toggle.getAttribute('href');
    })
    .toBe(href);
}

/**
 * Scrolls the section's heading to the top of the window, as while reading it, and checks
 * that the next heading is still below the top quarter of the window, where the reader's eyes are.
 */
async function readInto(page: Page, id: string, next: string | undefined) {
  await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
  if (next) expect(await page.locator(`#${next}`).evaluate((heading) => heading.getBoundingClientRect().top)).toBeGreaterThan(800 / 4);
}

for (const [path, twin] of PAIRS) {
  test(`${path}: the toggle opens the twin at the section scrolled to, with no #section in the address`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(twin);
    const twinIds = await sectionIds(page);
    await page.goto(path);
    const ids = await sectionIds(page);
    expect(ids.length).toBe(twinIds.length);
    await readInto(page, ids[4]!, ids[5]);
    // The reader stops there, then goes up to the header: the toggle remembers where they were.
    await expectToggleTo(page, `${twin}#${twinIds[4]}`);
    await page.locator('[data-language-toggle]').click();
    await page.waitForURL(`**${twin}#${twinIds[4]}`);
    await context.close();
  });
}

test('a section reached by a #link and then scrolled away from: the toggle follows the scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/en/gckey/');
  const twinIds = await sectionIds(page);
  await page.goto('/fr/cle-gc/');
  const ids = await sectionIds(page);
  await page.goto(`/fr/cle-gc/#${ids[1]}`);
  await readInto(page, ids[3]!, ids[4]);
  await expectToggleTo(page, `/en/gckey/#${twinIds[3]}`);
  // Keyboard users reach the toggle too: Enter follows the same section.
  await page.locator('[data-language-toggle]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/en/gckey/#${twinIds[3]}`);
  await context.close();
});

test('above the first section, the toggle opens the twin at its top', async ({ page }) => {
  await page.goto('/fr/cle-gc/');
  await page.locator('[data-language-toggle]').click();
  await page.waitForURL('**/en/gckey/');
  expect(new URL(page.url()).hash).toBe('');
});
