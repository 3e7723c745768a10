import { expect, test, type Page } from '@playwright/test';
import { dictionaries, LANGS, type Lang } from '../../src/i18n';
import { unbreakablePhone } from '../../src/lib/contact-settings';
import { troubleshooterStepUrl, type Step, type Tree } from '../../src/lib/troubleshooter';
import { troubleshooterUrl } from '../../src/lib/urls';
import { contactSettings, troubleshooterTree } from '../support/editor-yaml';

const trees = Object.fromEntries(LANGS.map((lang) => [lang, troubleshooterTree(lang)])) as Record<Lang, Tree>;
const contact = contactSettings();

const stepPath = (tree: Tree, step: Step) => troubleshooterStepUrl(tree, tree.steps.indexOf(step));

/** The longest path through the tree: every question it passes, then the answer it ends on. */
function deepestWalk(tree: Tree, step = tree.steps[0]!): { steps: Step[]; labels: string[]; answer: string } {
  const walks = step.choices.map((choice) => {
    if (choice.answer) return { steps: [step], labels: [choice.label], answer: choice.answer };
    const rest = deepestWalk(
      tree,
      tree.steps.find((candidate) => candidate.id === choice.next)!,
    );
    return { steps: [step, ...rest.steps], labels: [choice.label, ...rest.labels], answer: rest.answer };
  });
  return walks.reduce((longest, walk) => (walk.steps.length > longest.steps.length ? walk : longest));
}

/** Checks the page shows `step` as the current question: its address, its heading, and a title that announces it. */
async function expectStep(page: Page, tree: Tree, step: Step) {
  await expect(page).toHaveURL(new RegExp(`${stepPath(tree, step)}$`));
  await expect(page.getByRole('heading', { level: 2, name: step.question })).toBeVisible();
  await expect(page).toHaveTitle(step === tree.steps[0] ? new RegExp(`^${tree.title}`) : new RegExp(`^${step.question.replace(/[?]/g, '\\?')}`));
}

for (const lang of LANGS) {
  const tree = trees[lang];
  const t = dictionaries[lang];
  const walk = deepestWalk(tree);

  for (const javaScriptEnabled of [false, true]) {
    test(`in ${lang}, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}, a client walks from the home page through ${walk.steps.length} questions to the article section that answers, and Back returns to each question`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/${lang}/`);
      // The way in sits above the list of topics.
      const way = page.getByRole('link', { name: t['troubleshooter.start'] });
      const topics = page.getByRole('heading', { level: 2, name: t['home.allTopics'] });
      expect((await way.boundingBox())!.y).toBeLessThan((await topics.boundingBox())!.y);
      await way.click();
      for (const [index, step] of walk.steps.entries()) {
        await expectStep(page, tree, step);
        await page.getByRole('list', { name: t['troubleshooter.choices'] }).getByRole('link', { name: walk.labels[index]!, exact: true }).click();
      }
      const [path, section] = walk.answer.split('#');
      await expect(page).toHaveURL(new RegExp(`${path}#${section}$`));
      await expect(page.locator(`[id="${section}"]`)).toBeVisible();
      for (const step of [...walk.steps].reverse()) {
        await page.goBack();
        await expectStep(page, tree, step);
      }
      await context.close();
    });
  }

  test(`in ${lang}, every step has its own address with its choices as links, offers the contact channels as a last resort, and switches to the same step in the other language`, async ({
    page,
  }) => {
    const other = lang === 'fr' ? trees.en : trees.fr;
    for (const [index, step] of tree.steps.entries()) {
      await page.goto(stepPath(tree, step));
      await expectStep(page, tree, step);
      const links = page.getByRole('list', { name: t['troubleshooter.choices'] }).getByRole('link');
      await expect(links).toHaveCount(step.choices.length);
      for (const [at, choice] of step.choices.entries()) {
        const next = tree.steps.find((candidate) => candidate.id === choice.next);
        await expect(links.nth(at)).toHaveAttribute('href', next ? stepPath(tree, next) : choice.answer!);
      }
      await expect(page.getByRole('heading', { level: 2, name: t['troubleshooter.lastResort'] })).toBeVisible();
      const channels = page.getByRole('list', { name: t['contact.channels'] });
      if (contact.phone)
        await expect(channels.getByRole('link', { name: unbreakablePhone(contact.phone.display[lang]) })).toHaveAttribute('href', `tel:${contact.phone.tel}`);
      if (contact.email) await expect(channels.getByRole('link', { name: contact.email })).toHaveAttribute('href', `mailto:${contact.email}`);
      await expect(page.locator('[data-language-toggle]')).toHaveAttribute('href', stepPath(other, other.steps[index]!));
    }
  });

  test(`in ${lang}, a keyboard user answers a question with Tab and Enter`, async ({ page }) => {
    await page.goto(troubleshooterUrl(lang));
    const first = page.getByRole('list', { name: t['troubleshooter.choices'] }).getByRole('link').first();
    for (let presses = 0; presses < 40 && !(await first.evaluate((link) => link === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#]/g, '\\$&')}$`));
  });
}

test('the not-found page offers the troubleshooter in both languages', async ({ page }) => {
  const response = await page.goto('/fr/nexiste-pas/');
  expect(response?.status()).toBe(404);
  for (const lang of LANGS) {
    await expect(page.locator(`main section[lang=${lang}]`).getByRole('link', { name: dictionaries[lang]['notFound.troubleshooter'] })).toHaveAttribute(
      'href',
      troubleshooterUrl(lang),
    );
  }
});
