/**
 * Page feedback ("Did you find what you were looking for?") against a real receiver:
 * a fixture site is built with HELP_FEEDBACK_URL pointing at a small HTTP server this
 * file starts on 127.0.0.1, and every answer is read back from what that server got.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
import { serve } from '../../scripts/serve.mjs';
import { useTranslations, type Lang } from '../../src/i18n';
import { HELPFUL } from '../../src/lib/feedback';
import { searchUrl } from '../../src/lib/urls';
import { writeSearchIndex } from '../../src/pipeline/search-index';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { axeViolations, COLOUR_RULES } from '../support/axe';
import { htmlErrors } from '../support/html-valid';
import { expectClean, watch } from '../support/csp-watch';
import { startReceiver, type FeedbackReceiver } from '../support/feedback-receiver';

// An example origin: a production origin would (rightly) refuse the fixture's example contact details.
const SITE = 'https://aide-connexion.dec.example';

interface Case {
  lang: Lang;
  path: string;
  title: string;
  twin: string;
  sections: [string, string];
}
const CASES: Case[] = [
  { lang: 'fr', path: '/fr/alpha-fr/', title: 'Article alpha', twin: '/en/alpha-en/', sections: ['premiere-section', 'deuxieme-section'] },
  { lang: 'en', path: '/en/alpha-en/', title: 'Alpha article', twin: '/fr/alpha-fr/', sections: ['first-section', 'second-section'] },
];
/** Personal information of the kinds Canada.ca names, all made up: an email, a phone number (555), a SIN (the sample one). */
const PERSONAL = { email: 'marie.tremblay@exemple.ca', phone: '613-555-0199', sin: '046 454 286' };

let receiver: FeedbackReceiver;
let build: FixtureBuild;
let site: Server;
let siteOrigin = '';
/** The origin the receiver answers with CORS: the site's, or the nginx server's while that test runs. */
let allowedOrigin = '';

/** A long second section, so that a reader at the form has scrolled past its heading. */
const filler = (text: string) => Array.from({ length: 14 }, () => text).join('\n\n');

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  receiver = await startReceiver(() => allowedOrigin);
  build = await buildFixture(
    (content) => {
      content.write('fr/alpha.mdx', `${content.read('fr/alpha.mdx')}\n## Deuxième section {#deuxieme-section}\n\n${filler('Un paragraphe de texte.')}\n`);
      content.write('en/alpha.mdx', `${content.read('en/alpha.mdx')}\n## Second section {#second-section}\n\n${filler('A paragraph of text.')}\n`);
    },
    { env: { HELP_FEEDBACK_URL: receiver.url, HELP_INSTITUTION_CODE: 'DEC', HELP_SITE: SITE } },
  );
  expect(build.status, build.output).toBe(0);
  // A fixture build is Astro's alone: the search that finds nothing needs the index too.
  await writeSearchIndex(build.outDir, () => {});
  site = (await serve({ root: build.outDir, port: 0 })) as Server;
  siteOrigin = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  allowedOrigin = siteOrigin;
});

test.afterAll(async () => {
  await receiver?.close();
  site?.close();
});

test.beforeEach(() => {
  receiver.mode = 'ok';
  receiver.received.length = 0;
  receiver.raw.length = 0;
});

async function open(browser: Browser, path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: siteOrigin, ...options });
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

const form = (page: Page) => page.locator('page-feedback');

for (const lang of ['fr', 'en'] as const) {
  const t = useTranslations(lang);
  test(`${lang}: a search that finds nothing offers to send its words, scrubbed, as a comment on the search page; one that finds something does not`, async ({
    browser,
  }) => {
    const typed = `zzxqv ${PERSONAL.email}`;
    const { context, page } = await open(browser, `${searchUrl(lang)}?q=${encodeURIComponent(typed)}`);
    const offer = page.locator('search-feedback');
    const scrubbed = `zzxqv ${t('feedback.redacted')}`;
    await expect(offer.getByRole('blockquote')).toHaveText(scrubbed);
    await offer.getByRole('button', { name: t('search.feedback.send') }).click();
    await expect(offer.getByText(t('feedback.thanks'))).toBeFocused();
    expect(receiver.received).toEqual([
      {
        institutionopt: 'DEC',
        language: lang,
        pageTitle: t('search.title'),
        submissionPage: `${SITE}${searchUrl(lang)}`,
        oppositelang: searchUrl(lang === 'fr' ? 'en' : 'fr'),
        sectionId: '',
        helpful: HELPFUL.no,
        details: scrubbed,
      },
    ]);
    expect(receiver.raw.join('\n')).not.toContain('tremblay');
    await page.getByRole('searchbox', { name: t('search.label') }).fill('alpha');
    await expect(offer).toBeHidden();
    await context.close();
  });
}

