/**
 * Notices on a fixture build whose notices are dated around the time of the test: the
 * build time decides what a page shows without JavaScript, and the reader's clock
 * (emulated with Playwright's page.clock) decides with it, even as the page stays open.
 */
import { expect, test, type Browser } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { useTranslations, type Lang } from '../../src/i18n';
import { noticesUrl } from '../../src/lib/urls';
import { buildFixture } from '../support/fixture-build';
import { axeViolations, COLOUR_RULES } from '../support/axe';
import { htmlErrors } from '../support/html-valid';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SAMPLE = readFileSync('tests/fixtures/notices/sample.yaml', 'utf8');
const ARTICLE: Record<Lang, string> = { fr: '/fr/alpha-fr/', en: '/en/alpha-en/' };
const OTHER_ARTICLE: Record<Lang, string> = { fr: '/fr/aide/', en: '/en/help/' };

/** The moment the test starts: every notice is dated from it. */
const now = Date.now();
/** A date-time as an editor writes it, with its time zone (UTC here). */
const at = (time: number) => `${new Date(time).toISOString().slice(0, 19)}Z`;

interface Dated {
  file: string;
  severity: 'outage' | 'warning';
  start: number;
  end: number;
  covers: string;
  title: Record<Lang, string>;
}
const NOTICES: Dated[] = [
  {
    file: 'en-cours',
    severity: 'outage',
    start: now - HOUR,
    end: now + 2 * HOUR,
    covers: 'pages: [alpha]',
    title: { fr: 'Panne en cours', en: 'Current outage' },
  },
  {
    file: 'a-venir',
    severity: 'warning',
    start: now + DAY,
    end: now + 2 * DAY,
    covers: 'topics: [getting-started]',
    title: { fr: 'Entretien à venir', en: 'Upcoming maintenance' },
  },
  {
    file: 'recent',
    severity: 'outage',
    start: now - 11 * DAY,
    end: now - 10 * DAY,
    covers: 'pages: [alpha]',
    title: { fr: 'Panne récente', en: 'Recent outage' },
  },
  {
    file: 'ancien',
    severity: 'outage',
    start: now - 201 * DAY,
    end: now - 200 * DAY,
    covers: 'pages: [alpha]',
    title: { fr: 'Vieille panne', en: 'Old outage' },
  },
];
const [current, upcoming, recent, old] = NOTICES as [Dated, Dated, Dated, Dated];

/** The sample notice with this notice's dates, pages and titles. */
function noticeFile(notice: Dated): string {
  return SAMPLE.replace(/^severity: .*$/m, `severity: ${notice.severity}`)
    .replace(/^start: .*$/m, `start: ${at(notice.start)}`)
    .replace(/^end: .*$/m, `end: ${at(notice.end)}`)
    .replace(/^covers:\n(?: {2}.*\n)+/m, `covers:\n  ${notice.covers}\n`)
    .replace(/^(fr:\n {2}title: ).*$/m, `$1${notice.title.fr}`)
    .replace(/^(en:\n {2}title: ).*$/m, `$1${notice.title.en}`);
}

let site: Server;
let origin = '';
let outDir = '';

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const build = await buildFixture((content) => {
    mkdirSync(join(content.dir, 'notices'), { recursive: true });
    for (const notice of NOTICES) content.write(`notices/${notice.file}.yaml`, noticeFile(notice));
  });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  site = (await serve({ root: build.outDir, port: 0 })) as Server;
  origin = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
});

test.afterAll(() => {
  site?.close();
});

async function open(browser: Browser, path: string, { javaScriptEnabled = true, time }: { javaScriptEnabled?: boolean; time?: number } = {}) {
  const context = await browser.newContext({ baseURL: origin, javaScriptEnabled });
  const page = await context.newPage();
  if (time !== undefined) await page.clock.install({ time });
  await page.goto(path);
  return { context, page };
}

test('the site ships no notice: its notices pages say so and no article shows one', async ({ page }) => {
  for (const lang of ['fr', 'en'] as const) {
    await page.goto(noticesUrl(lang));
    await expect(page.getByText(useTranslations(lang)('notices.none'))).toBeVisible();
  }
  for (const path of ['/fr/cle-gc/', '/en/gckey/']) {
    await page.goto(path);
    await expect(page.locator('[data-notice-start]')).toHaveCount(0);
  }
});

