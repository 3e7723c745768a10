// For its declaration of what Astro puts in satteri's `data.astro` (the frontmatter).
import type {} from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { useTranslations } from '../i18n/index';
import type { Lang } from '../i18n/locales';
import { articleLang } from '../pipeline/article-lang';
import { sectionCopyData } from '../lib/section-copy';
import { articleUrl } from '../lib/urls';

/** What the section tools of one article are built from: all of it the article's own. */
export interface SectionToolsOptions {
  lang: Lang;
  /** The article's address, root-relative: what "Copy link" copies, with the section's #id. */
  page: string;
  /** `sectionAliases` frontmatter: a former id → the current id it now lands on. */
  sectionAliases?: Readonly<Record<string, string>>;
}

/**
 * Gives every h2 and h3 of an article its section tools, as Starlight gives its headings
 * their anchor links: the heading is wrapped in `div.section-heading` beside its former ids
 * (`sectionAliases`) and a `<section-tools>` holding the anchor link, the copy buttons
 * (`<section-copy>`, shown by src/components/section-links.ts where the clipboard works) and
 * the one small button that folds them away on phones (src/components/section-tools.ts).
 * The twin's address is not written here: a Markdown render is cached until its own file
 * changes, so the page adds the twin's sections (src/components/ArticleBody.astro).
 */
function sectionTools({ lang, page, sectionAliases = {} }: SectionToolsOptions): HastPluginDefinition {
  const t = useTranslations(lang);
  const aliasesOf = new Map<string, string[]>();
  for (const [oldId, currentId] of Object.entries(sectionAliases)) aliasesOf.set(currentId, [...(aliasesOf.get(currentId) ?? []), oldId]);
  return {
    name: 'help-centre-section-tools',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties['id'];
        if (typeof id !== 'string') return;
        // Only spaces, tabs and line ends: French no-break spaces stay in the name.
        const title = ctx
          .textContent(node)
          .replace(/[ \t\r\n]+/g, ' ')
          .trim();
        // Focusable from a script, so that following a #link moves focus to the section.
        ctx.setProperty(node, 'tabIndex', -1);
        ctx.wrapNode(
          node,
          element('div', { className: ['section-heading'] }, [
            ...(aliasesOf.get(id) ?? []).map((alias) => element('span', { id: alias, className: ['alias'], dataAliasOf: id })),
            element('section-tools', { dataPagefindIgnore: true }, [
              element('button', { type: 'button', hidden: true, ariaExpanded: 'false', ariaLabel: t('sectionLink.menu', { title }), dataToolsToggle: true }, [
                LINK_ICON,
              ]),
              element('span', { className: ['tools'] }, [
                element('a', { className: ['anchor'], href: `#${id}`, ariaLabel: t('sectionLink.anchor', { title }) }, [text('#')]),
                element('section-copy', { hidden: true, ...sectionCopyData(lang, { [lang]: `${page}#${id}` }) }, [
                  element('button', { type: 'button', dataCopy: 'one', ariaLabel: t('sectionLink.copyLabel', { title }) }, [text(t('sectionLink.copy'))]),
                  element('button', { type: 'button', dataCopy: 'both', ariaLabel: t('sectionLink.copyBothLabel', { title }) }, [
                    text(t('sectionLink.copyBoth')),
                  ]),
                  element('span', { className: ['status'], role: 'status' }),
                ]),
              ]),
            ]),
          ]),
        );
      },
    },
  };
}

/**
 * The section tools of the article being compiled, from its file (content/fr/… or content/en/…)
 * and its frontmatter (`slug`, `sectionAliases`); other Markdown is left alone.
 */
export const sectionToolsPlugin: HastPluginEntry = ({ fileURL, data }) => {
  const lang = articleLang(fileURL);
  const frontmatter = data.astro?.frontmatter ?? {};
  const slug: unknown = frontmatter['slug'];
  // Without a slug the schema has already stopped the build, with a better message than this plugin could give.
  if (!lang || typeof slug !== 'string') return null;
  const aliases: unknown = frontmatter['sectionAliases'];
  return sectionTools({ lang, page: articleUrl(lang, slug), sectionAliases: isStringRecord(aliases) ? aliases : {} });
};

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((entry) => typeof entry === 'string');
}

/** Feather's "link" icon (MIT), drawn in the text colour. */
const LINK_ICON = element(
  'svg',
  {
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: '2',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    ariaHidden: 'true',
    focusable: 'false',
  },
  [
    element('path', { d: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71' }),
    element('path', { d: 'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71' }),
  ],
);
