import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { a11yPaths, installChecks } from '../support/a11y-page';

/**
 * Motion and media on every page, French and English (WCAG 1.2.1, 1.2.2, 1.4.2, 2.2.2, 2.3.3):
 * the reduced-motion preference stops animation and smooth scrolling, nothing plays by itself,
 * every video has captions in the page's language and its transcript right after it.
 * The site has no video file or animation yet, so fixtures prove each check catches its mistake.
 */

const paths = a11yPaths();
const FIXTURES = join(import.meta.dirname, '../fixtures/a11y');

async function loadFixture(page: Page, name: string) {
  await page.setContent(readFileSync(join(FIXTURES, name), 'utf8'));
  await installChecks(page);
}

for (const path of paths) {
  test(`${path}: with reduced motion asked for nothing animates and scrolling jumps; no media plays by itself; every video has captions and its transcript right after it`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(path);
    await installChecks(page);
    expect.soft(await page.evaluate(() => window.__a11y.motionProblems()), `${path} with prefers-reduced-motion: reduce`).toEqual([]);
    expect.soft(await page.evaluate(() => window.__a11y.mediaProblems()), `${path}: media`).toEqual([]);
    await context.close();
  });
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
