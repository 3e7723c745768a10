import { expect, test } from '@playwright/test';
import { tied, type PagefindData } from '../../src/browser/search-client';
import { byTitle } from '../../src/browser/search-refinements';
import { correctable, queryTokens, readQuery } from '../../src/lib/query';
import { foldWord } from '../../src/lib/stop-words';
import { QUERY_WORDS } from '../../src/lib/query-words';
import { articleSearchRole, SEARCH_META } from '../../src/lib/search';
import { indexChunkSize } from '../../src/pipeline/search-index';
import { correctQuery, editDistance, nearestWord, parseWordList, vocabulary, wordListFiles, wordShard } from '../../src/lib/spelling';

/** A query as a French page reads it, and as an English page does. */
const fr = (query: string) => readQuery(query, QUERY_WORDS.fr);
const en = (query: string) => readQuery(query, QUERY_WORDS.en);

test('question words, pronouns, auxiliaries and negations are not searched; what the question is about is', () => {
  expect(fr('comment réinitialiser mon mot de passe CléGC ?')).toEqual({ words: ['réinitialiser', 'mot', 'passe', 'CléGC'], problem: false, general: false });
  expect(en('how do I reset my password?')).toEqual({ words: ['reset', 'password'], problem: false, general: false });
  expect(en('what do I do if I lost my phone').words).toEqual(['lost', 'phone']);
  expect(fr('ma CléGC a été révoquée').words).toEqual(['CléGC', 'révoquée']);
});

test('a negation or a symptom makes a problem query, and neither is searched', () => {
  expect(fr('pourquoi mon code ne fonctionne pas')).toEqual({ words: ['code'], problem: true, general: false });
  expect(en('why is my code not working')).toEqual({ words: ['code'], problem: true, general: false });
  expect(en('my authenticator app is not working')).toEqual({ words: ['authenticator', 'app'], problem: true, general: false });
  expect(en('no invitation code')).toEqual({ words: ['invitation', 'code'], problem: true, general: false });
  expect(fr('mon code d’invitation ne marche pas')).toEqual({ words: ['code', 'd’invitation'], problem: true, general: false });
  expect(fr('code à six chiffres refusé').problem).toBe(false);
});

test('what every page is about (signing in, the portal, DEC or CED) is searched only when nothing else is said', () => {
  expect(en('DEC portal password').words).toEqual(['password']);
  expect(fr('partenaire de connexion').words).toEqual(['partenaire']);
  expect(en('DEC client space sign in').words).toEqual(['DEC', 'client', 'space', 'sign']);
});

test('a problem that names nothing but signing in is searched by its symptom, which the pages written for it name', () => {
  expect(en('I can’t log in')).toEqual({ words: ['can’t', 'log'], problem: true, general: true });
  expect(fr('je suis bloqué je ne peux pas me connecter')).toEqual({ words: ['bloqué', 'connecter'], problem: true, general: true });
  expect(fr('impossible de me connecter')).toEqual({ words: ['impossible', 'connecter'], problem: true, general: true });
});

test('grammatical words go, unless nothing else is left', () => {
  expect(fr('mot de passe oublié').words).toEqual(['mot', 'passe', 'oublié']);
  expect(en('lost my phone').words).toEqual(['lost', 'phone']);
  expect(fr('code d’invitation').words).toEqual(['code', 'd’invitation']);
  expect(fr('De la').words).toEqual(['De', 'la']);
  expect(en('how do I').words).toEqual(['how', 'do', 'I']);
});

test('a query’s words lose the punctuation around them, and a lone elided letter joins its word again, as the articles write it', () => {
  expect(queryTokens('« mot de passe » ?')).toEqual(['mot', 'de', 'passe']);
  expect(queryTokens('non d utilisateur oublie')).toEqual(['non', 'd’utilisateur', 'oublie']);
  expect(queryTokens('je n arrive pas')).toEqual(['je', 'n’arrive', 'pas']);
  expect(queryTokens("can't sign-in 6-digit")).toEqual(["can't", 'sign-in', '6-digit']);
  expect(fr('non d utilisateur oublie')).toEqual({ words: ['d’utilisateur', 'oublie'], problem: true, general: false });
});

test('only words of four letters or more, without a digit, may be corrected', () => {
  for (const word of ['pasword', 'd’utilisateru', 'gckye']) expect(correctable(word), word).toBe(true);
  for (const word of ['QR', 'IE', '2FA', 'dec', '6-digit']) expect(correctable(word), word).toBe(false);
});

test('edits count a letter added, dropped or changed, and two neighbours swapped, as one each', () => {
  expect(editDistance('pasword', 'password', 2)).toBe(1);
  expect(editDistance('brwoser', 'browser', 2)).toBe(1);
  expect(editDistance('predu', 'perdu', 2)).toBe(1);
  expect(editDistance('navigteur', 'navigateur', 2)).toBe(1);
  expect(editDistance('conexion', 'connexion', 2)).toBe(1);
  expect(editDistance('questoins', 'questions', 2)).toBe(1);
  expect(editDistance('oubier', 'oublie', 2)).toBe(2);
  // Far apart: the count stops as soon as it passes the limit.
  expect(editDistance('telephone', 'navigateur', 2)).toBe(3);
  expect(editDistance('a', 'abcd', 1)).toBe(2);
});

