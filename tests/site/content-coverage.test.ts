import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { OUT_DIR } from '../../src/pipeline/site-config';

/**
 * Checks the built articles against the source page they were written from:
 * the key facts are stated in both languages, and both video transcripts are
 * complete. Reads the HTML on disk; no browser needed. The source is French:
 * it gives the portal's French labels, which French articles quote; English
 * articles describe the action instead ("the button to sign up"), as no source
 * gives the English labels.
 */

// A copy of the French source page the articles were written from, kept with the tests as their reference.
const SOURCE = resolve(import.meta.dirname, '../fixtures/source/aide-connexion-espace-client-dec.txt');
const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/** The source's key facts, as each language's articles must state them: [French, English]. */
const FACTS: readonly (readonly [fr: string, en: string])[] = [
  // Browsers
  ['Google Chrome', 'Google Chrome'],
  ['Microsoft Edge', 'Microsoft Edge'],
  ['Mozilla Firefox', 'Mozilla Firefox'],
  ['Safari', 'Safari'],
  ['N’utilisez pas Internet Explorer', 'Do not use Internet Explorer'],
  ['ne reçoit plus de mises à jour ni de soutien technique', 'no longer receives updates or technical support'],
  // First access by invitation
  ['courriel d’invitation', 'invitation email'],
  ['« Utiliser une invitation »', 'page for using an invitation'],
  ['« S’inscrire »', 'button to sign up'],
  ['« Code d’invitation »', 'invitation code field'],
  // Sign-in options
  ['Votre premier choix est définitif', 'Your first choice is final'],
  ['nom d’utilisateur et un mot de passe délivrés par le gouvernement du Canada', 'username and a password issued by the Government of Canada'],
  ['Des questions et des réponses de récupération', 'Recovery questions and answers'],
  ['adresse courriel ne peut être associée qu’à une seule CléGC', 'email address can be linked to only one GCKey'],
  [
    'conditions d’utilisation de l’Espace client DEC, de la CléGC ou de l’authentification à deux facteurs',
    'terms of use of CED Client Space, GCKey or two-factor authentication',
  ],
  // Sign-In Partner
  ['comme une banque', 'such as a bank'],
  ['DEC ne reçoit aucun renseignement permettant de vous identifier', 'CED receives no information that identifies you or the Sign-In Partner you used'],
  ['ne sont pas partagées avec votre partenaire de connexion', 'the information you give CED is not shared with your Sign-In Partner'],
  ['ne figure pas sur la liste, vous devez utiliser une CléGC', 'not on the list, you must use a GCKey'],
  ['« Ouvrez une séance à l’aide d’un partenaire de connexion »', 'option to sign in with a Sign-In Partner'],
  // GCKey
  ['« Ouvrez une séance au moyen de votre CléGC »', 'option to sign in with your GCKey'],
  ['« Inscrivez-vous pour obtenir une CléGC »', 'button to sign up for a GCKey'],
  ['« S’enregistrer »', 'button to register'],
  ['« J’accepte »', 'button to accept'],
  ['Au moins 8 caractères', 'At least 8 characters'],
  ['Entre 8 et 16 caractères', 'Between 8 and 16 characters'],
  ['Au moins une lettre majuscule', 'At least one upper-case letter'],
  ['Au moins une lettre minuscule', 'At least one lower-case letter'],
  ['Au moins un chiffre', 'At least one digit'],
  ['trois caractères consécutifs', 'three consecutive characters'],
  ['« Réponse de récupération »', 'recovery answer box'],
  ['personne mémorable', 'memorable person'],
  ['AAAA-MM-JJ', 'YYYY-MM-DD'],
  ['« Indices au sujet de ma date mémorable »', 'box for hints about your memorable date'],
  ['code de confirmation', 'confirmation code'],
  ['« Sauter »', 'button to skip this step'],
  ['y compris les représentants du gouvernement du Canada', 'not even Government of Canada representatives'],
  // Two-factor authentication
  ['téléphone intelligent ou tablette', 'smartphone or tablet'],
  ['« Configurez votre appareil mobile »', 'option to set up your mobile device'],
  ['« Configurez votre appareil de bureau »', 'option to set up your desktop device'],
  ['« Préparer votre appareil mobile »', 'page about preparing your mobile device'],
  ['App Store', 'App Store'],
  ['Google Play Store', 'Google Play Store'],
  ['Google Authenticator', 'Google Authenticator'],
  ['Microsoft Authenticator', 'Microsoft Authenticator'],
  ['code QR', 'QR code'],
  ['clé secrète', 'secret key'],
  ['« Entrer un code manuellement »', 'option to enter a code manually'],
  ['Authenti-Canada', 'Authenti-Canada'],
  ['un code à six chiffres s’affiche sous Authenti-Canada', 'a 6-digit code appears under Authenti-Canada'],
  ['quelques secondes', 'a few seconds'],
  ['un nouveau code sera généré', 'a new code will be generated'],
  ['« Code d’authentification »', 'code box on the web page'],
  ['« Poursuivre »', 'button to continue'],
  ['codes de récupération', 'recovery codes'],
  // Later visits
  ['même option de connexion que la première fois', 'same sign-in option as the first time'],
];

/** The two videos, in the source's order, and the articles that carry their transcript. */
const VIDEOS = [
  { name: 'GCKey', pages: { fr: 'cle-gc', en: 'gckey' } },
  { name: 'two-factor authentication', pages: { fr: 'configurer-authentification-deux-facteurs', en: 'set-up-two-factor-authentication' } },
] as const;

