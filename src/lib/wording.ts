import type { Lang } from '../i18n/locales.ts';
import { findQuotes, isListedLabel, labelMessage } from './labels.ts';
import { lineAt, type ProseUnit } from './prose.ts';
import { termMessage, type TermMatch } from './terms.ts';

/** What the terms and labels rules of one language need. */
export interface WordingRules {
  lang: Lang;
  /** Finds refused variants (src/lib/terms.ts, `termFinder`). */
  findTerms: (text: string) => TermMatch[];
  /** The labels an article may quote (src/lib/labels.ts, `labelSets`). */
  labels: ReadonlySet<string>;
  /** The labels file, as messages name it. */
  labelsFile: string;
}

const inside = (ranges: readonly [number, number][], start: number, end: number) => ranges.some(([from, to]) => start < to && end > from);

/**
 * The terms and quoted-labels problems of an article's prose, each as "file:line: message".
 * Every quote in prose, headings, title, description and transcripts must be a listed label.
 * Refused variants are looked for everywhere but in transcripts (which quote the narration),
 * in code, and inside a quoted label that the labels file lists.
 */
export function termAndLabelProblems(file: string, units: readonly ProseUnit[], rules: WordingRules): string[] {
  const problems: string[] = [];
  for (const unit of units) {
    const allowed: [number, number][] = [...unit.code];
    if (unit.kind !== 'prop') {
      for (const quote of findQuotes(unit.text)) {
        if (inside(unit.code, quote.start - 1, quote.start) || quote.text.trim() === '') continue;
        if (isListedLabel(quote.text, rules.labels)) allowed.push([quote.start, quote.end]);
        else problems.push(labelMessage(`${file}:${lineAt(unit, quote.start)}`, quote.text, rules.lang, rules.labelsFile));
      }
    }
    if (unit.kind === 'transcript') continue;
    for (const match of rules.findTerms(unit.text)) {
      if (!inside(allowed, match.start, match.end)) problems.push(termMessage(`${file}:${lineAt(unit, match.start)}`, match));
    }
  }
  return problems;
}
