import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { expectBuildToStop, publishThenEdit, type Mistake } from '../support/fixture-build';

test('the untouched fixture content, once published (its locks recorded), builds again with nothing to report', async () => {
  const { rebuild: build } = await publishThenEdit(() => {});
  expect(build.output).toContain('pages checked');
  expect(build.status).toBe(0);
  // Nothing to read but real news: the known-harmless bundler notes on MDX modules are silenced (astro.config.mjs).
  expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  expect(build.output).not.toMatch(/\[WARN\]/);
});

const mistakes: Mistake[] = [
  {
    name: 'an article has no twin, two articles of one language share a slug, and two share a translationKey (one build: the pairing reports them all)',
    edit: (content) => {
      content.write('fr/beta.mdx', content.read('fr/alpha.mdx').replace('translationKey: alpha', 'translationKey: beta'));
      content.write('en/gamma.mdx', content.read('en/alpha.mdx').replace('slug: alpha-en', 'slug: gamma-en'));
      content.remove('en/help.mdx');
    },
    messages: [
      /fr\/beta\.mdx: slug "alpha-fr" is already used by \S*fr\/alpha\.mdx.* Choose another slug/,
      /en\/gamma\.mdx: translationKey "alpha" is already used by \S*en\/alpha\.mdx.* give one of them a different translationKey/,
      /fr\/aide\.mdx: no English twin.* npm run new -- get-help/,
    ],
  },
  {
    name: 'a section exists in one language only',
    edit: (content) => content.write('en/alpha.mdx', `${content.read('en/alpha.mdx')}\n## Extra section {#extra-section}\n\nOnly in English.\n`),
    messages: [
      'fr/alpha.mdx and its twin',
      'en/alpha.mdx differ at section 2: nothing against h2 "Extra section" (#extra-section)',
      'add or remove the missing section',
    ],
  },
  {
    name: 'a video or caption file is missing',
    edit: (content) => {
      content.replace('fr/alpha.mdx', 'order: 1', 'order: 1\nvideo: { src: /videos/absente.mp4, captions: /videos/absente.fr.vtt }');
      content.replace('fr/alpha.mdx', 'Voir [', '<VideoTutorial title="Essai" source={frontmatter.video}>\n\nBonjour.\n\n</VideoTutorial>\n\nVoir [');
    },
    messages: ['the file "/videos/absente.mp4" does not exist', 'the file "/videos/absente.fr.vtt" does not exist', 'Put it under public/'],
  },
  {
    name: 'a heading id has accents or capitals',
    edit: (content) => content.replace('fr/alpha.mdx', '{#premiere-section}', '{#Première-section}'),
    messages: [/fr\/alpha\.mdx:13/, 'heading id "#Première-section"', '{#premiere-section}'],
  },
  {
    name: 'an article has its own "# " title',
    edit: (content) => content.replace('en/alpha.mdx', '## First section', '# First section'),
    messages: [/en\/alpha\.mdx:13/, 'a "# " heading is not allowed', 'the page title comes from the "title" field'],
  },
  {
    name: 'a component gets a prop value it does not know',
    edit: (content) => content.replace('fr/alpha.mdx', 'Voir [', '<Callout type="astuce">\n\nTexte.\n\n</Callout>\n\nVoir ['),
    messages: ['<Callout> got type="astuce"', 'type must be "note", "important", "warning"'],
  },
  {
    name: 'Steps holds no numbered list',
    edit: (content) => content.replace('en/alpha.mdx', 'See [', '<Steps>\n\nJust a paragraph.\n\n</Steps>\n\nSee ['),
    messages: ['<Steps> must contain one Markdown list written as "1. …" lines'],
  },
  {
    name: 'RulesChecklist has no title',
    edit: (content) => content.replace('fr/alpha.mdx', 'Voir [', '<RulesChecklist>\n\n- Huit caractères\n\n</RulesChecklist>\n\nVoir ['),
    messages: ['<RulesChecklist> needs a title, e.g. <RulesChecklist title="Password checklist">'],
  },
  {
    name: 'VideoTutorial has no title',
    edit: (content) => content.replace('en/alpha.mdx', 'See [', '<VideoTutorial source={frontmatter.video}>\n\nWelcome.\n\n</VideoTutorial>\n\nSee ['),
    messages: ['<VideoTutorial> got title=undefined', 'title must be the video’s name'],
  },
];

// One test per mistake, or per group of mistakes the build reports together (its name lists them).
for (const { name, edit, messages } of mistakes)
  test(`the build stops with a clear message when ${name}`, async () => {
    await expectBuildToStop(edit, messages);
  });

