import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { isLang } from '../../src/i18n/locales';
import { reservedBy, troubleshooterUrl } from '../../src/lib/urls';
import { CONTENT_DIR } from '../../src/pipeline/site-config';

const lock = JSON.parse(readFileSync(`${CONTENT_DIR}/links.lock.json`, 'utf8')) as Record<string, string[]>;

for (const { path, filter, count, other } of [
  {
    path: '/fr/liens-rapides/',
    filter: 'Filtrer les sections',
    count: (n: number) => `${n}\u00a0${n > 1 ? 'sections affichées' : 'section affichée'}`,
    other: '/en/quick-links/',
  },
  { path: '/en/quick-links/', filter: 'Filter sections', count: (n: number) => `${n} ${n === 1 ? 'section' : 'sections'} shown`, other: '/fr/liens-rapides/' },
]) {
  test(`${path} lists every troubleshooter question, article and section with working French and English addresses`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', other);
    const urls = await page.locator('td.url').allTextContents();
    // Articles: one level below a language, and not one of the site's own pages; and each troubleshooter step's page.
    const sections = Object.entries(lock)
      .filter(([url]) => {
        const [, lang, slug] = /^\/(fr|en)\/([^/]+)\/$/.exec(url) ?? [];
        return isLang(lang) && slug !== undefined && !reservedBy(lang, slug);
      })
      .reduce((sum, [, ids]) => sum + ids.length + 1, 0);
    const steps = Object.keys(lock).filter((url) => url.startsWith(troubleshooterUrl('fr')) || url.startsWith(troubleshooterUrl('en'))).length;
    expect(steps).toBeGreaterThan(2);
    expect(urls.length).toBe(sections + steps);
    for (const url of urls) {
      const { pathname, hash } = new URL(url);
      expect(lock[pathname], url).toBeDefined();
      if (hash) expect(lock[pathname], url).toContain(hash.slice(1));
    }
  });

  test(`${path} lists each troubleshooter question first, so an agent can send a client straight to it`, async ({ page }) => {
    await page.goto(path);
    const lang = path.split('/')[1] as 'fr' | 'en';
    const table = page.locator('table[data-quick-links-table]').first();
    await expect(table.locator('caption a')).toHaveAttribute('href', troubleshooterUrl(lang));
    const stepUrls = (await table.locator('td.url').allTextContents()).map((url) => new URL(url).pathname);
    const locked = Object.keys(lock).filter((url) => url.startsWith(troubleshooterUrl('fr')) || url.startsWith(troubleshooterUrl('en')));
    expect(stepUrls.sort()).toEqual(locked.sort());
    // Each row names its question, as the step's page does.
    const question = lang === 'fr' ? /Qu.est-ce qui vous empêche de vous connecter/ : /What keeps you from signing in/;
    await expect(table.locator('tbody th').first()).toHaveText(question);
    await page.getByRole('searchbox', { name: filter }).fill(lang === 'fr' ? 'clegc-expiree' : 'gckey-expired');
    await expect(table.locator('tr[data-quick-link]').filter({ visible: true })).not.toHaveCount(0);
  });

  test(`${path} names the sources of each article's facts, the original page included`, async ({ page }) => {
    await page.goto(path);
    const lang = path.split('/')[1] as 'fr' | 'en';
    const expired = page.locator('table[data-quick-links-table]', {
      has: page.locator(`caption a[href$="${lang === 'fr' ? 'cle-gc-expiree-ou-revoquee/' : 'expired-or-revoked-gckey/'}"]`),
    });
    await expect(expired.locator('caption a[href="https://www.canada.ca/en/government/sign-in-online-account/gckey.html"]')).toHaveCount(1);
    await expect(expired.locator('caption')).toContainText(lang === 'fr' ? 'la page d’aide d’origine de DEC' : 'CED’s original help page');
  });

  test(`${path} filters the rows as you type and announces how many remain`, async ({ page }) => {
    await page.goto(path);
    const box = page.getByRole('searchbox', { name: filter });
    const rows = page.locator('tr[data-quick-link]');
    const total = await rows.count();
    const status = page.locator('quick-links-filter [role=status]');
    await expect(status).toHaveText(count(total));
    const visible = rows.filter({ visible: true });
    for (const [query, pattern] of [
      ['code', /code/],
      ['password mot-de-passe', /password.*mot-de-passe|mot-de-passe.*password/s],
    ] as const) {
      await box.fill(query);
      const shown = await visible.count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total);
      for (const text of await visible.allTextContents()) expect(text.toLowerCase()).toMatch(pattern);
      await expect(status).toHaveText(count(shown));
    }
    await box.fill('');
    await expect(visible).toHaveCount(total);
  });

  test(`${path} prints every row, even those the filter hid, without its controls`, async ({ page }) => {
    await page.goto(path);
    const rows = page.locator('tr[data-quick-link]');
    const total = await rows.count();
    await page.getByRole('searchbox', { name: filter }).fill('zzzz-nothing');
    await expect(rows.filter({ visible: true })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('searchbox', { name: filter })).toBeHidden();
    await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
    await expect(rows.filter({ visible: true })).toHaveCount(total);
    // Rows lay out as table rows, not blocks: every row of a table lines up with its header cells.
    const displays = await page
      .locator('table')
      .evaluateAll((tables) =>
        tables.map((table) => [getComputedStyle(table).display, ...[...table.querySelectorAll('tr')].map((row) => getComputedStyle(row).display)]),
      );
    for (const display of displays) expect(new Set(display)).toEqual(new Set(['table', 'table-row']));
  });
}
