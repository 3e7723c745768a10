import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaries, LANGS, type Lang } from '../../src/i18n';
import { isLang } from '../../src/i18n/locales';
import { SOURCE_PAGE } from '../../src/schemas/article';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { troubleshooterStepUrl, type Tree } from '../../src/lib/troubleshooter';
import { reservedBy, troubleshooterUrl } from '../../src/lib/urls';
import { CONTENT_DIR } from '../../src/pipeline/site-config';
import { troubleshooterTree } from '../support/editor-yaml';

const lock = JSON.parse(readFileSync(`${CONTENT_DIR}/links.lock.json`, 'utf8')) as Record<string, string[]>;
const trees = Object.fromEntries(LANGS.map((lang) => [lang, troubleshooterTree(lang)])) as Record<Lang, Tree>;
/** Each article's sources as its frontmatter lists them (none listed: the original page), by address. */
const sources = new Map<string, readonly string[]>(
  LANGS.flatMap((lang) =>
    readdirSync(join(CONTENT_DIR, lang))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => {
        const data = readFrontmatter(readFileSync(join(CONTENT_DIR, lang, file), 'utf8')) as { slug: string; sources?: string[] };
        return [`/${lang}/${data.slug}/`, data.sources ?? [SOURCE_PAGE]] as const;
      }),
  ),
);

for (const { lang, path, filter, count, other } of [
  {
    lang: 'fr' as const,
    path: '/fr/liens-rapides/',
    filter: 'Filtrer les sections',
    count: (n: number) => `${n}\u00a0${n > 1 ? 'sections affichées' : 'section affichée'}`,
    other: '/en/quick-links/',
  },
  {
    lang: 'en' as const,
    path: '/en/quick-links/',
    filter: 'Filter sections',
    count: (n: number) => `${n} ${n === 1 ? 'section' : 'sections'} shown`,
    other: '/fr/liens-rapides/',
  },
]) {
  test(`${path} lists every troubleshooter question first, then every article and section, with working French and English addresses, and each article’s sources`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', other);
    const urls = await page.locator('td.url').allTextContents();
    // Articles: one level below a language, and not one of the site's own pages; and each troubleshooter step's page.
    const sections = Object.entries(lock)
      .filter(([url]) => {
        const [, code, slug] = /^\/(fr|en)\/([^/]+)\/$/.exec(url) ?? [];
        return isLang(code) && slug !== undefined && !reservedBy(code, slug);
      })
      .reduce((sum, [, ids]) => sum + ids.length + 1, 0);
    const steps = Object.keys(lock).filter((url) => url.startsWith(troubleshooterUrl('fr')) || url.startsWith(troubleshooterUrl('en'))).length;
    expect(steps).toBe(trees.fr.steps.length + trees.en.steps.length);
    expect(urls.length).toBe(sections + steps);
    for (const url of urls) {
      const { pathname, hash } = new URL(url);
      expect(lock[pathname], url).toBeDefined();
      if (hash) expect(lock[pathname], url).toContain(hash.slice(1));
    }

    // The troubleshooter comes first: each question, as its page asks it, with that very question's address in each
    // language, so an agent can send a client straight to it.
    const troubleshooter = page.locator('table[data-quick-links-table]').first();
    await expect(troubleshooter.locator('caption a')).toHaveAttribute('href', troubleshooterUrl(lang));
    const rows = await troubleshooter
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td.url')].map((cell) => cell.textContent!.trim())));
    expect(rows).toEqual(
      trees[lang].steps.map((step, index) => [step.question, ...LANGS.map((code) => new URL(troubleshooterStepUrl(trees[code], index), urls[0]).href)]),
    );

    // Each article's caption names the sources of its facts, the original page included (editors re-check them here).
    const captions = await page.locator('caption').evaluateAll((captions) =>
      captions.map((caption) => ({
        href: caption.querySelector('a')!.getAttribute('href')!,
        // Spaces as written: French spacing's non-breaking ones stay.
        text: caption.textContent!.replace(/[ \n\t]+/g, ' '),
        links: [...caption.querySelectorAll('.sources a')].map((link) => link.getAttribute('href')),
      })),
    );
    const t = dictionaries[lang];
    for (const caption of captions) {
      const listed = sources.get(caption.href);
      if (!listed) {
        expect(caption.text, caption.href).not.toContain(t['quickLinks.sources']);
        continue;
      }
      expect(caption.text, caption.href).toContain(t['quickLinks.sources']);
      expect(caption.links, caption.href).toEqual(listed.filter((source) => source !== SOURCE_PAGE));
      if (listed.includes(SOURCE_PAGE)) expect(caption.text, caption.href).toContain(t['quickLinks.sourcePage']);
    }
    expect(captions.filter((caption) => sources.has(caption.href)).length).toBe([...sources.keys()].filter((url) => url.startsWith(`/${lang}/`)).length);
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
      ['/en/troubleshooting/', /\/en\/troubleshooting\//],
    ] as const) {
      await box.fill(query);
      const shown = await visible.count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total);
      for (const text of await visible.allTextContents()) expect(text.toLowerCase()).toMatch(pattern);
      await expect(status).toHaveText(count(shown));
    }
    // The troubleshooter's questions are found by their address, as just above, by a step's id and by their words.
    await expect(visible).toHaveCount(trees[lang].steps.length);
    const last = trees[lang].steps.at(-1)!;
    await box.fill(last.id);
    await expect(visible.filter({ hasText: last.question })).toHaveCount(1);
    await box.fill(last.question.toLowerCase().split(/\s+/).slice(0, 3).join(' '));
    await expect(visible.filter({ hasText: last.question })).toHaveCount(1);
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
