import type { ParsedPage } from './html-checks';

/** Every published URL with the ids of its sections: the links support agents may have sent. */
export type LinkLock = Record<string, string[]>;

/** The lock as the current build would write it: every page but redirects and the 404 page. */
export function currentLinks(pages: ReadonlyMap<string, ParsedPage>): LinkLock {
  const lock: LinkLock = {};
  for (const page of [...pages.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (page.redirectTo || page.path === '/404.html') continue;
    lock[page.path] = [...page.sectionIds].sort();
  }
  return lock;
}

/**
 * Compares the published links recorded in the lock with the build: a link
 * that no longer lands anywhere is an error, and so is a new one not yet
 * recorded, so that every change to the set of links is seen in review.
 */
export function checkLinkLock(lock: LinkLock, pages: ReadonlyMap<string, ParsedPage>, lockFile: string): string[] {
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
        problems.push(
          `${path}#${id} was published (${lockFile}) and that section no longer exists on ${landing.path}. If it was renamed or merged, add "sectionAliases: { ${id}: <its new id> }" to the article's frontmatter, ${accept}.`,
        );
      }
    }
  }
  for (const [path, ids] of Object.entries(currentLinks(pages))) {
    const locked = lock[path];
    const added = locked ? ids.filter((id) => !locked.includes(id)) : ids;
    if (!locked || added.length > 0) {
      const what = locked ? `has new sections ${added.map((id) => `#${id}`).join(', ')}` : 'is a new page';
      problems.push(
        `${path} ${what}, not yet recorded in ${lockFile}. Check the ids are the ones you want to keep for good, then run "npm run links:accept" and commit ${lockFile}.`,
      );
    }
  }
  return problems;
}
