#!/usr/bin/env node
// Copied from the team's shared bench folder (shared/bench/gen-corpus.mjs, sha256 7c39ca71c65dde51…) so that
// `npm run bench` runs from a fresh clone; only formatted by Prettier since. Used by scripts/bench.mjs.
//
// Synthetic bilingual (fr/en) Markdown corpus for site-generator scaling tests.
//
//   node gen-corpus.mjs --n 100 --out ./corpus [--seed 1] [--words 800]
//                       [--per-dir 50] [--langs fr,en] [--link '/{lang}/{path}/']
//                       [--index true] [--clean true]
//
// Writes, for each language, N pages of about --words words as plain Markdown:
//   <out>/<lang>/<path>.md    with frontmatter `title` and `description` only,
// where <path> is `s01/page-00001` (--per-dir K > 0: K pages per section folder)
// or `page-00001` (--per-dir 0: one flat folder). The same <path> is used in every
// language, so generators that pair translations by file path can do so.
// With --index true (default) each language also gets <out>/<lang>/index.md.
//
// Page body: an intro paragraph, 4–7 `##` sections, some with `###` subsections,
// bulleted and numbered lists, and one or two links to other pages of the same
// language (URL built from --link, placeholders {lang} and {path}).
// Text is drawn from a per-language vocabulary (real words plus generated
// long-tail terms) with a Zipf-like frequency, so search indexes grow roughly
// like they would on real prose. Output is fully deterministic for a given
// --seed, and page i is the same whatever N is, except for its link targets
// (drawn among pages 1..N).
// No dependencies; Node 18 or newer.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

// ---------- arguments ----------
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]?.startsWith('--') || all[i + 1] === undefined ? 'true' : all[i + 1]]);
    return acc;
  }, []),
);
if (args.help || args.h) {
  console.log(
    'usage: node gen-corpus.mjs --n N --out DIR [--seed 1] [--words 800] [--per-dir 50] [--langs fr,en] [--link /{lang}/{path}/] [--index true] [--clean true]',
  );
  process.exit(0);
}
const N = Number(args.n ?? 100);
const OUT = args.out ?? './corpus';
const SEED = Number(args.seed ?? 1);
const WORDS = Number(args.words ?? 800);
const PER_DIR = Number(args['per-dir'] ?? 50);
const LANGS = String(args.langs ?? 'fr,en').split(',');
const LINK = String(args.link ?? '/{lang}/{path}/');
const INDEX = String(args.index ?? 'true') !== 'false';
const CLEAN = String(args.clean ?? 'true') !== 'false';
if (!Number.isInteger(N) || N < 1) throw new Error('--n must be a positive integer');

// ---------- deterministic PRNG ----------
function hash32(str) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function rng(...keys) {
  let a = hash32([SEED, ...keys].join('|'));
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, list) => list[Math.floor(r() * list.length)];

