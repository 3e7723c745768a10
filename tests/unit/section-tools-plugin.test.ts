import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { useTranslations, type Lang } from '../../src/i18n';
import { HAST_PLUGINS as hastPlugins } from '../../src/integrations/markdown';
import { MARKDOWN_FEATURES as features } from '../../src/pipeline/markdown-features';
import { CONTENT_DIR } from '../../src/pipeline/site-config';

// The article pipeline as the build sets it up (src/integrations/markdown.ts).

function compile(lang: Lang, markdown: string, frontmatter: Record<string, unknown> = {}, file = `${lang}/essai.md`) {
  const fileURL = pathToFileURL(resolve(CONTENT_DIR, file));
  return markdownToHtml(markdown, {
    hastPlugins,
    features,
    fileURL,
    data: { astro: { frontmatter: { slug: 'essai', ...frontmatter }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
}

/** The accessible names a heading's tools give, read back from the HTML as a browser would decode them. */
function toolsOf(html: string, id: string) {
  const dom = parseDocument(html);
  const heading = DomUtils.findOne((node) => node.attribs['id'] === id, dom.children)!;
  const wrapper = heading.parent as typeof heading;
  const label = (test: (attribs: Record<string, string>) => boolean) => DomUtils.findOne((node) => test(node.attribs), [wrapper])?.attribs['aria-label'];
  return {
    title: DomUtils.textContent(heading),
    wrapper: wrapper.attribs['class'],
    anchor: label((attribs) => attribs['href'] === `#${id}`),
    copy: label((attribs) => attribs['data-copy'] === 'one'),
    copyBoth: label((attribs) => attribs['data-copy'] === 'both'),
    menu: label((attribs) => 'data-tools-toggle' in attribs),
    aliases: DomUtils.findAll((node) => 'data-alias-of' in node.attribs, [wrapper]).map((node) => `${node.attribs['id']} → ${node.attribs['data-alias-of']}`),
    links: DomUtils.findOne((node) => node.name === 'section-copy', [wrapper])!.attribs,
  };
}

for (const { lang, markdown, title } of [
  {
    lang: 'fr',
    markdown: '## Questions & réponses : « 2 < 3 » et "vrai" {#questions}\n\nTexte.\n',
    title: 'Questions & réponses\u00a0: «\u00a02 < 3\u00a0» et “vrai”',
  },
  { lang: 'en', markdown: '## Questions & answers: 2 < 3, "true" and café {#questions}\n\nText.\n', title: 'Questions & answers: 2 < 3, “true” and café' },
] as const) {
  test(`${lang}: a heading with &, <, quotes and an accented letter names its anchor and copy buttons with its exact text`, async () => {
    const { html } = await compile(lang, markdown);
    const t = useTranslations(lang);
    expect(html).not.toContain('&amp;amp;');
    expect(toolsOf(html, 'questions')).toMatchObject({
      title,
      wrapper: 'section-heading',
      anchor: t('sectionLink.anchor', { title }),
      copy: t('sectionLink.copyLabel', { title }),
      copyBoth: t('sectionLink.copyBothLabel', { title }),
      menu: t('sectionLink.menu', { title }),
    });
  });
}

test('writes the page’s own section link, leaving the twin’s to the page', async () => {
  const { html } = await compile('en', '## Password rules {#password-rules}\n', { slug: 'gckey' });
  const { links } = toolsOf(html, 'password-rules');
  expect(links['data-en']).toBe('/en/gckey/#password-rules');
  expect(links['data-own-lang']).toBe('en');
  expect(links['data-fr']).toBeUndefined();
});

test('gives each h2 and h3 its tools, and each section its former ids from sectionAliases', async () => {
  const { html } = await compile('fr', '## Règles {#regles}\n\n### Exemple {#exemple}\n\n#### Détail\n', {
    sectionAliases: { 'anciennes-regles': 'regles', vieux: 'regles' },
  });
  expect(toolsOf(html, 'regles').aliases).toEqual(['anciennes-regles → regles', 'vieux → regles']);
  expect(toolsOf(html, 'exemple')).toMatchObject({ wrapper: 'section-heading', aliases: [] });
  expect(html).toContain('<h4>Détail</h4>');
});

test('leaves Markdown outside the article folders alone', async () => {
  const { html } = await compile('fr', '## Règles {#regles}\n', {}, '../README.md');
  expect(html.trim()).toBe('<h2 id="regles">Règles</h2>');
});
