import type { Lang } from '../i18n/locales.ts';
import type { Topic } from './article-schema.ts';
import type { ProseSection } from './prose.ts';
import { foldTypography } from './terms.ts';

/** The "still stuck" ending of an article: its heading (with the id new articles take) in each language. */
export const STILL_STUCK: Record<Lang, { heading: string; id: string }> = {
  fr: { heading: 'Vous n’y arrivez toujours pas ?', id: 'toujours-bloque' },
  en: { heading: 'Still stuck?', id: 'still-stuck' },
};

/** The component that shows DEC's contact channels, which a "still stuck" section must hold. */
export const CONTACT_COMPONENT = 'ContactChannels';

/** The topic whose articles must end with a "still stuck" section. */
const TROUBLE: Topic = 'trouble';

/** The Markdown of a "still stuck" ending, as new articles get it and messages show it. */
export const stillStuckSection = (lang: Lang) => `## ${STILL_STUCK[lang].heading} {#${STILL_STUCK[lang].id}}\n\n<${CONTACT_COMPONENT} />`;

/** A heading compared as written, typography and the space before "?" set aside. */
const comparable = (text: string) =>
  foldTypography(text)
    .replace(/ +([?!:;])/g, '$1')
    .replace(/ +/g, ' ')
    .trim()
    .toLowerCase();

/**
 * What is wrong with an article's "still stuck" ending: a trouble article must end with one,
 * and any "still stuck" section must show the contact channels (not point "above" to them).
 * @example stillStuckProblems('content/en/x.mdx', 'en', 'help', [{ title: 'Still stuck?', line: 20, components: [] }]) // ['content/en/x.mdx:20: the "Still stuck?" section does not show the contact channels…']
 */
export function stillStuckProblems(file: string, lang: Lang, topic: unknown, sections: readonly ProseSection[], lastLine: number): string[] {
  const { heading } = STILL_STUCK[lang];
  const wanted = comparable(heading);
  const problems: string[] = [];
  const endings = sections.filter((section) => comparable(section.title) === wanted);
  for (const ending of endings) {
    if (!ending.components.includes(CONTACT_COMPONENT)) {
      problems.push(
        `${file}:${ending.line}: the "${heading}" section does not show the contact channels: add <${CONTACT_COMPONENT} /> in it, even if they appear earlier on the page (on a phone, "above" is off screen).`,
      );
    }
  }
  if (topic === TROUBLE) {
    const last = sections.at(-1);
    if (endings.length === 0) {
      problems.push(
        `${file}:${last?.line ?? lastLine}: a "${TROUBLE}" article ends with a "${heading}" section, and this one has none: add, as its last section, "## ${heading} {#${STILL_STUCK[lang].id}}" with <${CONTACT_COMPONENT} /> in it (an existing section whose id is already published keeps its id: "## ${heading} {#its-id}").`,
      );
    } else if (last && !endings.includes(last)) {
      problems.push(`${file}:${endings[0]!.line}: the "${heading}" section must be the last section of a "${TROUBLE}" article: move it to the end.`);
    }
  }
  return problems;
}
