import { correctable, queryTokens } from './query.ts';
import { foldWord } from './stop-words.ts';

/**
 * Spelling correction from the index's own words (Pagefind has none: Pagefind/pagefind#756).
 * The build lists the words each language's articles contain (`vocabulary`, written by first
 * letter to `words/` in the language's search bundle); a page fetches the shards it needs only
 * when a query has a word its index does not know, and corrects that word to the nearest known one.
 */

/** From this length on, a word may be two edits away from the one meant; shorter ones, one. */
const LONG_WORD = 8;

/** The words of a text as the list keeps them: letters only, split at apostrophes and hyphens, three letters or more. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 3);
}

/**
 * The words of some texts, most frequent first, each in its most frequent written form (accents kept),
 * and once: words that differ only by accents are one word.
 * @example vocabulary(['Mot de passe oublié', 'oublié, oublie']) // ['oublié', 'mot', 'passe']
 */
export function vocabulary(texts: Iterable<string>): string[] {
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      const key = foldWord(word);
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
  return [...forms.values()]
    .map((counts) => ({ word: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0], count: total(counts) }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .map(({ word }) => word);
}

/**
 * The shard of a language's word list that holds a word: its first letter, folded (`_` for any other). The page
 * fetches only the shards of the words a query needs, so a typo costs a few hundred bytes here and a few kilobytes
 * for thousands of articles, where the whole list would be 5 kB and 150 kB. The first letter is taken as typed:
 * typing mistakes seldom fall on it, and a correction never changes it.
 * @example wordShard('Éviter') // 'e'
 */
export function wordShard(word: string): string {
  const first = foldWord(word)[0] ?? '';
  return first >= 'a' && first <= 'z' ? first : '_';
}

/**
 * The files a language's bundle publishes, by shard (`wordShard`): its own words, most frequent first, then after an
 * empty line the other language's words it lacks, which are never corrected (the search offers the other language's
 * pages for them) and never offered as corrections.
 * @example wordListFiles(['mot', 'passe'], ['password']).get('p') // 'passe\n\npassword\n'
 */
export function wordListFiles(own: readonly string[], other: readonly string[]): Map<string, string> {
  const known = new Set(own.map(foldWord));
  const otherOnly = other.filter((word) => !known.has(foldWord(word)));
  // Every shard, even empty: a page never asks for one that is not there.
  return new Map(
    [...'abcdefghijklmnopqrstuvwxyz_'].map((shard) => {
      const of = (words: readonly string[]) => words.filter((word) => wordShard(word) === shard).join('\n');
      return [shard, `${of(own)}\n\n${of(otherOnly)}\n`];
    }),
  );
}

/** A language's word list, as the page reads it: the shards it fetched. */
export interface WordList {
  /** This language's words, most frequent first, by their folded form. */
  own: Map<string, string>;
  /** Words known in either language, folded. */
  known: Set<string>;
}

/** Reads shards of `wordListFiles`, as one list. */
export function parseWordList(...texts: string[]): WordList {
  const list: WordList = { own: new Map(), known: new Set() };
  for (const text of texts) {
    const [own = '', other = ''] = text.split('\n\n');
    for (const word of own.split('\n').filter(Boolean)) list.own.set(foldWord(word), word);
    for (const word of [...own.split('\n'), ...other.split('\n')].filter(Boolean)) list.known.add(foldWord(word));
  }
  return list;
}

/**
 * Edits between two words (optimal string alignment: a letter added, dropped or changed, or two
 * neighbours swapped, count one each), or `max + 1` as soon as it is sure to exceed `max`.
 * @example editDistance('pasword', 'password', 2) // 1
 * @example editDistance('brwoser', 'browser', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
      current.push(cost);
      best = Math.min(best, cost);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/**
 * The nearest word of the list to a word it does not know: one edit away, or two for a long word;
 * the most frequent among the nearest. Null when the word is known in either language, too short,
 * has a digit, or has no neighbour.
 * @example nearestWord('pasword', parseWordList('password\n\n')) // 'password'
 */
export function nearestWord(word: string, list: WordList): string | null {
  const folded = foldWord(word);
  if (!correctable(word) || list.known.has(folded)) return null;
  const max = folded.length >= LONG_WORD ? 2 : 1;
  let found: string | null = null;
  let distance = max + 1;
  for (const [key, display] of list.own) {
    const edits = editDistance(folded, key, Math.min(max, distance - 1));
    if (edits < distance) [found, distance] = [display, edits];
    if (distance === 1) break;
  }
  return found;
}

/**
 * The query with each word the index does not know (`unknown`) corrected, and its other words shown with
 * their accents; null when no word changed. Elided letters stay with their word ("d’utilisateur").
 * @example correctQuery('mot de pase oublie', new Set(['pase']), parseWordList('passe\noublié\n\n')) // 'mot de passe oublié'
 */
export function correctQuery(query: string, unknown: ReadonlySet<string>, list: WordList): string | null {
  let changed = false;
  const words = queryTokens(query).map((token) => {
    const [, elision = '', word = token] = /^((?:[cdjlmnst]|qu)[’'])?(.+)$/iu.exec(token) ?? [];
    const nearest = unknown.has(token) ? nearestWord(word, list) : null;
    if (nearest) changed = true;
    const shown = nearest ?? list.own.get(foldWord(word));
    // Accents restored ("oublie" → "oublié"), never a word changed that the reader spelled as the list does.
    return shown && shown !== word.toLowerCase() && foldWord(shown) === foldWord(word) ? elision + shown : nearest ? elision + nearest : token;
  });
  return changed ? words.join(' ') : null;
}
