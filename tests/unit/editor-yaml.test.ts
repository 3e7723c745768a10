import { expect, test } from '@playwright/test';
import { readTree } from '../../src/lib/troubleshooter';
import { parseYaml, readYaml } from '../../src/lib/yaml-source';
import { contactSchema } from '../../src/schemas/contact';
import { treeSchema } from '../../src/schemas/troubleshooter';

const contactOf = (text: string) => parseYaml('contact.yaml', text, contactSchema);
const treeOf = (lang: 'fr' | 'en', text: string) => readTree(lang, parseYaml('depannage.yaml', text, treeSchema).data!, readYaml('depannage.yaml', text));

const CONTACT = `phone:
  tel: '+1-555-555-0100'
  display: { fr: '1-555-555-0100', en: '1-555-555-0100' }
  hours: { fr: 'du lundi au vendredi, de 8 h 30 à 16 h 30 : heure de l’Est', en: 'Monday to Friday, 8:30 a.m. to 4:30 p.m.' }
gckeyHelpDesk:
  tel: '+1-855-438-1102'
  display: { fr: '1-855-438-1102', en: '1-855-438-1102' }
  hours: { fr: '24 heures sur 24, 7 jours sur 7', en: '24 hours a day, 7 days a week' }
`;

test('French contact hours get French spacing as the file is read; English ones are left as written', () => {
  const settings = contactOf(CONTACT).data!;
  expect(settings.phone?.hours.fr).toBe('du lundi au vendredi, de 8\u00a0h\u00a030 à 16\u00a0h\u00a030\u00a0: heure de l’Est');
  expect(settings.phone?.hours.en).toBe('Monday to Friday, 8:30 a.m. to 4:30 p.m.');
});

test('the GCKey help desk is read as a phone line, checked like ours', () => {
  expect(contactOf(CONTACT).data?.gckeyHelpDesk?.tel).toBe('+1-855-438-1102');
  expect(contactOf(CONTACT.replace("'+1-855-438-1102'", "'1 855 438-1102'")).problems).toEqual([
    expect.stringContaining('contact.yaml:6: gckeyHelpDesk.tel: gckeyHelpDesk.tel must be + and the country code'),
  ]);
});

const TREE = `title: Je n’arrive pas à me connecter
intro: 'Répondez à quelques questions : nous vous guiderons.'
steps:
  - id: etape
    question: Qu’est-ce qui vous empêche de vous connecter ?
    hint: Un « indice » facultatif !
    choices:
      - label: Le champ « Code d’invitation » est vide
        answer: /fr/a/#b
      - label: Autre chose ?
        answer: /fr/a/#c
`;

test('the French troubleshooter gets French spacing in every text a page shows, so no « ? » or « » » starts a line', () => {
  const tree = treeOf('fr', TREE);
  const step = tree.steps[0]!;
  expect(tree.intro).toBe('Répondez à quelques questions\u00a0: nous vous guiderons.');
  expect(step.question).toBe('Qu’est-ce qui vous empêche de vous connecter\u202f?');
  expect(step.hint).toBe('Un «\u00a0indice\u00a0» facultatif\u202f!');
  expect(step.choices.map((choice) => choice.label)).toEqual(['Le champ «\u00a0Code d’invitation\u00a0» est vide', 'Autre chose\u202f?']);
});

test('the English troubleshooter is left as written', () => {
  const tree = treeOf('en', TREE);
  expect(tree.steps[0]!.question).toBe('Qu’est-ce qui vous empêche de vous connecter ?');
});