/** Plain text as a reader meets it: plain spaces, straight apostrophes, single spaces. */
function normalise(text: string): string {
  return text
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Looser still, for comparing transcript openings: French spacing before punctuation and letter case are ignored. */
function loosen(text: string): string {
  return normalise(text)
    .replace(/\s+([!?:;»])/g, '$1')
    .replace(/«\s+/g, '«')
    .toLowerCase();
}

const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'div', 'h1', 'h2', 'h3', 'h4', 'summary', 'details', 'br', 'nav', 'section', 'td', 'th']);

/** The text of a node, with a space between blocks so list items and paragraphs do not run together. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  const inner = node.children.map(textOf).join('');
  return 'name' in node && BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

const hasClass = (element: Element, name: string) => (element.attribs['class'] ?? '').split(/\s+/).includes(name);

const articleCache = new Map<Lang, Map<string, Element>>();

/** Every built article of a language, by slug, read once. */
function articles(lang: Lang): Map<string, Element> {
  const cached = articleCache.get(lang);
  if (cached) return cached;
  const dir = join(OUT_DIR, lang);
  const pages = new Map<string, Element>();
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const article = DomUtils.findOne((element) => element.name === 'article', parseDocument(readFileSync(file, 'utf8')).children);
    if (article) pages.set(slug, article);
  }
  articleCache.set(lang, pages);
  return pages;
}

/** The paragraphs of each transcript in the source, between a "Transcription" line and "Instructions étape par étape". */
function sourceTranscripts(): string[][] {
  const lines = readFileSync(SOURCE, 'utf8')
    .split('\n')
    .map((line) => line.replace(/^[\s•]+/, '').trim());
  const transcripts: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === 'Transcription') {
      current = [];
      transcripts.push(current);
    } else if (line === 'Instructions étape par étape') {
      current = undefined;
    } else if (current && line !== '') {
      current.push(line);
    }
  }
  return transcripts;
}

/** The paragraphs of the transcript inside a built article. */
function builtTranscript(article: Element): string[] {
  const details = DomUtils.findOne((element) => element.name === 'details' && hasClass(element, 'transcript'), article.children);
  const body = details && DomUtils.findOne((element) => element.name === 'div' && hasClass(element, 'transcript-body'), details.children);
  if (!body) return [];
  return DomUtils.findAll((element) => element.name === 'p', body.children).map((paragraph) => normalise(textOf(paragraph)));
}

for (const [index, lang] of LANGS.entries()) {
  const language = lang === 'fr' ? 'French' : 'English';
  test(`the ${language} articles state every key fact of the source page`, () => {
    const text = normalise([...articles(lang).values()].map(textOf).join(' '));
    const missing = FACTS.map((pair) => pair[index]!).filter((fact) => !text.includes(normalise(fact)));
    expect(missing, `The ${language} articles do not state: ${missing.map((fact) => `"${fact}"`).join(', ')}`).toEqual([]);
  });
}

test('the source page has the two video transcripts the articles reproduce', () => {
  const transcripts = sourceTranscripts();
  expect(transcripts.length, `transcripts found in ${SOURCE}`).toBe(VIDEOS.length);
  for (const [index, paragraphs] of transcripts.entries()) expect(paragraphs.length, `paragraphs in transcript ${index + 1}`).toBeGreaterThan(0);
});

for (const [index, video] of VIDEOS.entries()) {
  test(`the ${video.name} video transcript has every paragraph of the source, in French and in English`, () => {
    const source = sourceTranscripts()[index] ?? [];
    expect(source.length, `the source has no transcript number ${index + 1}`).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const article = articles(lang).get(video.pages[lang]);
      expect(article, `/${lang}/${video.pages[lang]}/ was not built`).toBeDefined();
      const built = builtTranscript(article!);
      expect(built.length, `/${lang}/${video.pages[lang]}/ transcript paragraphs (the source has ${source.length})`).toBe(source.length);
    }
    const french = loosen(builtTranscript(articles('fr').get(video.pages.fr)!).join(' '));
    const missing = source.map((paragraph) => loosen(paragraph).slice(0, 30)).filter((opening) => !french.includes(opening));
    expect(missing, `the French transcript lacks the paragraphs starting: ${missing.map((opening) => `"${opening}"`).join(', ')}`).toEqual([]);
  });
}

test('every video tutorial holds its own transcript, in both languages', () => {
  let tutorials = 0;
  for (const lang of LANGS) {
    for (const [slug, article] of articles(lang)) {
      const wrappers = DomUtils.findAll((element) => element.attribs['data-video-tutorial'] !== undefined, article.children);
      const transcripts = DomUtils.findAll((element) => element.name === 'details' && hasClass(element, 'transcript'), article.children);
      for (const wrapper of wrappers) {
        const inside = DomUtils.findAll((element) => element.name === 'details' && hasClass(element, 'transcript'), wrapper.children);
        expect(inside.length, `/${lang}/${slug}/: a video tutorial without exactly one transcript inside it`).toBe(1);
      }
      expect(transcripts.length, `/${lang}/${slug}/: a transcript outside its video tutorial`).toBe(wrappers.length);
      tutorials += wrappers.length;
    }
  }
  expect(tutorials, 'video tutorials found in the built articles (two per language)').toBe(VIDEOS.length * LANGS.length);
});
