import { foldWord, STOP_WORDS } from './stop-words.ts';

/** A language's query words (src/lib/query-words.ts), space-separated and folded, as its pages hand them to the search. */
export interface QueryWords {
  /** How a question is asked: question words, pronouns, auxiliaries, "can", "need", "please". Never searched. */
  filler: string;
  /** Negations: never searched, and the query is about a problem ("no invitation code", "ne … pas"). */
  negation: string;
  /** Symptoms: the query is about a problem. Not searched, unless nothing but general words is left. */
  symptom: string;
  /**
   * What every page of this help centre is about: signing in to the portal, named DEC or CED (an English client may
   * type the French name that the portal's buttons and emails show). Searched only when nothing else is said; a
   * problem query made of these words only ("I can't log in", "je ne peux pas me connecter") is a general one,
   * answered by the pages whose keywords name that very symptom (the contact page's "can't sign in").
   */
  general: string;
}

/** Words the search may correct when its index does not know them: four letters or more ("QR", "IE" and "2FA" have too many neighbours), no digit. */
export function correctable(word: string): boolean {
  const folded = foldWord(word);
  return folded.length >= 4 && !/\d/.test(folded);
}

/** A lone elided letter ("nom d utilisateur"), which Pagefind indexes glued to its word ("d’utilisateur", "dutilisateur"). */
const ELIDED = /^(?:[cdjlmnst]|qu)$/i;

/** A query as the search reads it. */
export interface Query {
  /** What Pagefind is asked for: the words that say what the query is about, as typed. */
  words: string[];
  /** Whether the query is about a problem: it has a negation or a symptom. */
  problem: boolean;
  /** Whether it names nothing but signing in ("I can't log in"): a problem in general, not one of something. */
  general: boolean;
}

/**
 * The query's words, as typed, with their punctuation trimmed and an elided letter left alone by the typist
 * joined again to its word ("d utilisateur" → "d’utilisateur", as the articles write and Pagefind indexes it).
 * @example queryTokens('nom d utilisateur ?') // ['nom', 'd’utilisateur']
 */
export function queryTokens(query: string): string[] {
  const tokens: string[] = [];
  for (const raw of query.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '').replace(/['’]$/, '');
    if (!token) continue;
    const previous = tokens.at(-1);
    if (previous !== undefined && ELIDED.test(previous)) tokens[tokens.length - 1] = `${previous}’${token}`;
    else tokens.push(token);
  }
  return tokens;
}

/**
 * Reads a query. Question words, pronouns, auxiliaries, negations and symptoms do not say what it is
 * about, nor do grammatical words (Pagefind reads every word as the start of a word: "de" matched "deux"
 * and "devez", raised every page alike, and fetched an index chunk of its own), nor what every page is
 * about (signing in to the portal) when something else is said; what remains does. A problem query that
 * names nothing but signing in keeps its symptoms: the pages written for that symptom answer it. When
 * nothing remains, the query's own words are searched.
 * @example readQuery('pourquoi mon code ne fonctionne pas', QUERY_WORDS.fr) // { words: ['code'], problem: true, general: false }
 * @example readQuery('I can’t log in', QUERY_WORDS.en) // { words: ['can’t', 'log'], problem: true, general: true }
 */
export function readQuery(query: string, lists: QueryWords): Query {
  const tokens = queryTokens(query);
  const kinds = Object.keys(lists) as (keyof QueryWords)[];
  const kindOf = (token: string) => {
    const folded = foldWord(token);
    return kinds.find((kind) => lists[kind].split(' ').includes(folded)) ?? (STOP_WORDS.has(folded) ? 'stop' : 'word');
  };
  const of = (kind: ReturnType<typeof kindOf>) => tokens.filter((token) => kindOf(token) === kind);
  const words = of('word');
  const problem = of('negation').length + of('symptom').length > 0;
  if (words.length > 0) return { words, problem, general: false };
  const general = [...(problem ? of('symptom') : []), ...of('general')];
  return { words: general.length > 0 ? general : tokens, problem, general: true };
}
