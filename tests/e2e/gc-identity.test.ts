/**
 * Government of Canada identity (issue 14): the header is laid out the same in both languages; the
 * marks stay legible in a dark scheme and on paper. That every page carries them is checked on the
 * one load of each page in tests/a11y/pages.test.ts (tests/support/gc-marks.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n';

const WIDTHS = [320, 768, 1280] as const;

test('the accessible names are exactly Canada.ca’s in both languages', () => {
  expect(dictionaries.fr['gc.signature']).toBe('Gouvernement du Canada');
  expect(dictionaries.en['gc.signature']).toBe('Government of Canada');
  expect(dictionaries.fr['gc.wordmark']).toBe('Symbole du gouvernement du Canada');
  expect(dictionaries.en['gc.wordmark']).toBe('Symbol of the Government of Canada');
});

/** Positions of the header's parts, rounded to the pixel. */
async function headerLayout(page: Page) {
  const box = async (selector: string) => {
    const found = await page.locator(selector).boundingBox();
    expect(found, selector).not.toBeNull();
    return found!;
  };
  const signature = await box('header .signature img');
  const toggle = await box('header [data-language-toggle]');
  const input = await box('header [data-search-input]');
  const bar = await box('header .bar');
  return {
    signature: [signature.x, signature.y, signature.width, signature.height].map(Math.round),
    toggleTop: Math.round(toggle.y),
    toggleEnd: Math.round(toggle.x + toggle.width),
    input: [input.x, input.y, input.width, input.height].map(Math.round),
    barTop: Math.round(bar.y),
  };
}

for (const width of WIDTHS) {
  test(`at ${width} px the header is laid out the same in French and in English, the toggle at the top right`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const [fr, en] of [
      ['/fr/', '/en/'],
      ['/fr/cle-gc/', '/en/gckey/'],
    ] as const) {
      await page.goto(fr);
      const french = await headerLayout(page);
      await page.goto(en);
      const english = await headerLayout(page);
      expect(english, `${fr} and ${en}`).toEqual(french);
      // Top right: above the search box, its end in line with the end of the search button.
      expect(french.toggleTop).toBeLessThan(french.input[1]!);
      const submit = (await page.locator('header .submit').boundingBox())!;
      expect(Math.abs(french.toggleEnd - (submit.x + submit.width))).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
}

for (const lang of ['fr', 'en'] as const) {
  test(`at 320 px the header search box in ${lang} shows at least 180 px (about twenty characters)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of lang === 'fr' ? ['/fr/', '/fr/cle-gc/'] : ['/en/', '/en/gckey/']) {
      await page.goto(path);
      const input = page.locator('header [data-search-input]');
      expect((await input.boundingBox())!.width, path).toBeGreaterThanOrEqual(180);
      await input.fill('authentification à 2');
      expect(await input.evaluate((element: HTMLInputElement) => element.scrollWidth <= element.clientWidth), `${path}: twenty characters fit`).toBe(true);
      // The button keeps its name for screen readers and voice control.
      await expect(page.getByRole('button', { name: dictionaries[lang]['search.submit'], exact: true })).toBeVisible();
    }
    await context.close();
  });
}

/** The signature's text as drawn: how many opaque pixels are dark and how many light (the red flag aside). */
async function signatureInk(page: Page) {
  return page.locator('header .signature img').evaluate((image: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = 819;
    canvas.height = 78;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, 819, 78);
    const { data } = context.getImageData(0, 0, 819, 78);
    let dark = 0;
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a < 200 || (r > 150 && g < 100)) continue; // transparent, or the red flag
      if (r + g + b < 150) dark++;
      else if (r + g + b > 600) light++;
    }
    return { dark, light };
  });
}

for (const lang of ['fr', 'en'] as const) {
  test(`the ${lang} signature is drawn in black on a light page and on paper, in white on a dark page`, async ({ browser }) => {
    const path = lang === 'fr' ? '/fr/' : '/en/';
    for (const [colorScheme, media, ink] of [
      ['light', 'screen', 'dark'],
      ['dark', 'screen', 'light'],
      ['dark', 'print', 'dark'],
    ] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.emulateMedia({ media });
      await page.goto(path);
      const found = await signatureInk(page);
      expect(found[ink], `${colorScheme} ${media}`).toBeGreaterThan(1000);
      expect(found[ink === 'dark' ? 'light' : 'dark'], `${colorScheme} ${media}`).toBe(0);
      await context.close();
    }
  });
}
