/** A section heading of the page: its id and where its top is, in viewport pixels. */
export interface HeadingPosition {
  id: string;
  top: number;
}

/** The reader is taken to be reading the section whose heading sits above this fraction of the window. */
const READING_LINE = 0.25;

/**
 * The section a reader is reading, for a language toggle that keeps it: the
 * last heading scrolled above the reading line (none above the first), or
 * the `#section` in the address while its heading is on screen further down
 * (a followed link near the end of a page, which cannot scroll to the top).
 * @example readingSection([{ id: 'a', top: -300 }, { id: 'b', top: 900 }], '', 800) // 'a'
 */
export function readingSection(headings: readonly HeadingPosition[], hash: string, viewportHeight: number): string | undefined {
  const scrolled = headings.filter((heading) => heading.top <= viewportHeight * READING_LINE).sort((a, b) => b.top - a.top)[0];
  const named = headings.find((heading) => heading.id === hash);
  if (named && named.top >= 0 && named.top < viewportHeight && (!scrolled || named.top > scrolled.top)) return named.id;
  return scrolled?.id;
}
