/**
 * A content file's path as build errors show it: relative to the project when inside it.
 * @example sourcePath(new URL('file:///repo/content/fr/cle-gc.mdx')) // 'content/fr/cle-gc.mdx' when run from /repo
 */
export function sourcePath(fileURL: URL): string {
  const path = decodeURIComponent(fileURL.pathname);
  const cwd = `${process.cwd()}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
