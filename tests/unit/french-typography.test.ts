import { expect, test } from '@playwright/test';
import { frenchFrontmatter, frenchSpacing } from '../../src/lib/french-typography';
import { parseContactSettings } from '../../src/lib/contact-settings';
import { parseTree } from '../../src/lib/troubleshooter';

test('puts a non-breaking space before a colon and inside guillemets', () => {
  expect(frenchSpacing('Cliquez sur « S’inscrire » : c’est tout.')).toBe('Cliquez sur «\u00a0S’inscrire\u00a0»\u00a0: c’est tout.');
});

test('puts a narrow non-breaking space before ; ! and ?', () => {
  expect(frenchSpacing('Des questions ? Oui ! Bien ; merci')).toBe('Des questions\u202f? Oui\u202f! Bien\u202f; merci');
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

test('holds a time together: "8 h 30" and "16 h" keep their spaces non-breaking, and a word starting with h is left alone', () => {
  expect(frenchSpacing('de 8 h 30 à 16 h, 24 heures sur 24, 2 hibous')).toBe('de 8\u00a0h\u00a030 à 16\u00a0h, 24 heures sur 24, 2 hibous');
});

/** Text where "?", "!", ";", ":" or "»" could start a line, or "«" end one: a breaking space beside them. */
const strandable = / [?!;:»]|« /;

test('the French troubleshooter’s title, intro, questions, hints and answers are spaced when the tree is read, the English ones left as typed', () => {
  const yaml = (question: string) => `title: Je n’arrive pas à me connecter ?
intro: "Répondez : c’est rapide."
steps:
  - id: debut
    question: ${question}
    hint: Le bouton « Se connecter » ?
    choices:
      - label: Mon code est refusé !
        next: fin
      - label: « Autre » ; je ne sais pas
        next: fin
  - id: fin
    question: Et ensuite ?
    choices:
      - label: Oui ?
        answer: /fr/aide/#nous-joindre
      - label: Non ?
        answer: /fr/aide/#nous-joindre
`;
  const { tree } = parseTree('fr', 'depannage.yaml', yaml('Où ça bloque ?'));
  const texts = [tree!.title, tree!.intro, ...tree!.steps.flatMap((step) => [step.question, step.hint ?? '', ...step.choices.map((choice) => choice.label)])];
  expect(texts.filter((text) => strandable.test(text))).toEqual([]);
  expect(tree!.steps[0]!.question).toBe('Où ça bloque\u202f?');
  expect(tree!.steps[0]!.hint).toBe('Le bouton «\u00a0Se connecter\u00a0»\u202f?');
  expect(tree!.intro).toBe('Répondez\u00a0: c’est rapide.');
  expect(parseTree('en', 'troubleshooting.yaml', yaml('Where are you stuck ?')).tree!.steps[0]!.question).toBe('Where are you stuck ?');
});

test('the French contact hours are spaced when the contact file is read: "8 h 30" never breaks, ":" never starts a line', () => {
  const settings = parseContactSettings(
    'contact.yaml',
    `phone:
  tel: '+1-418-000-0000'
  display: { fr: '418 000-0000', en: '418-000-0000' }
  hours:
    fr: 'Semaine : de 8 h 30 à 16 h 30'
    en: 'Weekdays: 8:30 a.m. to 4:30 p.m.'
`,
  );
  expect(settings.phone!.hours.fr).toBe('Semaine\u00a0: de 8\u00a0h\u00a030 à 16\u00a0h\u00a030');
  expect(settings.phone!.hours.en).toBe('Weekdays: 8:30 a.m. to 4:30 p.m.');
});
