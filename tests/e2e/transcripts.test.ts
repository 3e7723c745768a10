import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n';
import { searchPageFor, topResult } from '../support/search';

for (const { path, summary, text } of [
  { path: '/fr/cle-gc/', summary: /^Transcription\u00a0: /, text: 'Bienvenue à ce tutoriel.' },
  { path: '/en/gckey/', summary: /^Transcript: /, text: 'Welcome to this tutorial.' },
  { path: '/fr/configurer-authentification-deux-facteurs/', summary: /^Transcription\u00a0: /, text: 'Bienvenue à ce tutoriel' },
  { path: '/en/set-up-two-factor-authentication/', summary: /^Transcript: /, text: 'Welcome to this tutorial' },
]) {
  test(`${path}: the transcript follows the player, or a line saying the video is not available here; collapsed, it opens with the keyboard and prints expanded`, async ({
    page,
  }) => {
    await page.goto(path);
    const tutorial = page.locator('[data-video-tutorial]');
    // Either way the reader knows what there is (tests/fixture-e2e/video.test.ts builds both cases).
    const unavailable = tutorial.getByText(dictionaries[path.startsWith('/en/') ? 'en' : 'fr']['video.unavailable'], { exact: true });
    const players = await tutorial.locator('video, video-facade').count();
    await expect(unavailable).toHaveCount(players === 0 ? 1 : 0);
    const disclosure = tutorial.locator('details');
    const summaryElement = disclosure.locator('summary');
    await expect(summaryElement).toHaveText(summary);
    const firstParagraph = disclosure.getByText(text).first();
    await expect(firstParagraph).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(firstParagraph).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(firstParagraph).toBeHidden();

    await summaryElement.focus();
    await page.keyboard.press('Enter');
    await expect(firstParagraph).toBeVisible();
  });
}

for (const { lang, query, article } of [
  { lang: 'fr', query: 'passeport', article: '/fr/cle-gc/' },
  { lang: 'en', query: 'passport', article: '/en/gckey/' },
] as const) {
  test(`${lang}: search finds words that only the transcript says`, async ({ page }) => {
    await page.goto(searchPageFor(lang, query));
    expect((await topResult(page, lang)).page).toBe(article);
  });
}
