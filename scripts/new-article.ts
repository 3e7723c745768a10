// `npm run new -- <translationKey> --fr <french-slug> [--en <english-slug>] [--topic <topic>]`:
// scaffolds the French and English twins of an article, each file named after its own slug,
// or only the missing twin when one already exists. Title and description are left empty on
// purpose: the build refuses the pair, naming each empty field, until an editor writes them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { LANGS, LANGUAGE_NAMES, type Lang } from '../src/i18n/locales.ts';
import { KEBAB } from '../src/lib/kebab.ts';
import { isoDay } from '../src/lib/iso-day.ts';
import { TOPICS } from '../src/schemas/article.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { CONTENT_DIR as contentDir } from '../src/pipeline/site-config.ts';
import { listFiles } from '../src/pipeline/site-files.ts';
const USAGE = `Usage: npm run new -- <translationKey> --fr <french-slug> [--en <english-slug>] [--topic ${TOPICS.join('|')}]
e.g.  npm run new -- lost-phone --fr telephone-perdu --topic two-factor
The key and the slugs are lower-case words joined by hyphens, without accents; the English slug defaults to the key.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { fr: { type: 'string' }, en: { type: 'string' }, topic: { type: 'string' } },
});
const [translationKey] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!translationKey || !KEBAB.test(translationKey)) fail(USAGE);
if (values.topic !== undefined && !(TOPICS as readonly string[]).includes(values.topic)) fail(`--topic must be one of: ${TOPICS.join(', ')}`);

// A twin that already exists (found by its translationKey) is left alone; its topic and order carry over.
const existing = new Map<Lang, { file: string; data: Record<string, unknown> }>();
for (const lang of LANGS) {
  const folder = join(contentDir, lang);
  if (!existsSync(folder)) continue;
  for (const name of listFiles(folder).filter((entry) => /\.mdx?$/.test(entry))) {
    const file = join(folder, name);
    // A file whose frontmatter does not parse reads as empty: it cannot be this key's twin, and the build names it.
    const data = readFrontmatter(readFileSync(file, 'utf8'));
    if (data['translationKey'] === translationKey) existing.set(lang, { file, data });
  }
}
if (existing.size === 2) fail(`Both twins of "${translationKey}" exist already: ${existing.get('fr')!.file} and ${existing.get('en')!.file}. Edit them.`);

const slugs: Record<Lang, string | undefined> = { fr: values.fr, en: values.en ?? translationKey };
const missing = LANGS.filter((lang) => !existing.has(lang));
for (const lang of missing) {
  const slug = slugs[lang];
  if (!slug) fail(`Give the French address of the new article: --fr <french-slug>, e.g. npm run new -- ${translationKey} --fr telephone-perdu`);
  if (!KEBAB.test(slug)) fail(`--${lang} "${slug}" is not a slug: lower-case words joined by hyphens, without accents, e.g. telephone-perdu`);
}

const twin = [...existing.values()][0]?.data;
const topic = values.topic ?? (twin?.['topic'] as string | undefined) ?? 'help';
const order = (twin?.['order'] as number | undefined) ?? 99;
const today = isoDay(new Date());
const quoted = (value: string) => JSON.stringify(value);

// A trouble article ends with the "still stuck" heading of content/terms/<lang>.yaml and our channels (CONTRIBUTING.md).
const STILL_STUCK_IDS: Record<Lang, string> = { fr: 'toujours-bloque', en: 'still-stuck' };
const ending = (lang: Lang) => {
  if (topic !== 'trouble') return '';
  const terms = join(contentDir, 'terms', `${lang}.yaml`);
  const heading = existsSync(terms) ? (parseYaml(readFileSync(terms, 'utf8')) as { stillStuck?: string }).stillStuck : undefined;
  return heading ? `\n## ${heading} {#${STILL_STUCK_IDS[lang]}}\n\n<ContactChannels />\n` : '';
};

const template = (lang: Lang, slug: string) => `---
# ${lang === 'fr' ? 'Titre de la page, en minuscules sauf la première lettre' : 'Page title, in sentence case'}
title: ""
# ${lang === 'fr' ? 'Une phrase de 20 à 160 caractères (accueil et résultats de recherche), entre les guillemets' : 'One sentence, 20 to 160 characters (home page and search results), between the quotes'}
description: ""
translationKey: ${quoted(translationKey)}
# ${lang === 'fr' ? 'Fin de l’adresse, en français, sans accents : /fr/<slug>/' : 'End of the address, in English: /en/<slug>/'}
slug: ${quoted(slug)}
topic: ${quoted(topic)}
order: ${order}
dateModified: ${today}
# ${lang === 'fr' ? 'Ce qui a changé, une ligne par modification importante ; la plus récente porte la date de dateModified' : 'What changed, one line per significant change; the newest is dated like dateModified'}
changes:
  - { date: ${today}, summary: ${quoted(lang === 'fr' ? 'Publication' : 'First published')} }
keywords: []
---

## ${lang === 'fr' ? 'Première section {#premiere-section}' : 'First section {#first-section}'}

${lang === 'fr' ? 'Écrivez ici.' : 'Write here.'}
${ending(lang)}`;

const created: string[] = [];
for (const lang of missing) {
  const slug = slugs[lang]!;
  const file = join(contentDir, lang, `${slug}.mdx`);
  if (existsSync(file)) fail(`${file} already exists with another translationKey: choose another --${lang} slug.`);
  mkdirSync(join(contentDir, lang), { recursive: true });
  writeFileSync(file, template(lang, slug));
  created.push(file);
}

const kept = [...existing.entries()].map(([lang, { file }]) => `${file} (the ${LANGUAGE_NAMES[lang]} twin, left as it is)`);
console.log(`Created ${created.join(' and ')}${kept.length > 0 ? `, twin of ${kept.join('')}` : ''}, paired by "translationKey: ${translationKey}".
Now, in ${created.length === 2 ? 'both files' : 'the new file'}:
  1. write the title and the description between the quotes (the build refuses the pair until you do);
  2. set order (its place in the "${topic}" topic) and keywords (words people may search for);
  3. write the text, with the same "##"/"###" sections in the same order in both languages${kept.length > 0 ? ` (copy the outline of ${[...existing.values()][0]!.file})` : ''}.
Preview with: npm run dev   (then open http://127.0.0.1:4320/fr/ ). See CONTRIBUTING.md.`);
