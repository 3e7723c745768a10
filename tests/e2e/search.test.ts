import { expect, test, type Page } from '@playwright/test';
import { dictionaries, LANGS, type Lang } from '../../src/i18n';
import { MAX_QUERY_LENGTH } from '../../src/browser/search-client';
import { AS_TYPED_PARAM, TYPING_PAUSE_MS } from '../../src/components/search-box-results';
import { SEARCH_HIGHLIGHT_PARAM, searchWordsUrl } from '../../src/lib/search';
import { troubleshooterUrl } from '../../src/lib/urls';
import { resultsList, SEARCH, searchBox, searchPageFor, searchStatus } from '../support/search';

/** Per language: a query with several results, its best page, a word only the other language has, and the twin offered for it. */
const CASES = {
  fr: {
    query: 'cle gc',
    best: '/fr/cle-gc/',
    count: /^\d+\u00a0résultats pour «\u00a0cle gc\u00a0»$/,
    otherOnly: 'privacy',
    twin: '/fr/partenaire-de-connexion/',
  },
  en: { query: 'gckey', best: '/en/gckey/', count: /^\d+ results for “gckey”$/, otherOnly: 'vie privée', twin: '/en/sign-in-partner/' },
} as const;

/** A result's address: the page, then the searched words for it to highlight (Pagefind's highlightParam). */
const leadsTo = (path: string) => new RegExp(`^${path}\\?${SEARCH_HIGHLIGHT_PARAM}=`);

/** The contact page, where the team's channels are. */
const CONTACT = { fr: '/fr/communiquer-avec-nous/', en: '/en/contact-us/' } as const;
/** Per language: a query about a problem, and its best answer. */
const PROBLEM = {
  fr: { query: 'pourquoi mon code ne fonctionne pas', first: '/fr/code-six-chiffres-refuse/' },
  en: { query: 'why is my code not working', first: '/en/six-digit-code-refused/' },
} as const;
/** Per language: a problem in general that only the accessibility statement's text matches, and that page by its name. */
const GENERAL_PROBLEM = { fr: 'j’ai une erreur', en: 'I get an error' } as const;
const ACCESSIBILITY = {
  fr: { query: 'problème d’accessibilité', page: '/fr/accessibilite/' },
  en: { query: 'accessibility problem', page: '/en/accessibility/' },
} as const;
/** Per language: a query with a misspelt word, as corrected, the answer the correction finds, and the word list's shards it reads. */
const MISSPELT = {
  fr: { typed: 'navigteur', corrected: 'navigateur', first: '/fr/navigateurs-pris-en-charge/', letters: ['n'] },
  en: { typed: 'forgot pasword', corrected: 'forgot password', first: '/en/forgot-gckey-password/', letters: ['f', 'p'] },
} as const;
/** Per language: a query whose best answer names it in a section heading (its id). */
const HIGHLIGHT = {
  fr: { query: 'Internet Explorer', article: '/fr/navigateurs-pris-en-charge/', heading: 'internet-explorer' },
  en: { query: 'Internet Explorer', article: '/en/supported-browsers/', heading: 'internet-explorer' },
} as const;

