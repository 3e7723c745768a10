import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectBuildToStop } from './support';

const NBSP = '\u00a0';

/** An English article much harder than the figures its lock entry records, and a French twin much easier than it. */
const beta = {
  en: `---
title: Beta article
description: A longer article that the readability tests measure.
translationKey: beta
slug: beta-en
topic: help
order: 2
dateModified: 2025-10-27
changes:
  - { date: 2025-10-27, summary: First published }
---

## Identification {#identification}

Organizational authentication necessitates comprehensive identification documentation. Administrative verification procedures characteristically require considerable institutional consideration. Authorization determinations incorporate extensive interdepartmental consultation. Subsequently, representatives communicate individualized notifications electronically. Unsuccessful applications occasionally necessitate supplementary documentation. Organizational representatives consequently reconsider applications systematically. Comprehensive documentation facilitates expeditious determinations. Institutional accountability necessitates meticulous recordkeeping. Organizational transparency encourages considerable confidence. Administrative responsibilities accumulate continuously.
`,
  fr: `---
title: Article bêta
description: Un article plus long que les essais de lisibilité mesurent.
translationKey: beta
slug: beta-fr
topic: help
order: 2
dateModified: 2025-10-27
changes:
  - { date: 2025-10-27, summary: Publication }
---

## Identité {#identite}

Ouvrez la page. Entrez votre nom. Puis entrez votre mot de passe. Lisez le code sur votre téléphone. Entrez ce code dans la case. Puis sélectionnez le bouton vert. Vous êtes dans votre compte. Vous pouvez lire vos avis. Vous pouvez aussi voir vos demandes. Si un code ne marche pas, prenez le suivant. Gardez vos codes dans un lieu sûr. Ne les donnez à personne.
`,
};

const longFrench =
  'Si vous avez oublié à la fois votre nom d’utilisateur et votre mot de passe et que vous n’avez pas ajouté d’adresse courriel de récupération au moment de créer votre compte, communiquez avec nous sans attendre davantage.';
const longEnglish =
  'If you forgot both your username and your password and you did not add a recovery email address when you created your account, contact us by phone or by email without waiting any longer.';