test('the pages with notices are valid HTML (html-validate, the project preset)', async () => {
  for (const file of ['fr/avis/index.html', 'en/notices/index.html', 'fr/alpha-fr/index.html', 'en/alpha-en/index.html']) {
    expect(await htmlErrors(join(outDir, file)), file).toEqual([]);
  }
});

for (const lang of ['fr', 'en'] as const) {
  const t = useTranslations(lang);
  const banner = (title: string) => `${t('notices.heading', { severity: t('notices.severity.outage'), title })}`;
  const warning = (title: string) => `${t('notices.heading', { severity: t('notices.severity.warning'), title })}`;

  test(`${lang}: without JavaScript, the build time decides: a notice in effect shows at the top of the pages it covers, and only there`, async ({
    browser,
  }) => {
    const { context, page } = await open(browser, ARTICLE[lang], { javaScriptEnabled: false });
    const main = page.getByRole('main');
    await expect(main.getByRole('note').filter({ hasText: banner(current.title[lang]) })).toBeVisible();
    await expect(main.getByText(warning(upcoming.title[lang]))).toBeHidden();
    await expect(main.getByText(banner(recent.title[lang]))).toHaveCount(0);
    await expect(main.getByText(banner(old.title[lang]))).toHaveCount(0);
    // Above the article, below the breadcrumb.
    expect(
      await page.evaluate(() => {
        const notice = document.querySelector('[data-notice-start]')!;
        return (
          Boolean(notice.compareDocumentPosition(document.querySelector('article')!) & Node.DOCUMENT_POSITION_FOLLOWING) &&
          Boolean(notice.compareDocumentPosition(document.querySelector('main nav')!) & Node.DOCUMENT_POSITION_PRECEDING)
        );
      }),
    ).toBe(true);
    await page.goto(OTHER_ARTICLE[lang]);
    await expect(page.locator('[data-notice-start]')).toHaveCount(0);
    await context.close();
  });

  test(`${lang}: with the reader's clock past its end, a notice is hidden without a rebuild, and the next one shows once it starts`, async ({ browser }) => {
    const later = await open(browser, ARTICLE[lang], { time: current.end + HOUR });
    await expect(later.page.getByText(banner(current.title[lang]))).toBeHidden();
    await later.context.close();
    const started = await open(browser, ARTICLE[lang], { time: upcoming.start + HOUR });
    await expect(started.page.getByRole('note').filter({ hasText: warning(upcoming.title[lang]) })).toBeVisible();
    await expect(started.page.getByText(banner(current.title[lang]))).toBeHidden();
    await started.context.close();
  });

  test(`${lang}: a page left open hides a notice when it ends`, async ({ browser }) => {
    const { context, page } = await open(browser, ARTICLE[lang], { time: now });
    const notice = page.getByText(banner(current.title[lang]));
    await expect(notice).toBeVisible();
    await page.clock.fastForward(current.end - now + 1000);
    await expect(notice).toBeHidden();
    await context.close();
  });

  test(`${lang}: the notices page lists current, upcoming and recent notices with their state, for support agents`, async ({ browser }) => {
    const { context, page } = await open(browser, noticesUrl(lang), { time: now });
    const entries = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(entries.getByRole('heading', { level: 2 })).toHaveText([
      warning(upcoming.title[lang]),
      banner(current.title[lang]),
      banner(recent.title[lang]),
    ]);
    // One state word shows per notice: the build's, then the reader's clock's.
    const state = (index: number) => entries.nth(index).locator('[data-shows]:visible');
    await expect(state(0)).toHaveText(t('notices.state.upcoming'));
    await expect(state(1)).toHaveText(t('notices.state.current'));
    await expect(state(2)).toHaveText(t('notices.state.ended'));
    await expect(entries.nth(1).getByRole('link')).toHaveAttribute('href', ARTICLE[lang]);
    await expect(entries.nth(0)).toContainText(t('notices.topic', { topic: t('topic.getting-started') }));
    await page.clock.fastForward(current.end - now + 1000);
    await expect(state(1)).toHaveText(t('notices.state.ended'));
    await context.close();
  });

  for (const path of [noticesUrl(lang), ARTICLE[lang]]) {
    test(`${lang}: ${path} with notices has no axe violations, light and dark`, async ({ browser }) => {
      test.setTimeout(120_000);
      const { context, page } = await open(browser, path, { time: now });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect.soft(await axeViolations(page, colorScheme === 'dark' ? { rules: COLOUR_RULES } : {}), colorScheme).toEqual([]);
      }
      await context.close();
    });
  }
}
