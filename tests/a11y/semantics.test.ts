import { expect, test, type Page } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { dictionaries } from '../../src/i18n';
import { a11yPaths, BILINGUAL_PATHS, builtHtml, installChecks, langOf } from '../support/a11y-page';
import { openInteractiveParts } from '../support/interactive-parts';

/**
 * What assistive technology reads on every page, French and English, with every disclosure open:
 * landmarks, navigation names, the heading outline, aria-current, unambiguous link and button
 * names, and `lang` on text in the other language (WCAG 1.3.1, 2.4.1, 2.4.4, 2.4.6, 3.1.2, 4.1.2).
 * Names come from Chromium's accessibility tree, as a screen reader gets them.
 */

const paths = a11yPaths();

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** The nodes of Chromium's accessibility tree that assistive technology is given. */
async function accessibilityTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: node.role?.value ?? '',
      name: (node.name?.value ?? '').replace(/\s+/g, ' ').trim(),
      url: String(node.properties?.find((property) => property.name === 'url')?.value.value ?? ''),
    }));
}

async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await openInteractiveParts(page);
  await installChecks(page);
}

/** The text of a built page's h1, h2 and h3. */
function headingTexts(html: string): string[] {
  const headings = DomUtils.getElementsByTagName((name) => /^h[1-3]$/.test(name), parseDocument(html));
  return headings.map((heading) => DomUtils.textContent(heading).replace(/\s+/g, ' ').trim());
}

/** Strings known to be in the other language on this page: its UI words and the twin's headings, less any shared by both. */
function otherLanguageStrings(path: string, html: string) {
  const own = langOf(path);
  const other = own === 'fr' ? 'en' : 'fr';
  const strings = new Set(Object.values(dictionaries[other]));
  const twin = html.match(new RegExp(`<link rel="alternate" hreflang="${other}" href="([^"]+)"`))?.[1];
  if (twin && !BILINGUAL_PATHS.includes(path)) for (const text of headingTexts(builtHtml(new URL(twin).pathname))) strings.add(text);
  for (const text of [...Object.values(dictionaries[own]), ...headingTexts(html)]) strings.delete(text);
  return { own, other, strings: [...strings].filter((value) => value.trim().length > 1) };
}

for (const path of paths) {
  const bilingual = BILINGUAL_PATHS.includes(path);
  // Articles are the pages whose content search indexes (`data-pagefind-body`); each has a breadcrumb.
  const article = builtHtml(path).includes('data-pagefind-body');

  const landmarks = bilingual ? 'one main and no header or footer landmark' : 'one banner, main and contentinfo';
  test(`${path} has ${landmarks}, uniquely named navigations, one h1 and no skipped heading level, and marks the current page`, async ({ page }) => {
    await openPage(page, path);
    const tree = await accessibilityTree(page);
    const count = (role: string) => tree.filter((node) => node.role === role).length;
    const expected = bilingual ? { banner: 0, main: 1, contentinfo: 0 } : { banner: 1, main: 1, contentinfo: 1 };
    expect.soft({ banner: count('banner'), main: count('main'), contentinfo: count('contentinfo') }, `${path}: landmarks`).toEqual(expected);
    const navigations = tree.filter((node) => node.role === 'navigation').map((node) => node.name);
    expect
      .soft(
        navigations.filter((name, index) => name === '' || navigations.indexOf(name) !== index),
        `${path}: navigations with an empty or repeated name`,
      )
      .toEqual([]);

    const outline = await page.evaluate(() => window.__a11y.headingOutline());
    expect.soft(outline[0], `${path}: the first heading`).toMatchObject({ level: 1 });
    expect.soft(outline.filter((heading) => heading.level === 1).length, `${path}: h1 count`).toBe(1);
    const skips = outline.filter((heading, index) => index > 0 && heading.level > outline[index - 1]!.level + 1);
    expect
      .soft(
        skips.map((heading) => `h${heading.level} "${heading.text}"`),
        `${path}: headings that skip a level`,
      )
      .toEqual([]);

    // A link to this very page (not to a section of it) must say so.
    const selfLinks = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .filter((link) => {
          const url = new URL((link as HTMLAnchorElement).href);
          return url.pathname === location.pathname && !url.hash && link.getAttribute('aria-current') !== 'page';
        })
        .map((link) => link.outerHTML.slice(0, 120)),
    );
    expect.soft(selfLinks, `${path}: links to the current page without aria-current="page"`).toEqual([]);
    if (article) {
      const breadcrumb = page.getByRole('navigation', { name: dictionaries[langOf(path)]['nav.breadcrumb'] });
      const current = breadcrumb.locator('[aria-current="page"]');
      await expect(current, `${path}: the breadcrumb marks one item as current`).toHaveCount(1);
      await expect(breadcrumb.locator('li').last().locator('[aria-current="page"]'), `${path}: the current item is the last one`).toHaveCount(1);
      await expect(current, `${path}: the current breadcrumb item names the page`).toHaveText((await page.locator('h1').textContent())!.trim());
    }
  });

  test(`${path}: links sharing a name lead to the same place, button names are unique, and text in the other language carries its lang`, async ({ page }) => {
    const { own, other, strings } = otherLanguageStrings(path, builtHtml(path));
    await openPage(page, path);
    const tree = await accessibilityTree(page);
    const targets = new Map<string, Set<string>>();
    for (const link of tree.filter((node) => node.role === 'link')) {
      expect.soft(link.name, `${path}: a link without an accessible name → ${link.url}`).not.toBe('');
      targets.set(link.name, (targets.get(link.name) ?? new Set()).add(link.url.replace(/\/$/, '')));
    }
    const ambiguous = [...targets].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `"${name}" → ${[...urls].join(', ')}`);
    expect.soft(ambiguous, `${path}: links sharing a name but leading to different places`).toEqual([]);
    // Summaries (disclosure triangles) are buttons to a screen reader: "Transcript" twice would be ambiguous.
    const buttons = tree.filter((node) => ['button', 'DisclosureTriangle'].includes(node.role)).map((node) => node.name);
    expect
      .soft(
        buttons.filter((name, index) => name === '' || buttons.indexOf(name) !== index),
        `${path}: buttons with an empty or repeated name`,
      )
      .toEqual([]);

    const problems = await page.evaluate(([mine, theirs, known]) => window.__a11y.otherLanguageText(mine, theirs, known), [own, other, strings] as const);
    expect.soft(problems, `${path}: ${other} text without lang="${other}"`).toEqual([]);
  });
}
