import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * The URL path a built file is served at.
 * @example pagePath('fr/navigateurs/index.html') // '/fr/navigateurs/'
 */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file a root-relative URL path is answered with, if any. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const bare = decodeURIComponent(path).replace(/^\//, '');
  const candidates = bare === '' || bare.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}/index.html`, `${bare}.html`];
  return candidates.find((candidate) => files.has(candidate));
}
