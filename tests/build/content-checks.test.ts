import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { buildFixture, type ContentEditor } from './support';

test('the untouched fixture content builds', () => {
  const build = buildFixture(() => {});
  expect(build.output).toContain('pages checked');
  expect(build.status).toBe(0);
});

interface Mistake {
  name: string;
  edit: (content: ContentEditor) => void;
  /** Everything the message must say: the file (and line), what is wrong, how to fix it. */
  messages: (string | RegExp)[];
}

const mistakes: Mistake[] = [
  {
    name: 'a required frontmatter field is missing',
    edit: (content) => content.replace('fr/alpha.mdx', /^description: .*\n/m, ''),
    messages: ['fr/alpha', 'description is required'],
  },
  {
    name: 'a description is longer than 160 characters',
    edit: (content) => content.replace('en/alpha.mdx', /^description: .*$/m, `description: ${'Too long. '.repeat(20)}`),
    messages: ['en/alpha', 'description must be 160 characters or fewer'],
  },
  {
    name: 'a section is not one of the topics',
    edit: (content) => content.replace('fr/alpha.mdx', 'section: getting-started', 'section: divers'),
    messages: ['fr/alpha', 'section must be one of: getting-started, sign-in, two-factor, trouble, help'],
  },
  {
    name: 'a date is not written YYYY-MM-DD',
    edit: (content) => content.replace('fr/alpha.mdx', 'dateModified: 2025-10-27', 'dateModified: le 27 octobre'),
    messages: ['fr/alpha', 'dateModified must be a date written YYYY-MM-DD'],
  },
  {
    name: 'an article has no twin',
    edit: (content) => content.remove('en/alpha.mdx'),
    messages: ['fr/alpha.mdx: no English twin', 'npm run new -- alpha'],
  },
  {
    name: 'two articles of one language share a slug',
    edit: (content) => content.write('fr/beta.mdx', content.read('fr/alpha.mdx').replace('translationKey: alpha', 'translationKey: beta')),
    messages: ['slug "alpha-fr" is already used by', 'Choose another slug'],
  },
  {
    name: 'two articles of one language share a translationKey',
    edit: (content) => content.write('en/beta.mdx', content.read('en/alpha.mdx').replace('slug: alpha-en', 'slug: beta-en')),
    messages: ['translationKey "alpha" is already used by', 'give one of them a different translationKey'],
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
    name: 'an internal link points to a page that does not exist',
    edit: (content) => content.replace('fr/alpha.mdx', '/fr/aide/#nous-joindre', '/fr/page-disparue/'),
    messages: [/fr\/alpha\.mdx:13 \(page \/fr\/alpha-fr\/\)/, '/fr/page-disparue/, which does not exist'],
  },
  {
    name: 'a link points to a section id the page does not have',
    edit: (content) => content.replace('en/alpha.mdx', '#reach-us', '#contact-details'),
    messages: [/en\/alpha\.mdx:13/, '#contact-details, which /en/help/ does not have'],
  },
  {
    name: 'an image has no alt text',
    edit: (content) => content.replace('fr/alpha.mdx', 'Voir [', '![](/favicon.svg)\n\nVoir ['),
    messages: [/fr\/alpha\.mdx:13/, 'has no alt text', '![What the image shows]'],
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
    name: 'a French page links to an English page without saying so',
    edit: (content) => content.replace('fr/alpha.mdx', '/fr/aide/#nous-joindre', '/en/help/'),
    messages: [/fr\/alpha\.mdx:13/, 'leads to a page in English from text in French', 'hreflang="en"'],
  },
  {
    name: 'a link says only "click here"',
    edit: (content) => content.replace('en/alpha.mdx', '[the help page]', '[click here]'),
    messages: [/en\/alpha\.mdx:13/, 'says only "click here"'],
  },
  {
    name: 'a heading id has accents or capitals',
    edit: (content) => content.replace('fr/alpha.mdx', '{#premiere-section}', '{#Première-section}'),
    messages: [/fr\/alpha\.mdx:11/, 'heading id "#Première-section"', '{#premiere-section}'],
  },
  {
    name: 'an article has its own "# " title',
    edit: (content) => content.replace('en/alpha.mdx', '## First section', '# First section'),
    messages: [/en\/alpha\.mdx:11/, 'a "# " heading is not allowed', 'the page title comes from the "title" field'],
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
  {
    name: 'a video block mixes a file and a hosted player',
    edit: (content) => content.replace('en/alpha.mdx', 'order: 1', 'order: 1\nvideo: { src: /videos/a.mp4, embed: "https://example.com/embed/1" }'),
    messages: ['en/alpha', 'video needs either "src" and "captions" (a self-hosted file) or "embed" (a hosted player), nothing else'],
  },
  {
    name: 'an article sits outside the language folders',
    edit: (content) => content.write('orphan.mdx', content.read('fr/alpha.mdx')),
    messages: ['orphan.mdx', 'not in content/fr/ or content/en/'],
  },
];

for (const mistake of mistakes) {
  test(`the build stops with a clear message when ${mistake.name}`, () => {
    const build = buildFixture(mistake.edit);
    expect(build.status, build.output).not.toBe(0);
    for (const message of mistake.messages) {
      if (typeof message === 'string') expect(build.output).toContain(message);
      else expect(build.output).toMatch(message);
    }
  });
}

test('a freshly scaffolded pair is refused until its title and description are written', () => {
  const build = buildFixture((content) => {
    const run = spawnSync(process.execPath, ['scripts/new-article.mjs', 'lost-phone'], {
      encoding: 'utf8',
      env: { ...process.env, HELP_CONTENT_DIR: content.dir },
    });
    expect(run.status).toBe(0);
  });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('lost-phone');
  expect(build.output).toContain('title is too short');
});
