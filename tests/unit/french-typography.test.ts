import { expect, test } from '@playwright/test';
import { frenchFrontmatter, frenchSpacing } from '../../src/lib/french-typography';

test('puts a non-breaking space before a colon and inside guillemets', () => {
  expect(frenchSpacing('Cliquez sur « S’inscrire » : c’est tout.')).toBe('Cliquez sur «\u00a0S’inscrire\u00a0»\u00a0: c’est tout.');
});

test('puts a narrow non-breaking space before ; ! and ?', () => {
  expect(frenchSpacing('Des questions ? Oui ! Bien ; merci')).toBe('Des questions\u202f? Oui\u202f! Bien\u202f; merci');
});

test('keeps a French time together: « 8 h 30 » and « 9 h » never break, « 24 heures » may', () => {
  expect(frenchSpacing('de 8 h 30 à 16 h 30, ou 9 h ; 24 heures sur 24')).toBe('de 8\u00a0h\u00a030 à 16\u00a0h\u00a030, ou 9\u00a0h\u202f; 24 heures sur 24');
});

test('leaves addresses and times without spaces untouched', () => {
  expect(frenchSpacing('https://exemple.ca/?q=1 à 10:30')).toBe('https://exemple.ca/?q=1 à 10:30');
});

test('spaces the frontmatter fields a page shows, and only those, without changing the entry it was given', () => {
  const data = { title: 'Étape 2 : « S’inscrire »', description: 'Des questions ? Écrivez-nous.', slug: 'etape : 2' };
  expect(frenchFrontmatter(data)).toEqual({
    title: 'Étape 2\u00a0: «\u00a0S’inscrire\u00a0»',
    description: 'Des questions\u202f? Écrivez-nous.',
    slug: 'etape : 2',
  });
  expect(data.title).toBe('Étape 2 : « S’inscrire »');
});
