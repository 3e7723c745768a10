import type { MarkdownHeading } from 'astro';

/** The headings a section link can point to. */
export function linkableSections(headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

/**
 * Pairs the sections of two twins by position: the French and English versions
 * of an article have the same h2/h3 outline, so the n-th section of one is the
 * n-th of the other. Returns the id pairs, or a message saying where they part.
 * @example pairSections(fr, en).pairs // [['regles-mot-de-passe', 'password-rules'], …]
 */
export function pairSections(
  a: { file: string; headings: readonly MarkdownHeading[] },
  b: { file: string; headings: readonly MarkdownHeading[] },
): { pairs: [string, string][]; problem?: string } {
  const left = linkableSections(a.headings);
  const right = linkableSections(b.headings);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const x = left[index];
    const y = right[index];
    if (!x || !y || x.depth !== y.depth) {
      const describe = (heading: MarkdownHeading | undefined) => (heading ? `h${heading.depth} "${heading.text}" (#${heading.slug})` : 'nothing');
      return {
        pairs: [],
        problem: `${a.file} and its twin ${b.file} differ at section ${index + 1}: ${describe(x)} against ${describe(y)}. Twins need the same "##"/"###" outline, in the same order, so that section links can switch language; add or remove the missing section.`,
      };
    }
  }
  return { pairs: left.map((heading, index): [string, string] => [heading.slug, right[index]!.slug]) };
}
