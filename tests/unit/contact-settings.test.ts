import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { contactFile } from '../../src/data/contact';
import { exampleValues, parseContactSettings } from '../../src/lib/contact-settings';

const OURS = `email: aide@example.com
`;
const helpDesk = (tel: string, hours = '24 hours a day, 7 days a week') => `gckeyHelpDesk:
  tel: '${tel}'
  display: { fr: '${tel.slice(1)}', en: '${tel.slice(1)}' }
  hours: { fr: '24 heures sur 24, 7 jours sur 7', en: '${hours}' }
`;

test('the GCKey help desk of content/contact.yaml is real, sourced data: the production check does not take it for an example', () => {
  const settings = parseContactSettings(contactFile, readFileSync(contactFile, 'utf8'));
  expect(settings.gckeyHelpDesk?.tel).toBe('+1-855-438-1102');
  expect(exampleValues(settings).filter((field) => field.startsWith('gckeyHelpDesk'))).toEqual([]);
});

test('a help desk with an example number or the word EXAMPLE is flagged like our own channels', () => {
  expect(exampleValues(parseContactSettings('contact.yaml', OURS + helpDesk('+1-555-555-0199', 'EXAMPLE: always')))).toEqual([
    'gckeyHelpDesk.tel',
    'gckeyHelpDesk.hours.en',
    'email',
  ]);
});

test('the help desk is never one of our channels: a file with only the help desk names the fix', () => {
  expect(() => parseContactSettings('contact.yaml', helpDesk('+1-855-438-1102'))).toThrow(
    'give at least one way to reach CED: phone, email or webForm (the GCKey help desk does not count',
  );
  expect(() => parseContactSettings('contact.yaml', OURS + helpDesk('1-855-438-1102'))).toThrow(
    'contact.yaml:3: gckeyHelpDesk.tel: gckeyHelpDesk.tel must be + and the country code',
  );
});
