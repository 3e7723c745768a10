import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dictionaries, LANGS } from '../../src/i18n';
import { findVariants, labelKey, quotesIn, termsFileSchema, type Term } from '../../src/lib/terms';

const TERMS: Term[] = [
  { use: 'code à six chiffres', refuse: ['code d’accès', 'code temporaire'] },
  { use: 'DEC', refuse: ['CED'], caseSensitive: true },
  { use: 'sélectionnez', refuse: ['cliquez'] },
  { use: 'option de connexion', refuse: ['méthode'] },
];

test('a refused variant is found whatever its apostrophe, spaces or case, in the plural too, and after an elision', () => {
  const text = "Entrez le code d'accès. Un code\u00a0temporaire ? Cliquez ici. Deux méthodes. La méthode.";
  expect(findVariants(text, TERMS).map((match) => match.found)).toEqual(["code d'accès", 'code\u00a0temporaire', 'Cliquez', 'méthodes', 'méthode']);
  expect(findVariants('l’option de connexion, l’méthode', TERMS).map((match) => match.found)).toEqual(['méthode']);
});

test('a variant counts as a whole word only, and a case-sensitive one in its own case', () => {
  expect(findVariants('Les méthodologies, cliquezvous, procédure', TERMS)).toEqual([]);
  expect(findVariants('le CED, les ced, CEDRE', TERMS).map((match) => match.found)).toEqual(['CED']);
});

test('quotes are found in French guillemets and English curly or straight quotes, trimmed of their spaces', () => {
  expect(quotesIn('Sélectionnez « S’inscrire\u00a0», puis “Continue” or "Skip". Empty: « ».').map((quote) => quote.text)).toEqual([
    'S’inscrire',
    'Continue',
    'Skip',
  ]);
  expect(labelKey('S’inscrire.')).toBe(labelKey("s'inscrire"));
  expect(labelKey('Forgot your password?')).toBe('forgot your password?');
});

for (const lang of LANGS) {
  test(`the ${lang === 'fr' ? 'French' : 'English'} UI strings use the preferred terms of content/terms/${lang}.yaml`, () => {
    const { terms } = termsFileSchema.parse(parse(readFileSync(`content/terms/${lang}.yaml`, 'utf8')));
    const found = Object.entries(dictionaries[lang]).flatMap(([key, value]) =>
      findVariants(value, terms).map((match) => `${key}: "${match.found}" → "${match.term.use}"`),
    );
    expect(found).toEqual([]);
  });
}
