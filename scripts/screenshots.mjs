// `npm run screenshots`: the README's pictures of what a client sees, taken from the
// production build in Chromium (one article, on a phone and on a desktop screen), then
// reduced to a 256-colour palette so each stays a few tens of kilobytes. Run `npm run build` first.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import UPNG from 'upng-js';
import { OUT_DIR as OUT } from '../src/pipeline/site-config.ts';
import { findChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';

/** The article shown: the French GCKey article, a page clients land on from the portal. */
const ARTICLE = '/fr/cle-gc/';
const SHOTS = [
  { file: 'docs/screenshot-article-320.png', width: 320, height: 640 },
  { file: 'docs/screenshot-article-1280.png', width: 1280, height: 800 },
];
/** Colours kept: enough for anti-aliased text, few enough for a small file. */
const PALETTE = 256;

if (!existsSync(join(OUT, ARTICLE, 'index.html'))) {
  console.error(`No build of ${ARTICLE} in ${OUT}/: run npm run build first.`);
  process.exit(1);
}

const server = await serve({ root: OUT, port: 0 });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const { file, width, height } of SHOTS) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${ARTICLE}`, { waitUntil: 'networkidle' });
    const image = UPNG.decode(await page.screenshot());
    const png = Buffer.from(UPNG.encode(UPNG.toRGBA8(image), image.width, image.height, PALETTE));
    mkdirSync('docs', { recursive: true });
    writeFileSync(file, png);
    console.log(`${file}: ${width}×${height}, ${(png.length / 1024).toFixed(1)} KiB`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
