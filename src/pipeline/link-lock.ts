import { count, listed } from '../lib/summary';
import type { ParsedPage } from './html-checks';

/** Every published URL with the ids of its sections: the links support agents may have sent. */
export type LinkLock = Record<string, string[]>;

/** The lock as the current build would write it: every page but redirects and the 404 page. */
export function currentLinks(pages: ReadonlyMap<string, ParsedPage>): LinkLock {
  const lock: LinkLock = {};
  for (const page of pages.values()) {
    if (page.redirectTo || page.path === '/404.html') continue;
    lock[page.path] = [...page.sectionIds];
  }
  return lock;
}

/**
 * The lock file's text: pages in URL order, one line each with its ids sorted, so that
 * a diff shows exactly the pages whose links changed and nothing else moves.
 */
export function formatLinkLock(lock: LinkLock): string {
  const lines = Object.keys(lock)
    .sort()
    .map((path) => `  ${JSON.stringify(path)}: ${JSON.stringify([...new Set(lock[path])].sort())}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export interface LinkLockCheck {
  /** Published links that no longer land: each fails the build. */
  problems: string[];
  /** New pages and sections ("/fr/x/" or "/fr/x/#id"): a new link breaks nothing, and waits for `npm run links:accept`. */
  added: string[];
}

/**
 * Compares the published links recorded in the lock with the build: a link that no
 * longer lands anywhere is an error, unless the change is accepted (`npm run links:accept`);
 * new pages and sections are not, and `links:accept` records them so that the lock's diff shows them in review.
 */
export function checkLinkLock(lock: LinkLock, pages: ReadonlyMap<string, ParsedPage>, lockFile: string): LinkLockCheck {
  const problems: string[] = [];
  const accept = `or, if the change is deliberate, run "npm run links:accept" and commit ${lockFile}`;
  for (const [path, ids] of Object.entries(lock)) {
    const page = pages.get(path);
    const landing = page?.redirectTo ? pages.get(new URL(page.redirectTo, 'http://site').pathname) : page;
    if (!landing) {
      problems.push(
        `${path} was published (${lockFile}) and no longer exists. If the article moved, add its old slug to "previousSlugs" in its new file, ${accept}.`,
      );
      continue;
    }
    for (const id of ids) {
      if (!landing.ids.has(id)) {
        const keep = landing.isArticle
          ? `If it was renamed or merged, add "sectionAliases: { ${id}: <its new id> }" to the article's frontmatter`
          : `This page is made by the site's code, not by an article: give its heading the id ${id} again`;
        problems.push(`${path}#${id} was published (${lockFile}) and that section no longer exists on ${landing.path}. ${keep}, ${accept}.`);
      }
    }
  }
  const added: string[] = [];
  for (const [path, ids] of Object.entries(currentLinks(pages))) {
    const locked = lock[path];
    if (!locked) added.push(path);
    added.push(...ids.filter((id) => !locked?.includes(id)).map((id) => `${path}#${id}`));
  }
  return { problems, added };
}

/** The build's one line about new links, however many. */
export function pendingLinks(added: readonly string[], lockFile: string): string {
  return `${count(added.length, 'new page or section is', 'new pages and sections are')} not in ${lockFile} yet (${listed(added)}): run npm run links:accept and commit it.`;
}
