import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { isLang, LANGUAGE_NAMES } from '../i18n/locales';
import { fileForPath, listFiles, pagePath } from './site-files';

/** Link texts that say nothing out of context, in either language. */
const VAGUE_LINK_TEXT = /^(cliquez ici|cliquer ici|ici|click here|here|lien|link|en savoir plus|plus|read more|more)$/i;

export interface PageLink {
  href: string;
  text: string;
  /** The language the link is announced in: its own lang or hreflang, else the nearest ancestor's. */
  lang: string | undefined;
  hreflang: string | undefined;
}

export interface ParsedPage {
  path: string;
  lang: string | undefined;
  ids: Set<string>;
  links: PageLink[];
  imagesWithoutAlt: string[];
  /** Files the page embeds: images, video sources, caption tracks. */
  media: string[];
  /** Ids of the h2 and h3 headings: the sections a link may point to. */
  sectionIds: string[];
  /** Where a redirect page sends its visitors (meta refresh), if it is one. */
  redirectTo: string | undefined;
  /** Whether it is an article: the page that marks its content for search (`data-pagefind-body`). */
  isArticle: boolean;
}

/** Reads what the checks need from one built page, in one streaming pass. */
function parsePage(path: string, html: string): ParsedPage {
  const page: ParsedPage = {
    path,
    lang: undefined,
    ids: new Set(),
    links: [],
    imagesWithoutAlt: [],
    media: [],
    sectionIds: [],
    redirectTo: undefined,
    isArticle: false,
  };
  const langStack: (string | undefined)[] = [];
  let openLink: PageLink | undefined;
  let ariaLabel: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const lang = attributes['lang'] ?? langStack.at(-1);
        langStack.push(lang);
        if (name === 'html') page.lang = attributes['lang'];
        if (attributes['id'] !== undefined) page.ids.add(attributes['id']);
        if (attributes['data-pagefind-body'] !== undefined) page.isArticle = true;
        if (name === 'a' && attributes['name'] !== undefined) page.ids.add(attributes['name']);
        if (name === 'img' && !attributes['alt']?.trim() && attributes['aria-hidden'] !== 'true' && attributes['role'] !== 'presentation') {
          page.imagesWithoutAlt.push(attributes['src'] ?? '(no src)');
        }
        if (['img', 'source', 'track', 'video'].includes(name) && attributes['src']) page.media.push(attributes['src']);
        if ((name === 'h2' || name === 'h3') && attributes['id']) page.sectionIds.push(attributes['id']);
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh')
          page.redirectTo = /url=(.+)$/i.exec(attributes['content'] ?? '')?.[1]?.trim();
        if (name === 'a' && attributes['href'] !== undefined) {
          openLink = { href: attributes['href'], text: '', lang, hreflang: attributes['hreflang'] };
          ariaLabel = attributes['aria-label'];
        }
      },
      ontext(text) {
        if (openLink) openLink.text += text;
      },
      onclosetag(name) {
        langStack.pop();
        if (name === 'a' && openLink) {
          page.links.push({ ...openLink, text: (ariaLabel ?? openLink.text).replace(/\s+/g, ' ').trim() });
          openLink = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  // The parser hands out slices of the page's HTML, and a slice keeps the whole string alive:
  // a deep copy lets each page's HTML be freed once it is read (about 270 MB at 4 000 pages).
  return structuredClone(page);
}

export interface Problem {
  /** The page the problem was found on. */
  page: string;
  message: string;
  /** What to search for in the source to find the line. */
  needle?: string;
}

/**
 * Checks the built site as a visitor meets it: every internal link and
 * `#fragment` resolves, images have alt text, link text means something,
 * and a link to the other language says so (hreflang).
 */
export function checkBuiltSite(outDir: string): { pages: Map<string, ParsedPage>; problems: Problem[] } {
  const files = new Set(listFiles(outDir));
  const pages = new Map<string, ParsedPage>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const path = pagePath(file);
    pages.set(path, parsePage(path, readFileSync(join(outDir, file), 'utf8')));
  }

  const problems: Problem[] = [];
  for (const page of pages.values()) {
    if (!page.lang) problems.push({ page: page.path, message: 'the page has no <html lang>.' });
    for (const src of page.imagesWithoutAlt) {
      problems.push({
        page: page.path,
        needle: src,
        message: `the image "${src}" has no alt text. Describe what it shows: ![What the image shows](${src}).`,
      });
    }
    for (const src of page.media) {
      if (isExternal(src) || src.startsWith('data:')) continue;
      if (!fileForPath(new URL(src, `http://site${page.path}`).pathname, files)) {
        problems.push({ page: page.path, needle: src, message: `the file "${src}" does not exist. Put it under public/ at that path, or fix the address.` });
      }
    }
    for (const link of page.links) {
      const problem = checkLink(page, link, files, pages);
      if (problem) problems.push({ page: page.path, needle: link.href, message: problem });
    }
  }
  return { pages, problems };
}

function checkLink(page: ParsedPage, link: PageLink, files: ReadonlySet<string>, pages: ReadonlyMap<string, ParsedPage>): string | undefined {
  if (VAGUE_LINK_TEXT.test(link.text)) {
    return `the link to "${link.href}" says only "${link.text}". Link text must say where it goes, e.g. [Supported browsers](…).`;
  }
  if (isExternal(link.href)) return undefined;
  const url = new URL(link.href, `http://site${page.path}`);
  const target = url.pathname === page.path ? page : pageAt(url.pathname, files, pages);
  if (!target) {
    if (fileForPath(url.pathname, files)) return undefined; // a file such as a video or the sitemap
    return `the link "${link.href}" points to ${url.pathname}, which does not exist. Fix the address, or create the page it should lead to.`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !target.ids.has(fragment)) {
    return `the link "${link.href}" points to the section #${fragment}, which ${target.path} does not have. Use one of its heading ids (see its "On this page" list).`;
  }
  const targetLang = target.path.split('/')[1];
  if (isLang(targetLang) && link.lang !== targetLang && link.hreflang !== targetLang) {
    return `the link "${link.href}" leads to a page in ${languageName(targetLang)} from text in ${languageName(link.lang)}. Link to the page in the same language, or say so: add hreflang="${targetLang}" and mention the language in the link text.`;
  }
  return undefined;
}

/** Another site, or another scheme such as mailto: and tel:. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

function pageAt(path: string, files: ReadonlySet<string>, pages: ReadonlyMap<string, ParsedPage>): ParsedPage | undefined {
  const file = fileForPath(path, files);
  return file?.endsWith('.html') ? pages.get(pagePath(file)) : undefined;
}

function languageName(lang: string | undefined): string {
  return isLang(lang) ? LANGUAGE_NAMES[lang] : 'an unmarked language';
}