/** Fails the test on any script error or dialog: an injected script would show itself by one or the other. */
function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`error: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trouble;
}

/**
 * Types into the header box key by key, as a person does: each key an input event, the search waiting for the pause
 * after the last. No delay between keys: a person's are longer than any the test could afford, and the pause test
 * below moves the page's clock for its own.
 */
async function typeInHeader(page: Page, lang: Lang, text: string) {
  const box = searchBox(page, lang);
  await box.click();
  await box.pressSequentially(text);
}

for (const lang of LANGS) {
  const t = dictionaries[lang];
  const where = SEARCH[lang];
  const { query, best, count, otherOnly, twin } = CASES[lang];

  test.describe(`${lang}:`, () => {
    test('nothing of Pagefind is fetched until the box is focused', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/')) fetched.push(request.url());
      });
      await page.goto(where.home);
      await page.waitForLoadState('networkidle');
      expect(fetched).toEqual([]);
      await searchBox(page, lang).focus();
      await expect.poll(() => fetched.some((url) => url.endsWith(`/pagefind/${lang}/pagefind.js`))).toBe(true);
      expect(fetched.some((url) => url.includes(`/pagefind/${where.other}/`))).toBe(false);
    });

    test('the dropdown shows the three best answers, then a link to all of them on the search page', async ({ page }) => {
      await page.goto(where.home);
      await typeInHeader(page, lang, query);
      const results = resultsList(page, lang);
      await expect(results.locator(':scope > li.result').first()).toBeVisible();
      await expect(results.locator(':scope > li.result')).toHaveCount(3);
      const total = Number(/\d+/.exec((await page.locator('[data-search-message]').first().textContent()) ?? '')?.[0]);
      expect(total).toBeGreaterThan(3);
      const all = results.getByRole('link', { name: t['search.all'].replace('{count}', String(total)) });
      await expect(all).toHaveAttribute('href', `${where.page}?${new URLSearchParams({ q: query })}`);
      await all.click();
      await expect(page).toHaveURL(`${where.page}?${new URLSearchParams({ q: query })}`);
      await expect(resultsList(page, lang).locator(':scope > li.result')).toHaveCount(Math.min(total, 10));
    });

    test('a search waits for a pause in typing: only the typed query is searched and fetches its results, not every word on the way', async ({ page }) => {
      await page.goto(where.home);
      // Pagefind loaded and a first search done, so that each later key could search at once.
      await typeInHeader(page, lang, 'QR');
      await expect(resultsList(page, lang).getByRole('link').first()).toBeVisible();
      const fragments = new Set<string>();
      page.on('request', (request) => {
        if (request.url().includes('/fragment/')) fragments.add(request.url());
      });
      // Every message the results show from now on: a search that runs to the end says what it found.
      await page.evaluate(() => {
        const message = document.querySelector('search-box [data-search-message]')!;
        const shown: string[] = [];
        Object.assign(window, { shown });
        new MutationObserver(() => shown.push(message.textContent ?? '')).observe(message, { childList: true, characterData: true, subtree: true });
      });
      await searchBox(page, lang).fill('');
      const typed = lang === 'fr' ? 'navigateur pris en charge' : 'supported browser';
      // The page's timers on a clock the test moves: 100 ms between keys, however slow the machine is; and a
      // moment between them for a search that starts at a key (it would without the pause) to show its results.
      await page.clock.install();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      for (const key of typed) {
        await searchBox(page, lang).press(key === ' ' ? 'Space' : key);
        await page.clock.runFor(100);
        await page.waitForTimeout(50);
      }
      await page.clock.runFor(TYPING_PAUSE_MS);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', /navigateurs-pris-en-charge|supported-browsers/);
      const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
      const answered = shown.filter((message) => message && message !== t['search.searching']);
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.filter((message) => !message.includes(typed))).toEqual([]);
      // One query's results, a dropdown's worth, where searching at every key fetched the results of each prefix.
      expect(fragments.size).toBeLessThanOrEqual(3);
    });

    test('typing lists the matching articles, their sections as deep links and marked excerpts, and announces the count politely', async ({ page }) => {
      await page.goto(where.home);
      await typeInHeader(page, lang, query);
      const results = resultsList(page, lang);
      await expect(results.locator(':scope > li').first().getByRole('link').first()).toHaveAttribute('href', leadsTo(best));
      await expect(results.locator(':scope > li').first().locator('ul a').first()).toHaveAttribute('href', new RegExp(`^${best}\\?[^#]+#[a-z0-9-]+$`));
      await expect(results.locator('mark').first()).toBeVisible();
      const status = searchStatus(page);
      await expect(status).toHaveAttribute('role', 'status');
      await expect(status).toHaveText(count);
    });

    test('arrow keys move through the results, Escape closes them, Enter follows a link', async ({ page }) => {
      await page.goto(where.home);
      await typeInHeader(page, lang, query);
      const results = resultsList(page, lang);
      const links = results.getByRole('link');
      await expect(links.first()).toHaveAttribute('href', leadsTo(best));
      const box = searchBox(page, lang);

      await page.keyboard.press('ArrowDown');
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(box).toBeFocused();

      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await expect(box).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(results).toBeHidden();
      await expect(box).toHaveValue(query);

      await page.keyboard.press('ArrowDown');
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${best}\\?${SEARCH_HIGHLIGHT_PARAM}=`));
    });

    test('Ctrl+K and ⌘+K focus the search box; K alone types nothing anywhere', async ({ page }) => {
      await page.goto(where.home);
      const box = searchBox(page, lang);
      await page.locator('h1').click();
      await page.keyboard.press('k');
      await expect(box).not.toBeFocused();
      await page.keyboard.press('Control+k');
      await expect(box).toBeFocused();
      await page.locator('h1').click();
      await page.keyboard.press('Meta+k');
      await expect(box).toBeFocused();
    });

    test('Enter in the header box opens the search page with the query in ?q=', async ({ page }) => {
      await page.goto(where.home);
      await typeInHeader(page, lang, query);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${searchPageFor(lang, query).replace('%20', '+')}`);
      await expect(searchBox(page, lang)).toHaveValue(query);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', leadsTo(best));
    });

    test('a ?q= link opens the search page on its results, and the search page keeps ?q= up to date for sharing', async ({ page }) => {
      await page.goto(searchPageFor(lang, query));
      await expect(searchBox(page, lang)).toHaveValue(query);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', leadsTo(best));
      await expect(searchStatus(page)).toHaveText(count);

      await searchBox(page, lang).fill('Internet Explorer');
      await expect(page).toHaveURL(/\?q=Internet\+Explorer$/);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', /navigateurs-pris-en-charge|supported-browsers/);
    });

    test('the language toggle of the search page leads to its twin, carrying the query', async ({ page }) => {
      await page.goto(searchPageFor(lang, query));
      await expect(resultsList(page, lang).getByRole('link').first()).toBeVisible();
      const toggle = page.locator('[data-language-toggle]');
      await expect(toggle).toHaveAttribute('href', `${where.otherPage}?q=${query.replace(' ', '+')}`);
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('lang', where.other);
      await expect(searchBox(page, where.other)).toHaveValue(query);
    });

    test('when this language finds nothing, the page offers the twin, in this language, of what the other language found', async ({ page }) => {
      await page.goto(searchPageFor(lang, otherOnly));
      const results = resultsList(page, lang);
      await expect(results.getByRole('link').first()).toHaveAttribute('href', twin);
      const offered = await results.getByRole('link').count();
      const message = offered === 1 ? t['search.fallback.one'] : t['search.fallback.other'];
      await expect(searchStatus(page)).toHaveText(message.replace('{query}', otherOnly));
      // Every offered page is in this page's language, so it needs no hreflang.
      for (const href of await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${lang}/`));
      }
    });

    test('a query found in neither language is no dead end: the dropdown offers the troubleshooter, the team and every topic', async ({ page }) => {
      await page.goto(where.home);
      await typeInHeader(page, lang, 'zzxqv');
      await expect(searchStatus(page)).toHaveText(t['search.none'].replace('{query}', 'zzxqv'));
      const help = page.getByRole('list', { name: t['search.help.title'] }).first();
      await expect(help.getByRole('link', { name: t['troubleshooter.start'] })).toHaveAttribute('href', troubleshooterUrl(lang));
      await expect(help.getByRole('link', { name: t['search.contact'] })).toHaveAttribute('href', CONTACT[lang]);
      await expect(resultsList(page, lang).getByRole('link', { name: t['search.browse'] })).toHaveAttribute('href', `${where.page}#topics`);
      // Arrow keys reach them too.
      await page.keyboard.press('ArrowDown');
      await expect(help.getByRole('link', { name: t['troubleshooter.start'] })).toBeFocused();
    });

    test('the search page, with no result, offers the troubleshooter and the contact channels', async ({ page }) => {
      await page.goto(searchPageFor(lang, 'zzxqv'));
      await expect(searchStatus(page)).toHaveText(t['search.none'].replace('{query}', 'zzxqv'));
      const help = page.getByRole('region', { name: t['search.help.title'] });
      await expect(help.getByRole('link', { name: t['troubleshooter.start'] })).toHaveAttribute('href', troubleshooterUrl(lang));
      await expect(help.getByRole('list', { name: t['contact.channels'] }).getByRole('link')).not.toHaveCount(0);
    });

    test('a query about a problem offers the troubleshooter above its results', async ({ page }) => {
      await page.goto(where.home);
      await typeInHeader(page, lang, PROBLEM[lang].query);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', leadsTo(PROBLEM[lang].first));
      await expect(page.getByRole('list', { name: t['search.help.title'] }).first().getByRole('link', { name: t['troubleshooter.start'] })).toBeVisible();
      // A query that is not about a problem shows only its results.
      await searchBox(page, lang).fill(query);
      await expect(searchStatus(page)).toHaveText(count);
      await expect(page.getByRole('list', { name: t['search.help.title'] }).first()).toBeHidden();
    });

    test('a problem in general never leads to a page about the help centre, which its name still finds', async ({ page }) => {
      await page.goto(where.home);
      // The accessibility statement alone says "error" ("erreur"): a reader with an error gets help, not the statement.
      await typeInHeader(page, lang, GENERAL_PROBLEM[lang]);
      await expect(searchStatus(page)).toHaveText(t['search.none'].replace('{query}', GENERAL_PROBLEM[lang]));
      await expect(page.getByRole('list', { name: t['search.help.title'] }).first().getByRole('link', { name: t['troubleshooter.start'] })).toBeVisible();
      await searchBox(page, lang).fill(ACCESSIBILITY[lang].query);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', leadsTo(ACCESSIBILITY[lang].page));
    });

    test('a word the index does not know is corrected, and the search as typed is one link away', async ({ page }) => {
      const { typed, corrected, first } = MISSPELT[lang];
      await page.goto(where.home);
      await typeInHeader(page, lang, typed);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', leadsTo(first));
      const asTyped = t['search.asTyped'].replace('{query}', typed);
      await expect(page.locator('[data-search-message]').first()).toContainText(corrected);
      await expect(searchStatus(page)).toContainText(asTyped);
      await page.getByRole('link', { name: asTyped }).click();
      // The search page searches the words as typed: nothing is corrected, and the offer is gone.
      await expect(searchBox(page, lang)).toHaveValue(typed);
      await expect(searchStatus(page)).toHaveText(new RegExp(`(${typed}).*$`));
      await expect(page.getByRole('link', { name: asTyped })).toBeHidden();
      await expect(page.locator('[data-search-message]').first()).not.toContainText(corrected);
      // Typing again corrects again, and the address forgets the request.
      await searchBox(page, lang).fill(`${typed} `);
      await expect(page.getByRole('link', { name: asTyped })).toBeVisible();
      expect(new URL(page.url()).searchParams.has(AS_TYPED_PARAM)).toBe(false);
    });

    test('the word list for corrections is fetched only for a query with a word the index does not know, and only its words’ letters', async ({ page }) => {
      const lists: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/words/')) lists.push(new URL(request.url()).pathname);
      });
      await page.goto(where.home);
      await typeInHeader(page, lang, query);
      await expect(searchStatus(page)).toHaveText(count);
      expect(lists).toEqual([]);
      await searchBox(page, lang).fill(MISSPELT[lang].typed);
      await expect(resultsList(page, lang).getByRole('link').first()).toHaveAttribute('href', leadsTo(MISSPELT[lang].first));
      expect(lists.sort()).toEqual(MISSPELT[lang].letters.map((letter) => searchWordsUrl(`/pagefind/${lang}/`, letter)));
    });

    test('a result opens its article with the searched words highlighted, never its section links, under the CSP', async ({ page }) => {
      const trouble = watchForTrouble(page);
      const { query: words, article, heading } = HIGHLIGHT[lang];
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('pagefind-highlight')) scripts.push(request.url());
      });
      // Opened otherwise, the article loads no highlight script.
      await page.goto(article);
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
      await page.goto(searchPageFor(lang, words));
      await resultsList(page, lang).getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`^[^?]*${article}\\?${SEARCH_HIGHLIGHT_PARAM}=`));
      const marks = page.locator('[data-pagefind-body] mark.search-highlight');
      await expect(marks.first()).toBeVisible();
      expect(scripts).toEqual([expect.stringContaining(`/pagefind/${lang}/pagefind-highlight.js`)]);
      expect(await page.locator('[data-pagefind-ignore] mark, .toc mark').count()).toBe(0);
      // A heading with a highlighted word keeps its section link on top, and a focused link its ring.
      const section = page.locator(`:is(h2, h3)#${heading}`);
      await expect(section.locator('mark.search-highlight')).not.toHaveCount(0);
      const anchor = page.locator(`#${heading} + section-tools a.anchor`);
      await anchor.focus();
      await anchor.scrollIntoViewIfNeeded();
      const onTop = await anchor.evaluate((link) => {
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !!hit && link.contains(hit);
      });
      expect(onTop).toBe(true);
      const ring = await anchor.evaluate((link) => getComputedStyle(link).outlineStyle);
      expect(ring).not.toBe('none');
      expect(trouble).toEqual([]);
    });

    test('a query that looks like HTML is shown as text and never runs, in the box and in ?q=', async ({ page }) => {
      const trouble = watchForTrouble(page);
      const attack = '<img src=x onerror=alert(1)>';
      await page.goto(where.home);
      await typeInHeader(page, lang, attack);
      await expect(searchStatus(page)).toContainText(attack);
      await page.goto(searchPageFor(lang, attack));
      await expect(searchStatus(page)).toContainText(attack);
      await expect(page.locator('search-box img')).toHaveCount(0);
      expect(trouble).toEqual([]);
    });

    test(`a 1,000-character query is answered without breaking the page, searched on its first ${MAX_QUERY_LENGTH} characters`, async ({ page }) => {
      const trouble = watchForTrouble(page);
      const long = `${query} `.repeat(200).slice(0, 1000);
      await page.goto(where.page);
      await searchBox(page, lang).fill(long);
      await expect(searchStatus(page)).not.toBeEmpty();
      await expect(searchBox(page, lang)).toHaveValue(long);
      expect((await searchStatus(page).textContent())!.length).toBeLessThan(MAX_QUERY_LENGTH + 100);
      expect(trouble).toEqual([]);
    });

    for (const odd of ['🙂🔐📱', '?!…«»', '%%%&&&', '    ']) {
      test(`the query “${odd}” is answered calmly`, async ({ page }) => {
        const trouble = watchForTrouble(page);
        await page.goto(searchPageFor(lang, odd));
        await expect(searchBox(page, lang)).toHaveValue(odd);
        if (odd.trim()) await expect(searchStatus(page)).toHaveText(t['search.none'].replace('{query}', odd.trim()));
        else await expect(resultsList(page, lang)).toBeHidden();
        await expect(page.locator('h1')).toHaveText(t['search.title']);
        expect(trouble).toEqual([]);
      });
    }

    test('without JavaScript, the header box still leads to the search page, which offers the troubleshooter and the contact channels, and lists every article and its sections', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(where.home);
      await searchBox(page, lang).fill(query);
      await searchBox(page, lang).press('Enter');
      await expect(page).toHaveURL(`${searchPageFor(lang, query).replace('%20', '+')}`);
      await expect(page.getByText(t['search.noScript'])).toBeVisible();
      const help = page.getByRole('region', { name: t['search.help.title'] });
      await expect(help.getByRole('link', { name: t['troubleshooter.start'] })).toHaveAttribute('href', troubleshooterUrl(lang));
      await expect(help.getByRole('list', { name: t['contact.channels'] }).getByRole('link').first()).toBeVisible();
      const topics = await page.locator('section[aria-labelledby=topics] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

      // The home lists every article: each must be in the topic index, with its sections.
      await page.goto(where.home);
      const articles = (
        await page.locator(`main a[href^="/${lang}/"]`).evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))])
      ).filter(
        // The troubleshooter, above the topics, is a guide to the articles, not one of them.
        (href) => !href.startsWith(troubleshooterUrl(lang)),
      );
      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) {
        expect(topics, article).toContain(article);
        expect(
          topics.some((href) => href.startsWith(`${article}#`)),
          `${article} has its sections listed`,
        ).toBe(true);
      }
      await context.close();
    });
  });
}
