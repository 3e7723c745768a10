import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { parse } from 'yaml';
import { findQuotes, isListedLabel, labelSets, labelsSchema } from '../../src/lib/labels';
import { lineAt, proseOf, type ProseNode } from '../../src/lib/prose';
import { STILL_STUCK, stillStuckProblems, stillStuckSection } from '../../src/lib/still-stuck';
import { foldTypography, termFinder, termsSchema, type Term } from '../../src/lib/terms';
import { termAndLabelProblems } from '../../src/lib/wording';

const term = (use: string, refuse: string[], options: Partial<Term> = {}): Term => ({
  use,
  refuse,
  caseSensitive: false,
  wholeWord: true,
  at: 'content/terms/en.yaml:3',
  ...options,
});

const found = (terms: Term[], text: string) => termFinder(terms)(text).map((match) => match.found);

test('finds a refused variant whatever its case, as a whole word only', () => {
  const terms = [term('sign-in option', ['method'])];
  expect(found(terms, 'Method one. The method; methods and methodical.')).toEqual(['Method', 'method']);
});

test('matches case-sensitive variants exactly', () => {
  const terms = [term('CED', ['DEC'], { caseSensitive: true }), term('GCKey', ['Gckey'], { caseSensitive: true })];
  expect(found(terms, 'The DEC portal, a Gckey, decimal, dec, GCKey.')).toEqual(['DEC', 'Gckey']);
});

test('typographic apostrophes, non-breaking spaces and line breaks do not hide a variant', () => {
  const terms = [term('code à six chiffres', ["code d'accès unique", 'code temporaire'])];
  expect(found(terms, 'Le code d’accès\u00a0unique, puis le code\ntemporaire.')).toEqual(['code d’accès\u00a0unique', 'code\ntemporaire']);
  expect(foldTypography('d’accès\u00a0unique\u202f?')).toBe("d'accès unique ?");
});

test('reports the longer variant where two overlap, once', () => {
  const terms = [term('sign-in option', ['sign-in method', 'method'])];
  expect(found(terms, 'Your sign-in method is final; so is the method.')).toEqual(['sign-in method', 'method']);
});

test('a term may match inside words when wholeWord is false', () => {
  expect(found([term('select', ['cliqu'], { wholeWord: false })], 'Cliquez ou cliquant')).toEqual(['Cliqu', 'cliqu']);
});

test('finds every kind of quote, nested ones too, and ignores an unclosed one', () => {
  const quotes = (text: string) => findQuotes(text).map((quote) => quote.text.trim());
  expect(quotes('Sélectionnez « S’inscrire », puis “Continue” and "Sign up".')).toEqual(['S’inscrire', 'Continue', 'Sign up']);
  expect(quotes('l’outil « dépannage « Je n’arrive pas » » et « ouvert')).toEqual(['dépannage « Je n’arrive pas »', 'Je n’arrive pas']);
});

test('a quote is a listed label whatever its typography or a full stop inside the marks, but case counts', () => {
  const listed = labelSets({ fr: [{ label: 'S’inscrire', source: 'seed' }], en: [{ label: 'Continue', source: 'site' }] });
  expect(isListedLabel("\u00a0S'inscrire\u00a0", listed.fr)).toBe(true);
  expect(isListedLabel('Continue.', listed.en)).toBe(true);
  expect(isListedLabel('continue', listed.en)).toBe(false);
});

test('the labels file accepts seed, site or an https source, and says what else is wanted', () => {
  expect(labelsSchema.safeParse({ fr: [{ label: 'Continuer', source: 'seed' }], en: [{ label: 'Still stuck?', source: 'site' }] }).success).toBe(true);
  const wrong = labelsSchema.safeParse({ en: [{ label: 'Register', source: 'http://example.com' }] });
  expect(wrong.error?.issues[0]?.message).toContain('source is where the words come from: "seed"');
  expect(termsSchema.safeParse([{ use: '6-digit code', refuse: [] }]).error?.issues[0]?.message).toContain('refuse needs at least one variant');
});

test('the site’s terms and labels files are valid and keep their promises', () => {
  for (const lang of ['fr', 'en']) expect(termsSchema.safeParse(parse(readFileSync(`content/terms/${lang}.yaml`, 'utf8'))).error).toBeUndefined();
  const labels = labelsSchema.parse(parse(readFileSync('content/labels.yaml', 'utf8')));
  // terms.md: the only English portal labels a source gives are these two; the rest are the site's own names.
  expect(labels.en.filter((label) => label.source !== 'site').map((label) => label.label)).toEqual(['Forgot your password?', 'Forgot your username?']);
  for (const lang of ['fr', 'en'] as const) expect(labels[lang].map((label) => label.label)).toContain(STILL_STUCK[lang].heading);
});