test('the word list holds each word once, in its most frequent written form, most frequent first', () => {
  expect(vocabulary(['Mot de passe oublié.', 'Oublié ? oublié, oublie', 'd’utilisateur l’application 6 QR'])).toEqual([
    'oublié',
    'application',
    'mot',
    'passe',
    'utilisateur',
  ]);
});

test('the published list is cut by first letter, and adds the other language’s words it lacks, known but never offered', () => {
  const files = wordListFiles(['password', 'forgot', 'Éviter'], ['mot', 'passe', 'password']);
  expect(files.size).toBe(27);
  expect(files.get('p')).toBe('password\n\npasse\n');
  expect(files.get('e')).toBe('Éviter\n\n\n');
  expect(files.get('z')).toBe('\n\n\n');
  expect(wordShard('Éviter')).toBe('e');
  expect(wordShard('2FA')).toBe('_');
  const list = parseWordList(files.get('p')!, files.get('f')!);
  expect([...list.own.values()]).toEqual(['password', 'forgot']);
  expect(list.known.has('passe')).toBe(true);
  expect(nearestWord('passe', list)).toBeNull();
  expect(nearestWord('passee', list)).toBeNull();
});

const list = parseWordList(
  ...wordListFiles(['passe', 'oublié', 'utilisateur', 'navigateur', 'authentification', 'questions', 'nom', 'code'], ['password']).values(),
);

test('an unknown word becomes the nearest known word: one edit away, two for a long word', () => {
  expect(nearestWord('navigteur', list)).toBe('navigateur');
  expect(nearestWord('autentification', list)).toBe('authentification');
  expect(nearestWord('autentificaton', list)).toBe('authentification');
  expect(nearestWord('qestons', list)).toBeNull();
  expect(nearestWord('paswor', list)).toBeNull();
});

test('a known word, a short word and a word with a digit are never corrected', () => {
  expect(nearestWord('code', list)).toBeNull();
  expect(nearestWord('Oublie', list)).toBeNull();
  expect(nearestWord('cod', list)).toBeNull();
  expect(nearestWord('c0de', list)).toBeNull();
  expect(nearestWord('pasword', list)).toBeNull();
});

test('a corrected query keeps its other words and elisions, and shows known words with their accents', () => {
  expect(correctQuery('mot de pase oublie', new Set(['pase']), list)).toBe('mot de passe oublié');
  expect(correctQuery('nom d’utilisateru', new Set(['d’utilisateru']), list)).toBe('nom d’utilisateur');
  expect(correctQuery('Navigteur', new Set(['Navigteur']), list)).toBe('navigateur');
  // Nothing corrected: no new query, even where accents could be restored.
  expect(correctQuery('mot de passe oublie', new Set(), list)).toBeNull();
  expect(correctQuery('zzxqv', new Set(['zzxqv']), list)).toBeNull();
});

const page = (score: number, title: string, twinTitle = '') => ({
  match: { score },
  data: { url: `/fr/${title}/`, excerpt: '', meta: { title, [SEARCH_META.twinTitle]: twinTitle }, sub_results: [] } satisfies PagefindData,
});

test('among pages scored alike, the one whose title the query fills most comes first; other pages keep their order', () => {
  const titles = (pages: ReturnType<typeof page>[]) => pages.map((one) => one.data.meta.title);
  const problem = page(18.7545, 'My invitation code is missing, or I didn’t use the invitation link');
  const guide = page(18.7527, 'First access with your invitation');
  expect(titles(byTitle([problem, guide, page(7.4, 'Contact us')], 'invitation', tied))).toEqual([
    guide.data.meta.title,
    problem.data.meta.title,
    'Contact us',
  ]);
  expect(titles(byTitle([page(25.9, 'My invitation code is missing'), page(19.1, 'First access with your invitation')], 'invitation', tied))).toEqual([
    'My invitation code is missing',
    'First access with your invitation',
  ]);
});

test('a query in the other language is matched against each page’s twin title', () => {
  const both = page(8.0386, 'J’ai oublié mon nom d’utilisateur et mon mot de passe CléGC', 'I forgot my GCKey username and password');
  const bank = page(8.0386, 'J’ai oublié comment me connecter à ma banque en ligne', 'I forgot how to sign in to my online banking');
  const password = page(8.0386, 'J’ai oublié mon mot de passe CléGC', 'I forgot my GCKey password');
  expect(byTitle([both, bank, password], 'forgot password', tied)[0]).toBe(password);
});

test('a page’s role for search: problem pages answer problems, the contact page guides, the help centre’s own pages are about it', () => {
  expect(articleSearchRole('trouble', false)).toBe('problem');
  expect(articleSearchRole('help', true)).toBe('guide');
  expect(articleSearchRole('help', false)).toBe('about');
  expect(articleSearchRole('sign-in', false)).toBe('guide');
});

test('the query words of each language are written folded, as the query step compares them, and none is listed twice', () => {
  for (const [lang, lists] of Object.entries(QUERY_WORDS)) {
    const words = Object.values(lists).flatMap((list: string) => list.split(' '));
    expect(
      words.filter((word) => foldWord(word) !== word),
      lang,
    ).toEqual([]);
    expect(words.length, lang).toBe(new Set(words).size);
  }
});

test('the search index is cut in chunks that grow with the square root of the page count, from 300 to 1 000', () => {
  expect([5, 20, 21, 80, 220, 2004].map(indexChunkSize)).toEqual([300, 300, 307, 600, 995, 1000]);
});
