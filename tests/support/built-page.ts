import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { OUT_DIR } from '../../src/pipeline/site-config';

/** A path the server answers with the bilingual not-found page (it is not in the sitemap). */
export const NOT_FOUND_PATH = '/fr/page-introuvable/';

/** The built HTML of a page path, read from the build output. */
export function builtHtml(path: string): string {
  const file = path === NOT_FOUND_PATH ? join(OUT_DIR, '404.html') : join(OUT_DIR, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path}: no built file at ${file}; run npm run build first`);
  return readFileSync(file, 'utf8');
}

type Document = ReturnType<typeof parseDocument>;
type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/** A built page read from disk, with the few lookups the no-browser checks need. */
export interface BuiltPage {
  path: string;
  document: Document;
  /** Every element matching the test, in document order. */
  all(test: (element: Element) => boolean): Element[];
  /** The first element matching the test. */
  one(test: (element: Element) => boolean): Element | null;
  /** The text of an element, whitespace collapsed. */
  text(element: Element): string;
}

/** Parses the built file of a page path (see `builtHtml`). */
export function readBuiltPage(path: string): BuiltPage {
  const document = parseDocument(builtHtml(path));
  return {
    path,
    document,
    all: (test) => DomUtils.findAll(test, document.children),
    one: (test) => DomUtils.findOne(test, document.children),
    text: (element) => DomUtils.textContent(element).replace(/\s+/g, ' ').trim(),
  };
}
