import { DomUtils, parseDocument } from 'htmlparser2';
import { builtHtml } from './a11y-page';

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