test('the build names every wording problem at once (terms, quoted labels, plain language, the "still stuck" ending), each with its file, line and fix, and leaves the readability lock alone', () => {
  let lockBefore = '';
  const build = expectBuildToStop(
    (content) => {
      // Terms: in the description, in body text with a typographic apostrophe and a non-breaking space; allowed in keywords,
      // in a transcript and inside a quoted label the labels file lists.
      content.replace('fr/alpha.mdx', /^description: .*$/m, 'description: Un article minimal dont les essais modifient une copie, sans dépanneur.');
      content.replace('fr/alpha.mdx', 'topic: getting-started', 'topic: trouble');
      content.replace('fr/alpha.mdx', 'order: 1', 'order: 1\nkeywords: [dépanneur]');
      content.write(
        'fr/alpha.mdx',
        `${content.read('fr/alpha.mdx')}
Entrez le code d’accès unique, puis sélectionnez « S’inscrire » ou « Inventé ».

Le libellé « Code d’authentification » est cité tel quel.

<VideoTutorial title="Essai" source={frontmatter.video}>

Dans la vidéo, on dit code temporaire.

</VideoTutorial>
`,
      );
      content.replace('en/alpha.mdx', 'title: Alpha article', 'title: Alpha article about the authentication code');
      content.replace('en/alpha.mdx', 'topic: getting-started', 'topic: trouble');
      content.write(
        'en/alpha.mdx',
        `${content.read('en/alpha.mdx')}
Select "Sign up" on the DEC portal, or “Forgot your password?”.

<VideoTutorial title="Test" source={frontmatter.video}>

Select “Register”, then type the six-digit code.

</VideoTutorial>

## Still stuck? {#still-stuck}

<ContactChannels />
`,
      );
      // Plain language: a French sentence past 35 words whose waiver gives no reason; an English one past 30 with a reason.
      content.replace('fr/aide.mdx', 'order: 1', 'order: 1\nplainLanguage: { longSentences: "" }');
      content.write('fr/aide.mdx', `${content.read('fr/aide.mdx')}\n${longFrench}\n\nVotre code${NBSP}temporaire arrive par courriel.\n`);
      content.replace('en/help.mdx', 'order: 1', 'order: 1\nplainLanguage: { longSentences: "the tests need one long sentence" }');
      content.write('en/help.mdx', `${content.read('en/help.mdx')}\n${longEnglish}\n\n## Still stuck? {#still-stuck}\n\nWrite to us through the ways above.\n`);
      // The ratchet: the English twin reads far harder than its recorded figures; the French one is not recorded yet.
      content.write('en/beta.mdx', beta.en);
      content.write('fr/beta.mdx', beta.fr);
      const lock = JSON.parse(content.read('readability.lock.json')) as Record<string, unknown>;
      lock['beta'] = { en: { words: 57, sentences: 10, lix: 30, fleschKincaid: 6, longSentences: 0 } };
      lockBefore = `${JSON.stringify(lock, null, 2)}\n`;
      content.write('readability.lock.json', lockBefore);
    },
    [
      // Terms
      /fr\/alpha\.mdx:3: "dépanneur" → write "l’outil de dépannage" \(\S*terms\/fr\.yaml:5\)/,
      /fr\/alpha\.mdx:18: "code d’accès unique" → write "code à six chiffres" \(\S*terms\/fr\.yaml:2\)/,
      /fr\/aide\.mdx:20: "code\u00a0temporaire" → write "code à six chiffres"/,
      /en\/alpha\.mdx:2: "authentication code" → write "6-digit code" \(\S*terms\/en\.yaml:2: one name for the code the app shows\)/,
      /en\/alpha\.mdx:17: "DEC" → write "CED" \(\S*terms\/en\.yaml:6\)/,
      /en\/help\.mdx:22: "above" → write "the channels again, with <ContactChannels \/>"/,
      // Quoted labels, in prose and in a transcript
      /fr\/alpha\.mdx:18: "Inventé" is quoted as the portal’s own words, but no source gives it: describe the action \(« sélectionnez le bouton pour vous inscrire »\), or add the label with its source to \S*labels\.yaml/,
      /en\/alpha\.mdx:17: "Sign up" is quoted as the portal’s own words, but no source gives it: describe the action \("select the button to sign up"\)/,
      /en\/alpha\.mdx:21: "Register" is quoted as the portal’s own words/,
      // Plain language
      /fr\/aide\.mdx:18: the sentence "Si vous avez oublié à la…" has 37 words, more than the 35 a French sentence may have: split it into shorter sentences, or, if it must stay long, give the reason in the frontmatter: plainLanguage: \{ longSentences: "<why>" \}/,
      /fr\/aide\.mdx:8: plainLanguage\.longSentences needs a reason/,
      /en\/beta\.mdx: reads clearly harder than its recorded figures in \S*readability\.lock\.json: LIX 30 → 105\.7 \(at most \+5\), Flesch–Kincaid grade 6 → 42\.5 \(at most \+1\.0\); 57 → 57 words in 10 → 10 sentences\. Its longest sentence is at line 15 \(8 words, "Administrative verification procedures characteristically require considerable…"\)\. Shorten sentences .* run npm run readability:accept and commit/,
      // The "still stuck" ending
      /fr\/alpha\.mdx:14: a "trouble" article ends with a "Vous n’y arrivez toujours pas \?" section, and this one has none: add, as its last section, "## Vous n’y arrivez toujours pas \? \{#toujours-bloque\}" with <ContactChannels \/> in it/,
      /en\/help\.mdx:20: the "Still stuck\?" section does not show the contact channels: add <ContactChannels \/> in it/,
      // Notices, which do not stop the build
      /en\/beta\.mdx reads much harder than its twin \S*fr\/beta\.mdx: LIX 105\.7 against 13\.1/,
      /1 article\(s\) not yet in \S*readability\.lock\.json \(\S*fr\/beta\.mdx\): run npm run readability:accept/,
    ],
  );
  // Allowed places: keywords, transcripts, a quoted label the labels file lists; a waiver with its reason.
  expect(build.output).not.toMatch(/alpha\.mdx:\d+: "(code temporaire|six-digit code|Code d’authentification|S’inscrire|Forgot your password\?)"/);
  expect(build.output).not.toMatch(/fr\/alpha\.mdx:8: /);
  expect(build.output).not.toMatch(/en\/help\.mdx:\d+: the sentence/);
  expect(build.output).not.toMatch(/en\/alpha\.mdx:\d+: a "trouble" article/);
  expect(readFileSync(join(build.root, 'content', 'readability.lock.json'), 'utf8'), 'the build only reads the lock').toBe(lockBefore);
});
