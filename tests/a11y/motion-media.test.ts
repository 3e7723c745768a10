import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { installChecks } from '../support/a11y-page';

/**
 * The motion and media checks that tests/a11y/pages.test.ts runs on every page (WCAG 1.2.1, 1.2.2,
 * 1.4.2, 2.2.2, 2.3.3) catch each mistake: the site has no video file or animation yet, so these
 * fixtures prove the checks would see one.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/a11y');

async function loadFixture(page: Page, name: string) {
  await page.setContent(readFileSync(join(FIXTURES, name), 'utf8'));
  await installChecks(page);
}

test('the motion check catches smooth scrolling, a transition and an animation left on under reduced motion', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await loadFixture(page, 'motion-ignoring-reduced-motion.html');
  const problems = await page.evaluate(() => window.__a11y.motionProblems());
  expect(problems).toEqual([
    expect.stringContaining('scroll-behavior: smooth'),
    expect.stringMatching(/<p>.*::after animates for 1s \(pulse\)/),
    expect.stringMatching(/<a>.* has a 0\.3s transition on color/),
  ]);
  await context.close();
});

const MEDIA_MISTAKES = [
  ['good-video-tutorial.html', []],
  ['video-without-captions.html', ['has no <track kind="captions">']],
  ['captions-in-other-language.html', ['has captions in "en", not in the page\'s language "fr"']],
  ['transcript-before-player.html', ['the transcript does not come right after the player']],
  ['autoplaying-video.html', ['plays by itself']],
] as const;

for (const [fixture, expected] of MEDIA_MISTAKES) {
  test(`the media check ${expected.length === 0 ? 'accepts a captioned video followed by its transcript' : `reports ${fixture.replace('.html', '').replaceAll('-', ' ')}`}`, async ({
    page,
  }) => {
    await loadFixture(page, fixture);
    const problems = await page.evaluate(() => window.__a11y.mediaProblems());
    expect(problems).toEqual(expected.map((message) => expect.stringContaining(message)));
  });
}
