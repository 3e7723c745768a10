// `npm run new -- <translationKey> [--section <topic>]`: scaffolds a French and
// English article pair with the same translationKey, then says what to fill in.
// The title and description are left empty on purpose: the build refuses the
// pair, naming each empty field, until an editor has written them.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const SECTIONS = ['getting-started', 'sign-in', 'two-factor', 'trouble', 'help'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { section: { type: 'string', default: 'help' } } });
const [translationKey] = positionals;
const contentDir = process.env.HELP_CONTENT_DIR ?? 'content';

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!translationKey || !KEBAB.test(translationKey)) {
  fail(
    'Usage: npm run new -- <translationKey> [--section getting-started|sign-in|two-factor|trouble|help]\nThe key is lower-case words joined by hyphens, e.g. npm run new -- lost-phone',
  );
}
if (!SECTIONS.includes(values.section)) fail(`--section must be one of: ${SECTIONS.join(', ')}`);

const today = new Date().toISOString().slice(0, 10);
const files = { fr: join(contentDir, 'fr', `${translationKey}.mdx`), en: join(contentDir, 'en', `${translationKey}.mdx`) };
for (const file of Object.values(files)) if (existsSync(file)) fail(`${file} already exists: choose another translationKey or edit that file.`);

const template = (lang) => `---
# ${lang === 'fr' ? 'Titre de la page, en minuscules sauf la première lettre' : 'Page title, in sentence case'}
title: ''
# ${lang === 'fr' ? 'Une phrase de 20 à 160 caractères (accueil et résultats de recherche)' : 'One sentence, 20 to 160 characters (home page and search results)'}
description: ''
translationKey: ${translationKey}
# ${lang === 'fr' ? 'Fin de l’adresse, en français, sans accents : /fr/<slug>/' : 'End of the address, in English: /en/<slug>/'}
slug: ${translationKey}
section: ${values.section}
order: 99
dateModified: ${today}
keywords: []
---

## ${lang === 'fr' ? 'Première section {#premiere-section}' : 'First section {#first-section}'}

${lang === 'fr' ? 'Écrivez ici.' : 'Write here.'}
`;

for (const [lang, file] of Object.entries(files)) {
  mkdirSync(join(contentDir, lang), { recursive: true });
  writeFileSync(file, template(lang));
}

console.log(`Created ${files.fr} and ${files.en}, paired by "translationKey: ${translationKey}".
Now, in both files:
  1. write the title and the description (the build refuses the pair until you do);
  2. set the slug: French words in the French file, English words in the English one;
  3. set order (its place in the "${values.section}" section) and keywords (words people may search for);
  4. write the text, with the same "##"/"###" sections in the same order in both languages.
Preview with: npm run dev   (then open http://127.0.0.1:4321/fr/ ). See CONTRIBUTING.md.`);
