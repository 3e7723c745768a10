import { expect, test } from '@playwright/test';
import { createIdAllocator, headingId } from '../../src/lib/heading-ids';
import { KEBAB } from '../../src/lib/kebab';

test('folds French accents and punctuation into a plain ASCII id', () => {
  expect(headingId('Règles du mot de passe')).toBe('regles-du-mot-de-passe');
  expect(headingId('Créer une CléGC')).toBe('creer-une-clegc');
  expect(headingId('Qu’est-ce que l’authentification à deux facteurs ?')).toMatch(KEBAB);
  expect(headingId('Étape 3 : « Code d’invitation »')).toBe('etape-3-code-d-invitation');
});

test('gives a repeated heading a numbered id', () => {
  const allocate = createIdAllocator();
  expect([allocate('etapes'), allocate('etapes'), allocate('etapes')]).toEqual(['etapes', 'etapes-2', 'etapes-3']);
});