test('the build names every problem of its links and images at once, each with its file, line and fix', async () => {
  await expectBuildToStop(
    (content) => {
      content.replace('fr/alpha.mdx', '/fr/aide/#nous-joindre', '/fr/page-disparue/');
      content.replace('en/alpha.mdx', '#reach-us', '#contact-details');
      content.write('fr/alpha.mdx', `${content.read('fr/alpha.mdx')}\n![](/favicon.svg)\n\nVoir aussi [l’aide en anglais](/en/help/).\n`);
      content.write('en/alpha.mdx', `${content.read('en/alpha.mdx')}\nOr [click here](/en/help/#reach-us).\n`);
    },
    [
      /fr\/alpha\.mdx:15 \(page \/fr\/alpha-fr\/\): the link "\/fr\/page-disparue\/" points to \/fr\/page-disparue\/, which does not exist/,
      /en\/alpha\.mdx:15 \(page \/en\/alpha-en\/\): .* #contact-details, which \/en\/help\/ does not have/,
      /fr\/alpha\.mdx:17 .*the image "\/favicon\.svg" has no alt text.* !\[What the image shows\]/,
      /fr\/alpha\.mdx:19 .*leads to a page in English from text in French.* hreflang="en"/,
      /en\/alpha\.mdx:17 .*says only "click here"/,
    ],
  );
});

test('the build names every frontmatter problem of every file at once, an address that is one of the site’s own pages included, each with its file, line and fix, before Astro reads the content', async () => {
  const build = await expectBuildToStop(
    (content) => {
      content.replace('fr/alpha.mdx', /^description: .*\n/m, '');
      content.replace('fr/alpha.mdx', 'dateModified: 2025-10-27', 'dateModified: le 27 octobre');
      content.replace('en/alpha.mdx', /^description: .*$/m, `description: ${'Too long. '.repeat(20)}`);
      content.replace('en/alpha.mdx', 'order: 1', 'order: 1\nvideo: { src: /videos/a.mp4, embed: "https://example.com/embed/1" }\nkeywrods: [code]');
      content.replace('fr/aide.mdx', /^topic: .*$/m, 'topic: divers');
      // French punctuation in an unquoted value: " : " starts a mapping inside a mapping, which YAML refuses.
      content.replace('en/help.mdx', /^description: .*$/m, 'description: Contact us : by phone or by email, whichever suits you.');
      content.write('orphan.mdx', content.read('fr/aide.mdx'));
      // Addresses of the site's own pages (src/lib/urls.ts, SITE_PAGES).
      content.replace('en/alpha.mdx', 'slug: alpha-en', 'slug: quick-links');
      content.replace('fr/aide.mdx', 'order: 1', 'order: 1\npreviousSlugs: [recherche]');
      const scaffold = spawnSync(process.execPath, ['scripts/new-article.ts', 'lost-phone', '--fr', 'telephone-perdu'], {
        encoding: 'utf8',
        env: { ...process.env, HELP_CONTENT_DIR: content.dir },
      });
      expect(scaffold.status, scaffold.stderr).toBe(0);
    },
    [
      /fr\/alpha\.mdx:\d+: description is required/,
      /fr\/alpha\.mdx:7: dateModified must be a date written YYYY-MM-DD/,
      /en\/alpha\.mdx:3: description must be 160 characters or fewer/,
      /en\/alpha\.mdx:8: video needs either "src" and "captions"/,
      /en\/alpha\.mdx:9: "keywrods" is not a frontmatter field: check the spelling/,
      /fr\/aide\.mdx:6: topic must be one of: getting-started, sign-in, two-factor, trouble, help/,
      /en\/help\.mdx:3: the frontmatter is not valid YAML .*Put the value in quotes/,
      /orphan\.mdx is not in content\/fr\/ or content\/en\//,
      /en\/alpha\.mdx:5: slug "quick-links" is the address of the quick links page \(\/en\/quick-links\/\): choose another slug/,
      /fr\/aide\.mdx:8: previousSlugs holds "recherche", the address of the search page \(\/fr\/recherche\/\).* remove it from previousSlugs/,
      /fr\/telephone-perdu\.mdx:3: title is too short/,
      /en\/lost-phone\.mdx:3: title is too short/,
    ],
    { realBuild: true },
  );
  expect(build.output, "Astro's own validation, which stops at the first file, did not run").not.toContain('InvalidContentEntryDataError');
});