// ---------- vocabularies ----------
const BASE = {
  fr: {
    stop: 'le la les un une des du de et ou mais donc pour par avec sans dans sur sous entre vers chez selon que qui dont où ce cette ces son sa ses votre vos notre nos leur leurs il elle ils elles vous nous on est sont sera seront peut doit faut a ont fait plus moins très aussi encore déjà toujours ensuite puis alors si lorsque chaque tout tous toute toutes'.split(
      ' ',
    ),
    nouns:
      'compte portail accès service client entreprise demande dossier formulaire document courriel adresse code invitation connexion session identifiant mot passe utilisateur navigateur page écran bouton champ lien étape option méthode partenaire banque institution clé justificatif identité authentification application appareil téléphone tablette ordinateur code validation sécurité confidentialité renseignement information question réponse indice date récupération modalité condition utilisation mise jour soutien technique équipe aide ressource guide tutoriel vidéo transcription instruction liste contrôle caractère lettre chiffre minute seconde délai version programme financement projet subvention contribution région organisme rapport réclamation paiement facture preuve pièce jointe téléversement signature mandat représentant délégation rôle profil paramètre préférence notification message avis décision échéance calendrier modification historique tableau bord résumé section rubrique recherche résultat filtre catégorie'.split(
        ' ',
      ),
    verbs:
      'utiliser ouvrir cliquer sélectionner entrer saisir confirmer créer modifier supprimer enregistrer conserver télécharger téléverser consulter vérifier valider accepter refuser choisir recevoir envoyer copier coller numériser afficher rechercher trouver accéder configurer activer désactiver récupérer réinitialiser communiquer joindre compléter soumettre transmettre signer déléguer gérer suivre imprimer partager protéger'.split(
        ' ',
      ),
    adjs: 'nouveau nouvelle existant existante sécuritaire unique temporaire obligatoire facultatif facultative important importante disponible valide personnel personnelle électronique numérique mobile principal principale suivant suivante précédent précédente complet complète officiel officielle confidentiel confidentielle rapide simple habituel habituelle requis requise accessible automatique manuel manuelle récent récente annuel annuelle'.split(
      ' ',
    ),
    heads: ['Comment', 'Pourquoi', 'Quand', 'Avant de', 'Après avoir', 'Étapes pour', 'Questions sur', 'Conseils pour', 'Règles de', 'Aperçu de'],
  },
  en: {
    stop: 'the a an of and or but so for by with without in on under between to at from that which who whose where this these those its your our their it they you we is are will can must should has have does more less very also still already always then next when if each every all any some'.split(
      ' ',
    ),
    nouns:
      'account portal access service client business request file form document email address code invitation sign-in session credential password user browser page screen button field link step option method partner bank institution key identity authentication app device phone tablet computer validation security privacy information question answer hint date recovery term condition use update support team help resource guide tutorial video transcript instruction checklist character letter digit minute second delay version program funding project grant contribution region organization report claim payment invoice proof attachment upload signature mandate representative delegation role profile setting preference notification message notice decision deadline calendar change history dashboard summary section topic search result filter category'.split(
        ' ',
      ),
    verbs:
      'use open click select enter type confirm create edit delete save keep download upload view check validate accept decline choose receive send copy paste scan display search find access configure enable disable recover reset contact attach complete submit forward sign delegate manage follow print share protect'.split(
        ' ',
      ),
    adjs: 'new existing secure unique temporary mandatory optional important available valid personal electronic digital mobile main next previous complete official confidential quick simple usual required accessible automatic manual recent annual'.split(
      ' ',
    ),
    heads: ['How to', 'Why', 'When to', 'Before you', 'After you', 'Steps to', 'Questions about', 'Tips for', 'Rules for', 'Overview of'],
  },
};
const SYL = {
  fr: ['ba', 'ré', 'tion', 'con', 'mi', 'lo', 'pa', 'ter', 'gé', 'cal', 'dé', 'ni', 'sa', 'vo', 'ment', 'ri', 'té', 'chan', 'por', 'eau'],
  en: ['ba', 're', 'tion', 'con', 'mi', 'lo', 'pa', 'ter', 'ge', 'cal', 'de', 'ni', 'sa', 'vo', 'ment', 'ri', 'ty', 'chan', 'port', 'er'],
};
// Long tail: generated terms (product names, form numbers, place-like names).
function longTail(lang, count) {
  const r = rng('tail', lang);
  const out = new Set();
  while (out.size < count) {
    let w = '';
    const n = int(r, 2, 4);
    for (let i = 0; i < n; i++) w += pick(r, SYL[lang]);
    if (r() < 0.08) w = w.toUpperCase().slice(0, 3) + '-' + int(r, 10, 999);
    out.add(w);
  }
  return [...out];
}
const VOCAB = {};
for (const lang of LANGS) {
  const b = BASE[lang] ?? BASE.en;
  const content = [...b.nouns, ...b.verbs, ...b.adjs];
  // shuffle real words deterministically, then append the long tail: rank = frequency order
  const r = rng('vocab', lang);
  for (let i = content.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [content[i], content[j]] = [content[j], content[i]];
  }
  const ranked = [...content, ...longTail(lang, 30000)];
  // Zipf–Mandelbrot (s=1.2, q=40) cumulative table for content words: the flat head
  // keeps any single content word under ~0.7 % of them (stop words are drawn apart), and
  // the 30k-term tail lets the vocabulary keep growing with N, roughly as Heaps' law says.
  const weights = ranked.map((_, i) => 1 / Math.pow(i + 1 + 40, 1.2));
  const total = weights.reduce((a, x) => a + x, 0);
  let acc = 0;
  const cdf = weights.map((w) => (acc += w / total));
  VOCAB[lang] = { ...b, ranked, cdf };
}
function zipfWord(r, v) {
  const x = r();
  let lo = 0,
    hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cdf[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return v.ranked[lo];
}

// ---------- text ----------
const cap = (s) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
function sentence(r, v, min = 8, max = 22) {
  const n = int(r, min, max);
  const words = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.42 ? pick(r, v.stop) : zipfWord(r, v));
  let s = cap(words.join(' '));
  if (n > 12 && r() < 0.4) {
    const k = int(r, 4, n - 4);
    const parts = s.split(' ');
    parts[k] += ',';
    s = parts.join(' ');
  }
  const fr = v === VOCAB.fr;
  if (r() < 0.12) s = s.replace(/ (\S+)$/, fr ? ' « $1 »' : ' “$1”');
  return s + (r() < 0.06 ? (fr ? ' ?' : '?') : '.');
}
function words(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
function titleFor(lang, i) {
  const r = rng('title', lang, i);
  const v = VOCAB[lang];
  const head = pick(r, v.heads);
  const n = int(r, 2, 5);
  const body = [];
  for (let k = 0; k < n; k++) body.push(k % 2 ? zipfWord(r, v) : pick(r, r() < 0.5 ? v.verbs : v.nouns));
  return `${head} ${body.join(' ')} ${i}`;
}
function pathFor(i) {
  const slug = `page-${String(i).padStart(5, '0')}`;
  if (PER_DIR > 0) return `s${String(Math.floor((i - 1) / PER_DIR) + 1).padStart(3, '0')}/${slug}`;
  return slug;
}
const linkFor = (lang, i) => LINK.replaceAll('{lang}', lang).replaceAll('{path}', pathFor(i));
const yaml = (s) => JSON.stringify(s); // JSON strings are valid YAML scalars

function page(lang, i) {
  const r = rng('page', lang, i);
  const v = VOCAB[lang];
  const title = titleFor(lang, i);
  const description = sentence(r, v, 12, 20);
  const out = [];
  let count = 0;
  const para = (nSent) => {
    const s = [];
    for (let k = 0; k < nSent; k++) s.push(sentence(r, v));
    return s.join(' ');
  };
  const push = (block) => {
    out.push(block);
    count += words(block);
  };
  // links: one or two other pages of the same language
  const targets = [];
  if (N > 1) {
    const nLinks = int(r, 1, 2);
    for (let k = 0; k < nLinks; k++) {
      let j = int(r, 1, N);
      if (j === i) j = (i % N) + 1;
      targets.push(j);
    }
  }
  push(para(int(r, 2, 4)));
  const nSections = int(r, 4, 7);
  const perSection = (WORDS - count) / nSections;
  for (let s = 0; s < nSections && count < WORDS * 1.05; s++) {
    push(`## ${cap(pick(r, v.heads).toLowerCase())} ${zipfWord(r, v)} ${pick(r, v.nouns)}`);
    const stop = count + perSection;
    let blocks = 0;
    let prevList = false;
    while (count < stop && count < WORDS) {
      const roll = r();
      const isPara = roll < 0.55 || blocks === 0 || prevList;
      prevList = !isPara && roll < 0.84;
      if (isPara) {
        let p = para(int(r, 2, 5));
        if (targets.length && r() < 0.35) {
          const j = targets.shift();
          const label = lang === 'fr' ? 'Voir aussi' : 'See also';
          p += ` ${label} [${titleFor(lang, j)}](${linkFor(lang, j)}).`;
        }
        push(p);
      } else if (roll < 0.72) {
        const items = [];
        for (let k = 0, n = int(r, 3, 6); k < n; k++) items.push(`- ${sentence(r, v, 4, 12)}`);
        push(items.join('\n'));
      } else if (roll < 0.84) {
        const items = [];
        for (let k = 0, n = int(r, 3, 7); k < n; k++) items.push(`${k + 1}. ${sentence(r, v, 6, 16)}`);
        push(items.join('\n'));
      } else {
        push(`### ${cap(pick(r, v.verbs))} ${pick(r, v.stop)} ${zipfWord(r, v)}`);
        push(para(int(r, 1, 3)));
      }
      blocks++;
    }
  }
  // any link not placed yet goes at the end
  for (const j of targets) {
    const label = lang === 'fr' ? 'Voir aussi :' : 'See also:';
    push(`${label} [${titleFor(lang, j)}](${linkFor(lang, j)}).`);
  }
  return { title, description, body: out.join('\n\n'), words: count };
}

// ---------- write ----------
if (CLEAN) for (const lang of LANGS) rmSync(join(OUT, lang), { recursive: true, force: true });
let totalWords = 0;
let files = 0;
for (const lang of LANGS) {
  for (let i = 1; i <= N; i++) {
    const p = page(lang, i);
    const file = join(OUT, lang, pathFor(i) + '.md');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${yaml(p.title)}\ndescription: ${yaml(p.description)}\n---\n\n${p.body}\n`);
    totalWords += p.words;
    files++;
  }
  if (INDEX) {
    const title = lang === 'fr' ? 'Corpus synthétique' : 'Synthetic corpus';
    const intro = lang === 'fr' ? `Ce corpus compte ${N} pages.` : `This corpus has ${N} pages.`;
    const list = [];
    for (let i = 1; i <= Math.min(N, 50); i++) list.push(`- [${titleFor(lang, i)}](${linkFor(lang, i)})`);
    writeFileSync(join(OUT, lang, 'index.md'), `---\ntitle: ${yaml(title)}\ndescription: ${yaml(intro)}\n---\n\n${intro}\n\n${list.join('\n')}\n`);
    files++;
  }
}
console.log(JSON.stringify({ out: OUT, n: N, langs: LANGS, seed: SEED, files, avgWords: Math.round(totalWords / (N * LANGS.length)) }));
