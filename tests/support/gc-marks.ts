import { expect, type Page } from '@playwright/test';
import { dictionaries, type Lang } from '../../src/i18n';
import { canadaCaHome } from '../../src/pipeline/gc-marks';
import { BILINGUAL_PATHS } from './a11y-page';

/** The languages whose marks a page shows: both on the bilingual pages, else the page's own. */
export function langsOf(path: string): Lang[] {
  if (BILINGUAL_PATHS.includes(path)) return ['fr', 'en'];
  return [path.startsWith('/en/') ? 'en' : 'fr'];
}

/**
 * The Government of Canada identity of a loaded page (issue 14): the GC signature (leading to Canada.ca
 * in its language in a header) and the Canada wordmark, named as Canada.ca names them, loaded from the site itself.
 */
export async function expectGcMarks(page: Page, path: string, baseURL: string): Promise<void> {
  for (const lang of langsOf(path)) {
    const strings = dictionaries[lang];
    const image = page.getByRole('img', { name: strings['gc.signature'], exact: true });
    await expect(image).toHaveAttribute('src', `/gc/sig-blk-${lang}.svg`);
    // In a header, the signature leads to Canada.ca; on the bilingual pages, which have no header, it is the image alone.
    if (!BILINGUAL_PATHS.includes(path)) {
      const signature = page.getByRole('link', { name: strings['gc.signature'], exact: true });
      await expect(signature).toHaveAttribute('href', canadaCaHome(lang));
      await expect(signature.getByRole('img')).toHaveAttribute('src', `/gc/sig-blk-${lang}.svg`);
    }
    await expect(page.getByRole('img', { name: strings['gc.wordmark'], exact: true })).toHaveAttribute('src', `/gc/wmms-spl-${lang}.svg`);
  }
  expect(langsOf(path).map((lang) => dictionaries[lang]['gc.signature'])).toEqual(
    langsOf(path).map((lang) => (lang === 'fr' ? 'Gouvernement du Canada' : 'Government of Canada')),
  );
  // Every mark loaded, from this origin.
  const images = await page
    .locator('img[src^="/gc/"]')
    .evaluateAll((images) => (images as HTMLImageElement[]).map((image) => ({ src: image.currentSrc, loaded: image.complete && image.naturalWidth > 0 })));
  expect(images.length).toBe(2 * langsOf(path).length);
  for (const image of images) {
    expect(image.loaded, image.src).toBe(true);
    expect(new URL(image.src).origin).toBe(new URL(baseURL).origin);
  }
}
