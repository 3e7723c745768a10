import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fingerprint, INTRO_ID, normaliseForFingerprint, sourceSections } from '../../src/pipeline/section-fingerprints';
import { listFiles } from '../../src/pipeline/site-files';
import { articleUrl } from '../../src/lib/urls';

test('spaces of every kind, quote styles, apostrophes and dashes do not change a fingerprint', () => {
  const typed = 'Étape 2 : cliquez sur « Continuer » - l\'écran s\'affiche... "vite"';
  const typeset = 'Étape\u00a02\u00a0: cliquez sur «\u00a0Continuer\u00a0» – l’écran s’affiche…\u202f“vite”';
  expect(normaliseForFingerprint(typeset)).toBe(normaliseForFingerprint(typed));
  expect(fingerprint(typeset)).toBe(fingerprint(typed));
  expect(fingerprint('8 — 16 caractères')).toBe(fingerprint('8-16 caractères'));
});

test('a changed word, number or letter case changes the fingerprint', () => {
  const base = fingerprint('De 8 à 16 caractères, au moins une majuscule.');
  expect(fingerprint('De 8 à 12 caractères, au moins une majuscule.')).not.toBe(base);
  expect(fingerprint('De 8 à 16 caractères, au moins une minuscule.')).not.toBe(base);
  expect(fingerprint('de 8 à 16 caractères, au moins une majuscule.')).not.toBe(base);
});

test('cuts a source into the introduction and one section per h2 and h3, keyed by explicit or derived ids', () => {
  const source = `---
title: Titre
description: Une description.
translationKey: a
---

Avant le premier titre.

## Règles du mot de passe {#regles-mot-de-passe}

<RulesChecklist title="Liste">

- Huit caractères

</RulesChecklist>

### Un sous-titre

Texte avec un [lien](/fr/b/#c).

#### Pas une section

Toujours dans le sous-titre.

## Un sous-titre

Un titre répété reçoit un suffixe.
`;
  const { frontmatter, sections } = sourceSections(source, 'mdx');
  expect(frontmatter['translationKey']).toBe('a');
  expect(sections.map((section) => section.id)).toEqual([INTRO_ID, 'regles-mot-de-passe', 'un-sous-titre', 'un-sous-titre-2']);
  expect(sections[0]!.text).toContain('Titre');
  expect(sections[0]!.text).toContain('Une description.');
  expect(sections[0]!.text).toContain('Avant le premier titre.');
  expect(sections[1]!.text).toContain('title=Liste');
  expect(sections[1]!.text).toContain('Huit caractères');
  expect(sections[2]!.text).toContain('/fr/b/#c');
  expect(sections[2]!.text).toContain('Toujours dans le sous-titre.');
});

test('the section ids read from the Markdown source are the ones the site publishes (content/links.lock.json)', () => {
  const lock = JSON.parse(readFileSync('content/links.lock.json', 'utf8')) as Record<string, string[]>;
  const articles = listFiles('content').filter((file) => /^(fr|en)\/.+\.mdx?$/.test(file));
  expect(articles.length).toBeGreaterThan(0);
  for (const file of articles) {
    const { frontmatter, sections } = sourceSections(readFileSync(`content/${file}`, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'md');
    const published = lock[articleUrl(file.startsWith('fr/') ? 'fr' : 'en', String(frontmatter['slug']))];
    const aliases = Object.keys((frontmatter['sectionAliases'] as Record<string, string> | undefined) ?? {});
    expect(
      sections
        .map((section) => section.id)
        .filter((id) => id !== INTRO_ID)
        .concat(aliases)
        .sort(),
      file,
    ).toEqual(published);
  }
});
