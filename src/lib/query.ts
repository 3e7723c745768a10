import { foldWord, STOP_WORDS } from './stop-words.ts';

/**
 * The words a query step reads, per language, in one place: people ask whole questions ("pourquoi mon code ne
 * fonctionne pas", "I can't log in"), and Pagefind, which wants every word it knows on the page, would rank the
 * page that happens to say "why", "not" and "working" (the accessibility statement). Written folded (lower case,
 * no accents, ' for ’: see `foldWord`), space-separated to keep the results script small. Both languages apply
 * to every query: clients mix them. Editors add a word here, with a row in tests/e2e/search-quality.test.ts.
 */
const WORDS = {
  /** How a question is asked: question words, pronouns, auxiliaries, "can", "need", "please". Never searched. */
  filler: {
    fr: 'comment pourquoi quoi quel quelle quels quelles quand combien est-ce suis ai avez ete peux peut puis pourrais dois doit veux voudrais faut faire fait sais moi ca svp merci bonjour',
    en: "how why what when where which who do does did i'm am were be been have has had can could should would will need want get got try please hello",
  },
  /** Negations: never searched, and the query is about a problem ("no invitation code", "ne … pas"). */
  negation: {
    fr: 'ne n pas plus jamais non aucun aucune rien',
    en: "not no never nothing don't doesn't didn't isn't wasn't won't dont doesnt didnt isnt wont",
  },
  /** A symptom: the query is about a problem. Not searched, unless nothing but general words is left (see `readQuery`). */
  symptom: {
    fr: 'bloque bloquee coince fonctionne marche arrive reussis impossible probleme erreur',
    en: "can't cant cannot unable stuck blocked locked working work works broken error problem issue fails failed",
  },
  /**
   * What every page of this help centre is about: signing in to the portal, named DEC or CED (an English client
   * may type the French name that the portal's buttons and emails show). Searched only when nothing else is
   * said; a problem query made of these words only ("I can't log in", "je ne peux pas me connecter") is a general
   * one, answered by the pages whose keywords name that very symptom (the contact page's "can't sign in").
   */
  general: {
    fr: 'connecter connexion connecte acceder acces compte espace client portail site dec ced',
    en: 'sign signin signing log login access account client space portal site dec ced',
  },
} as const;

const list = (kind: keyof typeof WORDS): ReadonlySet<string> => new Set(Object.values(WORDS[kind]).flatMap((words: string) => words.split(' ')));
const LISTS = { filler: list('filler'), negation: list('negation'), symptom: list('symptom'), general: list('general') };

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
 * @example readQuery('pourquoi mon code ne fonctionne pas') // { words: ['code'], problem: true }
 * @example readQuery('I can’t log in') // { words: ['can’t', 'log'], problem: true }
 */
export function readQuery(query: string): Query {
  const tokens = queryTokens(query);
  const words: string[] = [];
  const general: string[] = [];
  const symptoms: string[] = [];
  let problem = false;
  for (const token of tokens) {
    const folded = foldWord(token);
    if (LISTS.negation.has(folded)) problem = true;
    else if (LISTS.symptom.has(folded)) {
      problem = true;
      symptoms.push(token);
    } else if (LISTS.general.has(folded)) general.push(token);
    else if (!LISTS.filler.has(folded) && !STOP_WORDS.has(folded)) words.push(token);
  }
  if (words.length > 0) return { words, problem };
  const named = problem ? [...symptoms, ...general] : general;
  return { words: named.length > 0 ? named : tokens, problem };
}
