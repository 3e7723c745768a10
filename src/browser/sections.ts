// The page's sections as its scripts see them: the language toggle, the section links and the feedback form.
import { readingSection } from '../lib/reading-section';

/**
 * The element an address's #fragment names; a section's former id (an alias, `data-alias-of`) leads to the
 * heading it moved to.
 */
export function fragmentTarget(hash: string): HTMLElement | null {
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  const aliasOf = target?.dataset['aliasOf'];
  return aliasOf ? document.getElementById(aliasOf) : target;
}

/** The section the reader is reading now (src/lib/reading-section.ts), among `ids`; the address's #fragment counts while on screen. */
export function sectionInView(ids: Iterable<string>): string | undefined {
  const headings = [...ids].flatMap((id) => {
    const heading = document.getElementById(id);
    return heading ? [{ id, top: heading.getBoundingClientRect().top }] : [];
  });
  return readingSection(headings, fragmentTarget(location.hash)?.id ?? '', innerHeight);
}
