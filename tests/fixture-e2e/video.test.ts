import { expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.mjs';
import { dictionaries } from '../../src/i18n';
import { buildFixture } from '../support/fixture-build';

const transcript =
  '<VideoTutorial title="Tutoriel d’essai" source={frontmatter.video}>\n\nBienvenue à ce tutoriel.\n\nDeuxième paragraphe.\n\n</VideoTutorial>\n\n';

test('a self-hosted video plays with captions in the page’s language, its transcript right after; without a source the page says the video is not available here and the transcript follows', async ({
  browser,
}) => {
  const build = await buildFixture(
    (content) => {
      content.replace('fr/alpha.mdx', 'order: 1', 'order: 1\nvideo: { src: /videos/tiny.webm, captions: /videos/tiny.fr.vtt }');
      content.replace('fr/alpha.mdx', 'Voir [', `${transcript}Voir [`);
      content.replace('en/alpha.mdx', 'See [', `${transcript.replace('Tutoriel d’essai', 'Test tutorial')}See [`);
    },
    { publicFiles: { 'videos/tiny.webm': 'tests/fixtures/video/tiny.webm', 'videos/tiny.fr.vtt': 'tests/fixtures/video/tiny.fr.vtt' } },
  );
  expect(build.status, build.output).toBe(0);
  const server = (await serve({ root: build.outDir, port: 0 })) as Server;
  const { port } = server.address() as { port: number };
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  try {
    await page.goto('/fr/alpha-fr/');
    const tutorial = page.locator('[data-video-tutorial]');
    const video = tutorial.locator('video');
    await expect(video).toHaveAttribute('controls', '');
    await expect(video).not.toHaveAttribute('autoplay');
    await expect(video.locator('track')).toHaveAttribute('srclang', 'fr');
    await expect(video.locator('track')).toHaveAttribute('kind', 'captions');
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThanOrEqual(1);
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.textTracks[0]?.cues?.length ?? 0)).toBe(1);
    // The transcript follows the player, as a disclosure named after the video.
    expect(await tutorial.evaluate((element) => [...element.children].map((child) => child.localName))).toEqual(['video', 'details']);
    await expect(tutorial.getByText(dictionaries.fr['video.unavailable'])).toHaveCount(0);
    await tutorial.getByText('Transcription\u00a0: Tutoriel d’essai').click();
    await expect(tutorial.getByText('Deuxième paragraphe.')).toBeVisible();

    await page.goto('/en/alpha-en/');
    await expect(page.locator('[data-video-tutorial] video')).toHaveCount(0);
    // No player is promised: the first thing said is that the video is not here, then the transcript.
    const unconfigured = page.locator('[data-video-tutorial]');
    expect(await unconfigured.evaluate((element) => [...element.children].map((child) => child.localName))).toEqual(['p', 'details']);
    await expect(unconfigured.locator('p').first()).toHaveText(dictionaries.en['video.unavailable']);
    await expect(page.locator('[data-video-tutorial] details summary')).toHaveText('Transcript: Test tutorial');
  } finally {
    await context.close();
    server.close();
  }
});
