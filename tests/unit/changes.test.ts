import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument, parseFeed } from 'htmlparser2';
import { changeEntries, changesFeed, checkChanges, type ChangeSource } from '../../src/lib/changes';

const headings = [
  { depth: 2, slug: 'regles-mot-de-passe', text: 'Règles du mot de passe' },
  { depth: 2, slug: 'aide', text: 'Aide' },
];

function article(overrides: Partial<ChangeSource['entry']['data']> = {}, slug = 'cle-gc'): ChangeSource {
  return {
    lang: 'fr',
    file: `content/fr/${slug}.mdx`,
    slug,
    headings,
    entry: {
      data: {
        title: 'Créer une CléGC',
        dateModified: new Date('2026-03-02'),
        changes: [
          { date: '2025-10-27', summary: 'Publication' },
          { date: '2026-03-02', sectionId: 'regles-mdp', summary: 'Le mot de passe compte maintenant 12 caractères : au moins.' },
        ],
        sectionAliases: { 'regles-mdp': 'regles-mot-de-passe' },
        ...overrides,
      },
    },
  };
}

test('accepts changes whose newest entry carries dateModified and whose sections exist, former ids included', () => {
  expect(checkChanges([article()])).toEqual([]);
});

test('refuses a dateModified that moved without a line saying what changed, naming the file, the field and the fix', () => {
  const [problem] = checkChanges([article({ dateModified: new Date('2026-04-15') })]);
  expect(problem).toContain('content/fr/cle-gc.mdx: dateModified is 2026-04-15 but the newest entry of "changes" is dated 2026-03-02');
  expect(problem).toContain('"- { date: 2026-04-15, sectionId: <the section’s id, if one>, summary: <one line of what changed> }"');
});

test('refuses a sectionId the article does not have, listing the ones it has', () => {
  const [problem] = checkChanges([article({ changes: [{ date: '2026-03-02', sectionId: 'disparue', summary: 'Texte revu' }] })]);
  expect(problem).toContain('names sectionId "disparue", which this article does not have. Use one of regles-mot-de-passe, aide');
});

test('refuses two lines for the same section on the same day', () => {
  const changes = [
    { date: '2026-03-02', summary: 'Une chose' },
    { date: '2026-03-02', summary: 'Une autre' },
  ];
  expect(checkChanges([article({ changes })])).toEqual([expect.stringContaining('two entries dated 2026-03-02 for the whole article; write them as one line')]);
});

test('lists every change newest first, with its section link through sectionAliases and French spacing', () => {
  const entries = changeEntries([
    article({}, 'a'),
    article({ changes: [{ date: '2026-01-10', summary: 'Autre' }], dateModified: new Date('2026-01-10') }, 'b'),
  ]);
  expect(entries.map((entry) => `${entry.date} ${entry.article.url}`)).toEqual(['2026-03-02 /fr/a/', '2026-01-10 /fr/b/', '2025-10-27 /fr/a/']);
  expect(entries[0]!.section).toEqual({ id: 'regles-mot-de-passe', title: 'Règles du mot de passe', url: '/fr/a/#regles-mot-de-passe' });
  expect(entries[0]!.summary).toBe('Le mot de passe compte maintenant 12 caractères\u00a0: au moins.');
  expect(entries[2]!.section).toBeUndefined();
});

test('the feed is Atom with absolute URLs on the site, stable entry ids, and plain text kept plain', () => {
  const entries = changeEntries([article({ title: 'Codes <b> & clés' })]);
  const details = {
    site: new URL('https://aide.example'),
    title: 'Modifications récentes',
    description: 'Les changements.',
    author: 'DEC',
    pageUrl: '/fr/modifications/',
    feedUrl: '/fr/modifications.xml',
  };
  const xml = changesFeed(details, entries);
  expect(changesFeed(details, entries)).toBe(xml);
  const feed = parseFeed(xml, { xmlMode: true })!;
  expect(feed.type).toBe('atom');
  expect(feed.items.map((item) => item.link)).toEqual(['https://aide.example/fr/cle-gc/#regles-mot-de-passe', 'https://aide.example/fr/cle-gc/']);
  const document = parseDocument(xml, { xmlMode: true });
  const root = DomUtils.findOne((node) => node.name === 'feed', document.children)!;
  expect(root.attribs['xmlns']).toBe('http://www.w3.org/2005/Atom');
  const child = (name: string) => DomUtils.getElementsByTagName(name, root.children, false)[0];
  expect(DomUtils.textContent(child('id')!)).toBe('https://aide.example/fr/modifications/');
  expect(DomUtils.textContent(child('updated')!)).toBe('2026-03-02T00:00:00.000Z');
  expect(DomUtils.getElementsByTagName('link', root.children, false).map((link) => `${link.attribs['rel']} ${link.attribs['href']}`)).toContain(
    'self https://aide.example/fr/modifications.xml',
  );
  const ids = DomUtils.getElementsByTagName('entry', root.children, false).map((entry) => DomUtils.textContent(DomUtils.getElementsByTagName('id', entry)[0]!));
  expect(ids).toEqual(['tag:aide.example,2026-03-02:/fr/cle-gc/#regles-mot-de-passe', 'tag:aide.example,2025-10-27:/fr/cle-gc/']);
  expect(feed.items[1]!.title).toBe('Codes &lt;b&gt; &amp; clés');
});
