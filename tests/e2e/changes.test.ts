import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { LANGS } from '../../src/i18n/locales';
import { SITE as SITE_ORIGIN } from '../../src/pipeline/site-config';
import { changesFeedUrl, changesUrl, homeUrl, quickLinksUrl } from '../../src/lib/urls';

const SITE = new URL(SITE_ORIGIN);
const TITLE = { fr: 'Modifications récentes', en: 'What changed' };

for (const lang of LANGS) {
  test(`${changesUrl(lang)} lists the changes newest first, each linked to an article or section that exists`, async ({ page, request }) => {
    await page.goto(changesUrl(lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[lang]);
    const items = page.locator('[data-change]');
    expect(await items.count()).toBeGreaterThan(0);
    const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    const hrefs = await items.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of new Set(hrefs)) {
      expect(href.startsWith(`/${lang}/`), href).toBe(true);
      const [path, id] = href.split('#');
      const response = await request.get(path!);
      expect(response.status(), href).toBe(200);
      if (id) expect(await response.text(), href).toContain(`id="${id}"`);
    }
  });

  test(`${changesFeedUrl(lang)} is an Atom feed of the same changes, with absolute URLs on the site that resolve`, async ({ page, request }) => {
    const response = await request.get(changesFeedUrl(lang));
    expect(response.status()).toBe(200);
    const document = parseDocument(await response.text(), { xmlMode: true });
    const feed = DomUtils.findOne((node) => node.name === 'feed', document.children)!;
    expect(feed.attribs['xmlns']).toBe('http://www.w3.org/2005/Atom');
    const children = (name: string, parent = feed) => DomUtils.getElementsByTagName(name, parent.children, false);
    const text = (name: string, parent = feed) => DomUtils.textContent(children(name, parent)[0]!);
    // RFC 4287: a feed has an id, a title, an updated date and an author; so has each entry, but the author it inherits.
    expect(text('id')).toBe(new URL(changesUrl(lang), SITE).href);
    expect(text('title')).toContain(TITLE[lang]);
    expect(text('name', children('author')[0])).not.toBe('');
    const links = Object.fromEntries(children('link').map((link) => [link.attribs['rel'], link.attribs['href']]));
    expect(links).toEqual({ self: new URL(changesFeedUrl(lang), SITE).href, alternate: new URL(changesUrl(lang), SITE).href });
    const entries = children('entry');
    await page.goto(changesUrl(lang));
    expect(entries.length).toBe(await page.locator('[data-change]').count());
    const ids = new Set<string>();
    for (const entry of entries) {
      expect(text('updated', entry)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(text('title', entry)).not.toBe('');
      expect(text('summary', entry)).not.toBe('');
      ids.add(text('id', entry));
      const href = children('link', entry)[0]!.attribs['href']!;
      const url = new URL(href);
      expect(url.origin, href).toBe(SITE.origin);
      expect(url.pathname.startsWith(`/${lang}/`), href).toBe(true);
      const target = await request.get(url.pathname);
      expect(target.status(), href).toBe(200);
      if (url.hash) expect(await target.text(), href).toContain(`id="${url.hash.slice(1)}"`);
    }
    expect(ids.size).toBe(entries.length);
  });

  test(`the ${lang} home, quick-links and changes pages announce the ${lang} feed, and quick links lead to the changes`, async ({ page }) => {
    for (const path of [homeUrl(lang), quickLinksUrl(lang), changesUrl(lang)]) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', changesFeedUrl(lang));
    }
    await page.goto(quickLinksUrl(lang));
    await page.getByRole('link', { name: TITLE[lang], exact: true }).click();
    await expect(page).toHaveURL(changesUrl(lang));
    await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', changesUrl(lang === 'fr' ? 'en' : 'fr'));
  });
}
