import type { Page } from '@playwright/test';

/** One way of putting a part of the page in its open state. Returns how many it opened. */
type Opener = (page: Page) => Promise<number>;

/** Every closed `<details>` (video transcripts, disclosures) opened, as a reader would. */
const openDisclosures: Opener = (page) =>
  page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')];
    for (const details of closed) details.setAttribute('open', '');
    return closed.length;
  });

/** The section tools folded behind one button under each article heading on narrow screens, unfolded. */
const openSectionTools: Opener = (page) =>
  page.evaluate(() => {
    const folded = [...document.querySelectorAll<HTMLButtonElement>('[data-tools-toggle][aria-expanded="false"]')].filter((toggle) => toggle.checkVisibility());
    for (const toggle of folded) toggle.click();
    return folded.length;
  });

/**
 * The openers the accessibility tests run before checking a page. When a feature adds a state
 * that only appears after an interaction (search results showing, a "link copied" confirmation),
 * add its opener here, so axe, reflow and spacing checks see that state on every page.
 */
const OPENERS: Opener[] = [openDisclosures, openSectionTools];

/**
 * Puts every interactive part of the page in its open state, so checks see what readers see
 * once they have used the page, not only what is shown on load.
 * @example await openInteractiveParts(page); expect(await axeViolations(page)).toEqual([]);
 */
export async function openInteractiveParts(page: Page): Promise<number> {
  let opened = 0;
  for (const open of OPENERS) opened += await open(page);
  return opened;
}
