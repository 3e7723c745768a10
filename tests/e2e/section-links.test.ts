import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readBuiltPage } from '../support/built-page';
import { CONTENT_DIR } from '../../src/pipeline/site-config';

const lock = JSON.parse(readFileSync(`${CONTENT_DIR}/links.lock.json`, 'utf8')) as Record<string, string[]>;
// Articles: the pages that carry a map of their twin's sections (the troubleshooter's steps have ids but no twin map).
const articles = Object.entries(lock).filter(
  ([path, ids]) =>
    /^\/(fr|en)\/[^/]+\/$/.test(path) && ids.length > 0 && readBuiltPage(path).one((element) => 'data-twin-sections' in element.attribs) !== null,
);

// Smooth scrolling, where focus once cut the scroll short (about 300 px off, or off screen), is followed through the
// sections of the article with the most of them in each language; the other articles land the same way under reduced
// motion, without half a second of animation per section.
const smooth = new Set(['/fr/', '/en/'].map((lang) => articles.filter(([path]) => path.startsWith(lang)).sort(([, a], [, b]) => b.length - a.length)[0]![0]));

/** Where a heading sits once its section link is followed: 'top', or its distance from the top when the page could scroll further. */
function placement(heading: Element): string | number {
  const top = Math.round(heading.getBoundingClientRect().top);
  const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
  return (top >= 0 && top < 100) || (atEnd && top >= 0 && top < innerHeight) ? 'top' : top;
}

async function twinOf(page: Page, id: string) {
  return page
    .locator(`#${id}`)
    .locator('xpath=..')
    .locator('section-copy')
    .getAttribute(`data-${(await page.locator('html').getAttribute('lang')) === 'fr' ? 'en' : 'fr'}`);
}

test('the link lock lists sections for every article in both languages', () => {
  expect(articles.filter(([path]) => path.startsWith('/fr/')).length).toBeGreaterThanOrEqual(8);
  expect(articles.filter(([path]) => path.startsWith('/en/')).length).toBe(articles.filter(([path]) => path.startsWith('/fr/')).length);
});

for (const [path, ids] of articles) {
  test(`${path}: every locked section link lands on its heading${smooth.has(path) ? ' after a smooth scroll' : ''}, focuses it, and the toggle keeps the section`, async ({
    page,
  }) => {
    if (!smooth.has(path)) await page.emulateMedia({ reducedMotion: 'reduce' });
    // The first section arrives with the page load, the others by a change of #fragment on the same page:
    // both ways a reader follows a section link. The toggle's address is checked at every section, and followed
    // from the first section of the two articles above (its script is the same on every page).
    for (const [index, id] of ids.entries()) {
      await page.goto(`${path}#${id}`);
      const heading = page.locator(`#${id}`);
      await expect(heading).toBeFocused();
      // At the top of the window (or the page scrolled to its end), not wherever a smooth scroll cut short by focus stopped.
      await expect.poll(() => heading.evaluate(placement), `${path}#${id} lands at the top`).toBe('top');
      const twin = await twinOf(page, id);
      expect(twin, `${path}#${id} has a twin section`).toMatch(/^\/(fr|en)\/[^/]+\/#[a-z0-9-]+$/);
      await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', twin!);
      if (index > 0 || !smooth.has(path)) continue;

      await page.locator('[data-language-toggle]').click();
      await expect(page).toHaveURL(new RegExp(`${twin!.replace(/[/#]/g, '\\$&')}$`));
      const twinHeading = page.locator(`#${twin!.split('#')[1]}`);
      await expect(twinHeading).toBeFocused();
      // And back: the twin's toggle returns to the section we came from.
      await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', `${path}#${id}`);
    }
  });
}

test('each heading has an anchor link named after its section, in the page’s language', async ({ page }) => {
  await page.goto('/fr/cle-gc/');
  await expect(page.getByRole('link', { name: 'Lien vers la section «\u00a0Règles du mot de passe\u00a0»' })).toHaveAttribute('href', '#regles-mot-de-passe');
  await page.goto('/en/gckey/');
  await expect(page.getByRole('link', { name: 'Link to the section “Password rules”' })).toHaveAttribute('href', '#password-rules');
});

for (const { lang, path, id, button, confirmation, expected } of [
  {
    lang: 'fr',
    path: '/fr/cle-gc/',
    id: 'regles-mot-de-passe',
    button: 'Copier le lien de la section «\u00a0Règles du mot de passe\u00a0»',
    confirmation: 'Lien copié',
    expected: (origin: string) => `${origin}/fr/cle-gc/#regles-mot-de-passe`,
  },
  {
    lang: 'en',
    path: '/en/gckey/',
    id: 'password-rules',
    button: 'Copy link to the section “Password rules”',
    confirmation: 'Link copied',
    expected: (origin: string) => `${origin}/en/gckey/#password-rules`,
  },
  {
    lang: 'fr',
    path: '/fr/cle-gc/',
    id: 'regles-mot-de-passe',
    button: 'Copier le lien en français et en anglais de la section «\u00a0Règles du mot de passe\u00a0»',
    confirmation: 'Liens français et anglais copiés',
    expected: (origin: string) => `Français\u00a0: ${origin}/fr/cle-gc/#regles-mot-de-passe\nEnglish: ${origin}/en/gckey/#password-rules`,
  },
  {
    lang: 'en',
    path: '/en/gckey/',
    id: 'password-rules',
    button: 'Copy the link in French and English for the section “Password rules”',
    confirmation: 'French and English links copied',
    expected: (origin: string) => `Français\u00a0: ${origin}/fr/cle-gc/#regles-mot-de-passe\nEnglish: ${origin}/en/gckey/#password-rules`,
  },
]) {
  test(`${lang}: “${button}” puts exactly the expected text on the clipboard and says so`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(path);
    const control = page.getByRole('button', { name: button });
    await control.focus();
    await page.keyboard.press('Enter');
    const status = page.locator(`#${id}`).locator('xpath=..').getByRole('status');
    await expect(status).toHaveText(confirmation);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected(new URL(baseURL!).origin));
    await context.close();
  });
}

test('without JavaScript there are no copy buttons, and the anchor links and toggle still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/gckey/#password-rules');
  await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Link to the section “Password rules”' })).toBeVisible();
  await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', '/fr/cle-gc/');
  await context.close();
});
