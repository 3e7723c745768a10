import { expect, test, type Page } from '@playwright/test';
import { useTranslations, type Lang } from '../../src/i18n';
import { quickLinksUrl } from '../../src/lib/urls';

/**
 * Article headings stay calm for clients on phones (one small control each) while agents keep
 * "Copy link" and "Copy both languages" one click away on wide screens (issue 14).
 */

const ARTICLES = [
  { lang: 'fr', path: '/fr/cle-gc/', id: 'regles-mot-de-passe', title: 'Règles du mot de passe' },
  { lang: 'en', path: '/en/gckey/', id: 'password-rules', title: 'Password rules' },
] as const;

/** Each heading's visible tools (links and buttons), and how much taller its wrapper is than the heading. */
function headings(page: Page) {
  return page.locator('.section-heading').evaluateAll((wrappers) => {
    const line = parseFloat(getComputedStyle(document.querySelector('main p')!).lineHeight);
    return wrappers.map((wrapper) => {
      const heading = wrapper.querySelector('h2, h3')!;
      const tools = [...wrapper.querySelectorAll<HTMLElement>('a[href], button')].filter((tool) => tool.checkVisibility());
      return {
        id: heading.id,
        tools: tools.map((tool) => tool.getAttribute('aria-label') ?? tool.textContent),
        pushedDown: wrapper.getBoundingClientRect().height - heading.getBoundingClientRect().height,
        line,
      };
    });
  });
}

for (const { lang, path, id, title } of ARTICLES) {
  const t = useTranslations(lang as Lang);

  for (const javaScriptEnabled of [true, false]) {
    test(`${path} at 320px${javaScriptEnabled ? '' : ' without JavaScript'}: each heading carries one small tool, which pushes no text down by a line`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled, permissions: ['clipboard-write'] });
      const page = await context.newPage();
      await page.goto(path);
      const found = await headings(page);
      expect(found.length).toBeGreaterThan(3);
      for (const heading of found) {
        expect(heading.tools, `#${heading.id}`).toHaveLength(1);
        expect(heading.pushedDown, `#${heading.id} pushes the text down by ${heading.pushedDown}px`).toBeLessThan(heading.line);
      }
      const only = javaScriptEnabled ? t('sectionLink.menu', { title }) : t('sectionLink.anchor', { title });
      expect(found.find((heading) => heading.id === id)?.tools).toEqual([only]);
      await context.close();
    });
  }

  test(`${path} at 1280px: every heading offers “Copy link” and “Copy both languages” in plain view, one click away`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-write'] });
    const page = await context.newPage();
    await page.goto(path);
    for (const heading of await headings(page)) {
      expect(heading.tools, `#${heading.id}`).toHaveLength(3);
    }
    await expect(page.getByRole('button', { name: t('sectionLink.copyLabel', { title }), exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: t('sectionLink.copyBothLabel', { title }), exact: true })).toBeVisible();
    await context.close();
  });

  test(`${path} at 320px: the keyboard opens a heading’s tools, copies its link and closes them with Escape`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${path}#${id}`);
    await expect(page.locator(`#${id}`)).toBeFocused();
    const toggle = page.getByRole('button', { name: t('sectionLink.menu', { title }), exact: true });
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t('sectionLink.anchor', { title }), exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    const copy = page.getByRole('button', { name: t('sectionLink.copyLabel', { title }), exact: true });
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${id}`).locator('xpath=..').getByRole('status')).toHaveText(t('sectionLink.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${path}#${id}`, baseURL).href);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t('sectionLink.copyBothLabel', { title }), exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(copy).toBeHidden();
    await context.close();
  });

  test(`${path} at 1280px: Tab goes from a heading to its anchor, “Copy link” and “Copy both languages”`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${path}#${id}`);
    await expect(page.locator(`#${id}`)).toBeFocused();
    for (const name of [t('sectionLink.anchor', { title }), t('sectionLink.copyLabel', { title }), t('sectionLink.copyBothLabel', { title })]) {
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute('aria-label', name);
    }
    await context.close();
  });

  test(`${quickLinksUrl(lang as Lang)} at 1280px: both copy buttons of every row are in plain view`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-write'] });
    const page = await context.newPage();
    await page.goto(quickLinksUrl(lang as Lang));
    const rows = page.locator('tr[data-quick-link]');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    await expect(page.locator('tr[data-quick-link] button[data-copy]').filter({ visible: true })).toHaveCount(2 * count);
    await context.close();
  });
}
