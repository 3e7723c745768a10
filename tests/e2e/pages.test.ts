import { expect, test } from '@playwright/test';
import { sitemapPaths, sitemapXml, watchForeignRequests } from '../support/site';

const paths = sitemapPaths();
const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'fr');

test('the sitemap lists the language page, both homes and articles in both languages', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/fr/');
  expect(paths).toContain('/en/');
  expect(paths.filter((path) => path.startsWith('/fr/')).length).toBe(paths.filter((path) => path.startsWith('/en/')).length);
});

test('every page has a title of its own', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const path of paths) {
    await page.goto(path);
    const title = await page.title();
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
  }
});

test('the sitemap pairs each page with its twin, whatever the slugs, and the twin pairs back', () => {
  const entries = new Map(
    sitemapXml()
      .split('<url>')
      .slice(1)
      .map((url) => {
        const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]!).pathname;
        const links = Object.fromEntries([...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], new URL(match[2]!).pathname]));
        return [loc, links] as const;
      }),
  );
  for (const path of paths) {
    const links = entries.get(path);
    expect(links, path).toBeDefined();
    expect(Object.keys(links!).sort(), path).toEqual(['en', 'fr', 'x-default']);
    if (path === '/') continue;
    expect(links![langOf(path)], path).toBe(path);
    expect(entries.get(links!.fr!), path).toEqual(links);
    expect(entries.get(links!.en!), path).toEqual(links);
  }
});

for (const path of paths.filter((path) => path !== '/')) {
  test(`${path}: one h1, the right lang, a toggle to a twin that leads back, reciprocal hreflang`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const lang = langOf(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveCount(1);

    const other = lang === 'fr' ? 'en' : 'fr';
    const toggle = page.locator('[data-language-toggle]');
    await expect(toggle).toHaveAttribute('lang', other);
    await expect(toggle).toHaveAttribute('hreflang', other);
    await expect(toggle).toHaveText(other === 'en' ? /English/ : /Français/);
    const twinPath = await toggle.getAttribute('href');
    expect(twinPath).toMatch(new RegExp(`^/${other}/`));
    const alternate = await page.locator(`link[rel=alternate][hreflang=${other}]`).getAttribute('href');
    expect(new URL(alternate!).pathname).toBe(twinPath);

    await toggle.click();
    await expect(page).toHaveURL(new RegExp(`${twinPath}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', path);
    const back = await page.locator(`link[rel=alternate][hreflang=${lang}]`).getAttribute('href');
    expect(new URL(back!).pathname).toBe(path);
    expect(foreign).toEqual([]);
  });
}

test('the language page offers both languages with equal weight, each in its own language', async ({ page }) => {
  await page.goto('/');
  for (const [lang, name] of [
    ['fr', 'Français'],
    ['en', 'English'],
  ] as const) {
    const part = page.locator(`main section[lang=${lang}]`);
    await expect(part.getByRole('link', { name })).toHaveAttribute('href', `/${lang}/`);
  }
});

for (const path of ['/fr/nexiste-pas/', '/en/does-not-exist/', '/nowhere']) {
  test(`${path} answers 404 with the bilingual not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('section[lang=fr] h2')).toHaveText('Page introuvable');
    await expect(page.locator('section[lang=en] h2')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the help home page' })).toHaveAttribute('href', '/en/');
  });
}
