/** A section heading of the page: its id and where its top is, in viewport pixels. */
export interface HeadingPosition {
  id: string;
  top: number;
}

/** The reader is taken to be reading the section whose heading sits above this fraction of the window. */
const READING_LINE = 0.25;

/**
 * The section a reader is reading, for a language toggle that keeps it: the
 * `#section` of the address while its heading is on screen (a followed link,
 * even near the end of a page, which cannot scroll it to the top), else the
 * last heading scrolled above the reading line; none above the first.
 * @example readingSection([{ id: 'a', top: -300 }, { id: 'b', top: 900 }], '', 800) // 'a'
 */
export function readingSection(headings: readonly HeadingPosition[], hash: string, viewportHeight: number): string | undefined {
  const named = headings.find((heading) => heading.id === hash);
  if (named && named.top >= 0 && named.top < viewportHeight) return named.id;
  return headings.filter((heading) => heading.top <= viewportHeight * READING_LINE).sort((a, b) => b.top - a.top)[0]?.id;
}