function payload(item: Case, helpful: string, section: string, details = '') {
  return {
    institutionopt: 'DEC',
    language: item.lang,
    pageTitle: item.title,
    submissionPage: `${SITE}${item.path}`,
    oppositelang: item.twin,
    sectionId: section,
    helpful,
    details,
  };
}

test('the default build has no feedback form, keeps the footer contact link and lets forms post to the site only', async ({ page }) => {
  for (const path of ['/fr/cle-gc/', '/en/gckey/']) {
    await page.goto(path);
    await expect(page.locator('page-feedback, form[method="post"]')).toHaveCount(0);
    await expect(page.getByRole('contentinfo').getByRole('link').first()).toHaveAttribute(
      'href',
      path.startsWith('/fr/') ? '/fr/communiquer-avec-nous/' : '/en/contact-us/',
    );
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toContain("form-action 'self';");
    expect(meta).not.toContain('connect-src');
  }
});

test("with a receiver set, its origin and no other joins the policy's form-action and connect-src, in the pages and the host headers", async ({ browser }) => {
  const headers = readFileSync(join(build.outDir, '_headers'), 'utf8');
  const { context, page } = await open(browser, CASES[0]!.path);
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  for (const policy of [meta, headers]) {
    expect(policy).toContain(`form-action 'self' ${receiver.origin};`);
    expect(policy).toContain(`connect-src 'self' ${receiver.origin};`);
    expect(policy.match(/https?:\/\/[^\s;]+/g)).toEqual([receiver.origin, receiver.origin]);
  }
  await expect(page.getByRole('contentinfo').getByRole('link').first()).toHaveAttribute('href', '/fr/aide/');
  await context.close();
});

test('an article with the form stays within the 25 KB budget, and the scrubber loads only once the form is used', async ({ browser }) => {
  const { context, page } = await open(browser, 'about:blank');
  const loaded: { url: string; type: string; body: Buffer }[] = [];
  page.on('response', async (response) => {
    loaded.push({ url: response.url(), type: response.request().resourceType(), body: await response.body().catch(() => Buffer.alloc(0)) });
  });
  await page.goto(CASES[0]!.path, { waitUntil: 'networkidle' });
  const cold = loaded.filter((asset) => ['document', 'stylesheet', 'script'].includes(asset.type));
  expect(cold.reduce((sum, asset) => sum + gzipSync(asset.body).length, 0)).toBeLessThanOrEqual(25_000);
  const scrubber = (assets: typeof loaded) => assets.filter((asset) => asset.type === 'script' && asset.body.toString().includes('phone_number'));
  expect(scrubber(loaded), 'the scrubber before the form is used').toEqual([]);
  await form(page).getByRole('button', { name: 'Non', exact: true }).focus();
  await expect.poll(() => scrubber(loaded).length).toBe(1);
  await context.close();
});

test('under nginx, with its generated headers, the form posts to its receiver with and without JavaScript, and no CSP report', async ({ browser }) => {
  const nginx = await startNginx({ root: build.outDir, port: await freePort() });
  allowedOrigin = nginx.origin;
  try {
    const item = CASES[1]!;
    const t = useTranslations(item.lang);
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL: nginx.origin, javaScriptEnabled });
      const found = await watch(context, nginx.origin);
      const page = await context.newPage();
      await page.goto(item.path);
      if (javaScriptEnabled) {
        await form(page)
          .getByRole('button', { name: t('feedback.yes'), exact: true })
          .click();
        await expect(page.getByText(t('feedback.thanks'))).toBeFocused();
      } else {
        await form(page)
          .getByRole('textbox', { name: t('feedback.details') })
          .fill('Sent from nginx');
        await form(page)
          .getByRole('button', { name: t('feedback.submit') })
          .click();
        // A form-action the host's policy refused would stop here: the watch below needs JavaScript to see reports.
        await expect(page.getByRole('heading', { name: 'Received' })).toBeVisible();
      }
      // The receiver is another origin: only the requests of the page itself count as foreign here.
      expectClean({ ...found, foreign: found.foreign.filter((url) => !url.startsWith(receiver.origin)) });
      await context.close();
    }
    expect(receiver.received.map((answer) => [answer['helpful'], answer['details']])).toEqual([
      ['Yes-Oui', ''],
      ['No-Non', 'Sent from nginx'],
    ]);
  } finally {
    allowedOrigin = siteOrigin;
    await nginx.stop();
  }
});