const tree = (mdx: string) => mdxToMdast(mdx, { features: { headingAttributes: true } }) as unknown as ProseNode;

test('reads prose as units: links reduced to their text, code apart, transcripts and props marked, lines kept', () => {
  const { units, sections } = proseOf(
    tree(`Intro with [a link](/en/x/) and \`code\`.

## First {#first}

- One item
- Two
  lines

<Callout title="Note title">

Inside a callout.

</Callout>

<VideoTutorial title="Video" source={frontmatter.video}>

Narration.

</VideoTutorial>

## Second

<ContactChannels />
`),
  );
  expect(units.map((unit) => [unit.kind, unit.text])).toEqual([
    ['body', 'Intro with a link and code.'],
    ['heading', 'First'],
    ['body', 'One item'],
    ['body', 'Two\nlines'],
    ['prop', 'Note title'],
    ['body', 'Inside a callout.'],
    ['prop', 'Video'],
    ['transcript', 'Narration.'],
    ['heading', 'Second'],
  ]);
  expect(units[0]!.code).toEqual([[22, 26]]);
  expect(lineAt(units[3]!, 4)).toBe(7);
  expect(sections).toEqual([
    { title: 'First', line: 3, components: ['Callout', 'VideoTutorial'] },
    { title: 'Second', line: 21, components: ['ContactChannels'] },
  ]);
});

test('reports unlisted quotes everywhere, transcripts included, and refused terms outside transcripts, code and listed labels', () => {
  const { units } = proseOf(
    tree(`Select “Continue”, “Register” or \`six-digit code\`, then the six-digit code.

<VideoTutorial title="Video" source={frontmatter.video}>

Type the six-digit code and select “Next”.

</VideoTutorial>
`),
  );
  const rules = {
    lang: 'en' as const,
    findTerms: termFinder([term('6-digit code', ['six-digit code', 'continue'])]),
    labels: new Set(['Continue']),
    labelsFile: 'content/labels.yaml',
  };
  const problems = termAndLabelProblems('content/en/x.mdx', units, rules);
  expect(problems).toEqual([
    expect.stringMatching(/^content\/en\/x\.mdx:1: "Register" is quoted as the portal’s own words, but no source gives it: describe the action/),
    'content/en/x.mdx:1: "six-digit code" → write "6-digit code" (content/terms/en.yaml:3)',
    expect.stringMatching(/^content\/en\/x\.mdx:5: "Next" is quoted as the portal’s own words/),
  ]);
});

test('a trouble article ends with a "still stuck" section that shows the channels, and any "still stuck" section shows them', () => {
  const ending = { title: 'Still stuck?', line: 30, components: ['ContactChannels'] };
  expect(stillStuckProblems('content/en/x.mdx', 'en', 'trouble', [{ title: 'Steps', line: 14, components: [] }, ending], 40)).toEqual([]);
  expect(stillStuckProblems('content/en/x.mdx', 'en', 'trouble', [{ title: 'Steps', line: 14, components: [] }], 40)).toEqual([
    expect.stringContaining('content/en/x.mdx:14: a "trouble" article ends with a "Still stuck?" section, and this one has none'),
  ]);
  expect(stillStuckProblems('content/en/x.mdx', 'en', 'trouble', [ending, { title: 'More', line: 35, components: [] }], 40)).toEqual([
    'content/en/x.mdx:30: the "Still stuck?" section must be the last section of a "trouble" article: move it to the end.',
  ]);
  expect(
    stillStuckProblems('content/fr/x.mdx', 'fr', 'help', [{ title: 'Vous n’y arrivez toujours pas\u202f?', line: 20, components: ['Callout'] }], 30),
  ).toEqual([
    expect.stringContaining(
      'content/fr/x.mdx:20: the "Vous n’y arrivez toujours pas ?" section does not show the contact channels: add <ContactChannels /> in it',
    ),
  ]);
  expect(stillStuckProblems('content/en/x.mdx', 'en', 'help', [], 12)).toEqual([]);
  expect(stillStuckSection('en')).toBe('## Still stuck? {#still-stuck}\n\n<ContactChannels />');
});
