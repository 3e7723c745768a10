import type { Lang } from '../i18n/locales';

/** What a section heading needs to know of its article to offer links to itself. */
export interface SectionContext {
  lang: Lang;
  /** The twin article, root-relative. */
  twinPath: string;
  /** This article's section ids mapped to the twin's. */
  twinSectionIds: ReadonlyMap<string, string>;
  /** Current section id → its former ids, which still land on it. */
  aliasesOf: ReadonlyMap<string, readonly string[]>;
}

/** Inverts `sectionAliases` frontmatter (old id → current id) into current id → old ids. */
export function aliasesByTarget(sectionAliases: Readonly<Record<string, string>>): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [oldId, currentId] of Object.entries(sectionAliases)) byTarget.set(currentId, [...(byTarget.get(currentId) ?? []), oldId]);
  return byTarget;
}