test('the pages with the feedback form are valid HTML (html-validate, the project preset)', async () => {
  for (const file of ['fr/alpha-fr/index.html', 'en/alpha-en/index.html', 'fr/recherche/index.html', 'en/search/index.html']) {
    expect(await htmlErrors(join(build.outDir, file)), file).toEqual([]);
  }
});

for (const item of CASES) {
  const t = useTranslations(item.lang);

  test(`${item.lang}: "${t('feedback.yes')}" sends the page's answer in place, with the section the reader was sent to, and thanks the reader`, async ({
    browser,
  }) => {
    const { context, page } = await open(browser, `${item.path}#${item.sections[0]}`);
    await form(page)
      .getByRole('button', { name: t('feedback.yes'), exact: true })
      .click();
    await expect(page.getByText(t('feedback.thanks'))).toBeFocused();
    expect(page.url()).toBe(`${siteOrigin}${item.path}#${item.sections[0]}`);
    expect(receiver.received).toEqual([payload(item, 'Yes-Oui', item.sections[0])]);
    await context.close();
  });

  test(`${item.lang}: "${t('feedback.no')}" opens the comment box; the comment is shown scrubbed of an email, a phone number and a SIN, and arrives scrubbed`, async ({
    browser,
  }) => {
    const { context, page } = await open(browser, item.path);
    await form(page)
      .getByRole('button', { name: t('feedback.no'), exact: true })
      .click();
    const box = form(page).getByRole('textbox', { name: t('feedback.details') });
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('maxlength', '300');
    const comment = `Mail ${PERSONAL.email}, call ${PERSONAL.phone}, SIN ${PERSONAL.sin}`;
    await box.fill(comment);
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    const removed = t('feedback.redacted');
    const scrubbed = `Mail ${removed}, call ${removed}, SIN ${removed}`;
    await expect(form(page).getByText(t('feedback.reviewTitle'))).toBeFocused();
    await expect(form(page).getByText(t('feedback.reviewRemoved'))).toBeVisible();
    await expect(form(page).locator('blockquote')).toHaveText(scrubbed);
    expect(receiver.received, 'nothing is sent before the reader confirms').toEqual([]);
    await form(page)
      .getByRole('button', { name: t('feedback.send'), exact: true })
      .click();
    await expect(page.getByText(t('feedback.thanks'))).toBeFocused();
    expect(receiver.received).toEqual([payload(item, 'No-Non', item.sections[1], scrubbed)]);
    for (const value of Object.values(PERSONAL)) expect(receiver.raw.join('\n')).not.toContain(encodeURIComponent(value).replace(/%20/g, '+'));
    await context.close();
  });

  test(`${item.lang}: "${t('feedback.edit')}" brings back the comment as typed, to change it before sending`, async ({ browser }) => {
    const { context, page } = await open(browser, item.path);
    await form(page)
      .getByRole('button', { name: t('feedback.no'), exact: true })
      .click();
    const box = form(page).getByRole('textbox', { name: t('feedback.details') });
    await box.fill(`Call ${PERSONAL.phone}`);
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    await form(page)
      .getByRole('button', { name: t('feedback.edit') })
      .click();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(`Call ${PERSONAL.phone}`);
    await box.fill('The steps are unclear');
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    await expect(form(page).getByText(t('feedback.reviewSame'))).toBeVisible();
    await form(page)
      .getByRole('button', { name: t('feedback.send'), exact: true })
      .click();
    await expect(page.getByText(t('feedback.thanks'))).toBeVisible();
    expect(receiver.received.map((answer) => answer['details'])).toEqual(['The steps are unclear']);
    await context.close();
  });

  test(`${item.lang}: without JavaScript the form posts to the receiver, and says comments are checked for personal information`, async ({ browser }) => {
    const { context, page } = await open(browser, item.path, { javaScriptEnabled: false });
    await expect(form(page).getByText(t('feedback.checked'))).toBeVisible();
    await expect(form(page).getByText(t('feedback.ifNot'))).toBeVisible();
    await expect(form(page).getByRole('button', { name: t('feedback.no'), exact: true })).toBeHidden();
    await form(page)
      .getByRole('textbox', { name: t('feedback.details') })
      .fill('Rien sur le code');
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    await expect(page.getByRole('heading', { name: 'Received' })).toBeVisible();
    expect(receiver.received).toEqual([payload(item, 'No-Non', '', 'Rien sur le code')]);
    await context.close();
  });

  test(`${item.lang}: when the receiver is down, the reader is told politely and nothing typed is lost`, async ({ browser }) => {
    receiver.mode = 'down';
    const { context, page } = await open(browser, item.path);
    await form(page)
      .getByRole('button', { name: t('feedback.no'), exact: true })
      .click();
    await form(page)
      .getByRole('textbox', { name: t('feedback.details') })
      .fill('The code never came');
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    const send = form(page).getByRole('button', { name: t('feedback.send'), exact: true });
    await send.click();
    await expect(form(page).getByRole('alert')).toHaveText(t('feedback.failed'));
    await form(page)
      .getByRole('button', { name: t('feedback.edit') })
      .click();
    await expect(form(page).getByRole('textbox', { name: t('feedback.details') })).toHaveValue('The code never came');
    receiver.mode = 'ok';
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    await send.click();
    await expect(page.getByText(t('feedback.thanks'))).toBeFocused();
    expect(receiver.received.map((answer) => answer['details'])).toEqual(['The code never came']);
    await context.close();
  });

  test(`${item.lang}: when the receiver is slow or fails, the reader is told after a while and can send again`, async ({ browser }) => {
    receiver.mode = 'slow';
    const context = await browser.newContext({ baseURL: siteOrigin });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(item.path);
    const yes = form(page).getByRole('button', { name: t('feedback.yes'), exact: true });
    await yes.click();
    await expect(form(page).getByRole('status')).toHaveText(t('feedback.sending'));
    await expect.poll(() => receiver.received.length).toBe(1);
    await page.clock.runFor(10_000);
    await expect(form(page).getByRole('alert')).toHaveText(t('feedback.failed'));
    await expect(form(page).locator('[data-feedback-status]')).toBeEmpty();
    receiver.mode = 'error';
    await yes.click();
    await expect(form(page).getByRole('alert')).toHaveText(t('feedback.failed'));
    await expect(yes).toBeVisible();
    await context.close();
  });

  test(`${item.lang}: every state of the form has no axe violations, light and dark`, async ({ browser }) => {
    test.setTimeout(120_000);
    receiver.mode = 'down';
    const { context, page } = await open(browser, item.path);
    const check = async (state: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Dark mode only swaps colour tokens, so its pass runs the colour rules alone (as tests/a11y/pages.test.ts does).
        const summary = await axeViolations(page, { within: 'page-feedback', ...(colorScheme === 'dark' ? { rules: COLOUR_RULES } : {}) });
        expect.soft(summary, `${state}, ${colorScheme}`).toEqual([]);
      }
    };
    await check('question');
    await form(page)
      .getByRole('button', { name: t('feedback.no'), exact: true })
      .click();
    await form(page)
      .getByRole('textbox', { name: t('feedback.details') })
      .fill(`Mail ${PERSONAL.email}`);
    await check('comment box');
    await form(page)
      .getByRole('button', { name: t('feedback.submit') })
      .click();
    await check('review');
    await form(page)
      .getByRole('button', { name: t('feedback.send'), exact: true })
      .click();
    await expect(form(page).getByRole('alert')).not.toBeEmpty();
    await check('receiver down');
    receiver.mode = 'ok';
    await form(page)
      .getByRole('button', { name: t('feedback.send'), exact: true })
      .click();
    await expect(page.getByText(t('feedback.thanks'))).toBeVisible();
    await check('thanks');
    await context.close();
    // axe needs JavaScript to run, so the form's script alone is kept from starting: the state readers without JavaScript get.
    const noScript = await browser.newContext({ baseURL: siteOrigin });
    await noScript.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) => (name === 'page-feedback' ? undefined : define(name, constructor, options));
    });
    const plain = await noScript.newPage();
    await plain.goto(item.path);
    await expect(plain.getByText(t('feedback.checked'))).toBeVisible();
    expect(await axeViolations(plain, { within: 'page-feedback' }), 'without JavaScript').toEqual([]);
    await noScript.close();
  });

  test(`${item.lang}: the whole flow works from the keyboard, and focus always lands on what changed`, async ({ browser }) => {
    const { context, page } = await open(browser, item.path);
    await form(page)
      .getByRole('button', { name: t('feedback.yes'), exact: true })
      .focus();
    await page.keyboard.press('Tab');
    const no = form(page).getByRole('button', { name: t('feedback.no'), exact: true });
    await expect(no).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(no).toBeHidden();
    await expect(form(page).getByRole('textbox', { name: t('feedback.details') })).toBeFocused();
    await page.keyboard.type('Le lien ne marche pas');
    await page.keyboard.press('Tab');
    await expect(form(page).getByRole('button', { name: t('feedback.submit') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form(page).getByText(t('feedback.reviewTitle'))).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(form(page).getByRole('button', { name: t('feedback.edit') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(form(page).getByRole('button', { name: t('feedback.send'), exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByText(t('feedback.thanks'))).toBeFocused();
    expect(receiver.received.map((answer) => answer['details'])).toEqual(['Le lien ne marche pas']);
    await context.close();
  });
}
