import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaries } from '../../src/i18n';
import { BASE_CONTENT, buildFixture, expectBuildToStop } from '../support/fixture-build';

const PRODUCTION = { HELP_SITE: 'https://aide-connexion.dec-ced.gc.ca' };

const REAL_CONTACT = `phone:
  tel: "+1-418-000-0000"
  display:
    fr: "418 000-0000"
    en: "418-000-0000"
  hours:
    fr: "du lundi au vendredi"
    en: "Monday to Friday"
email: help@not-an-example-domain.ca
`;

test('a production build stops while the contact file still holds example values, naming each one', async () => {
  const build = await buildFixture(() => {}, { env: PRODUCTION });
  expect(build.status, build.output).not.toBe(0);
  expect(build.output).toContain(
    'contact.yaml still holds example contact details (phone.tel, phone.display.fr, phone.display.en, phone.hours.fr, phone.hours.en, email)',
  );
  expect(build.output).toContain('this is a production build for https://aide-connexion.dec-ced.gc.ca');
  expect(build.output).toContain('Replace them with DEC’s real phone number');
});

test('a production build goes through once every example value is replaced, the real GCKey help desk kept; <ContactChannels gckey /> shows the help desk after our channels', async () => {
  const build = await buildFixture(
    (content) => {
      const fixture = content.read('contact.yaml');
      content.write('contact.yaml', REAL_CONTACT + fixture.slice(fixture.indexOf('gckeyHelpDesk:')));
    },
    { env: PRODUCTION },
  );
  expect(build.output).toContain('pages checked');
  expect(build.status).toBe(0);
  // The fixture's help page (tests/fixtures/content/base/<lang>/) ends with <ContactChannels gckey />.
  for (const [lang, path] of [
    ['fr', 'fr/aide'],
    ['en', 'en/help'],
  ] as const) {
    const t = dictionaries[lang];
    const page = parseDocument(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
    const blocks = DomUtils.findAll((element) => 'data-contact-channels' in element.attribs || 'data-gckey-help-desk' in element.attribs, page.children);
    expect(
      blocks.map((block) => ('data-contact-channels' in block.attribs ? 'our channels' : 'GCKey help desk')),
      path,
    ).toEqual(['our channels', 'GCKey help desk']);
    const desk = blocks[1]!;
    // Spaces as written: French spacing's non-breaking ones stay.
    const text = DomUtils.textContent(desk).replace(/[ \n]+/g, ' ');
    for (const words of [t['contact.gckeyQuestion'], t['contact.gckeyHelpDesk'], t['contact.gckeyLimit']]) expect(text, path).toContain(words);
    expect(text, path).toContain(lang === 'fr' ? '24 heures sur 24, 7 jours sur 7' : '24 hours a day, 7 days a week');
    expect(DomUtils.findOne((element) => element.name === 'a', desk.children)?.attribs['href'], path).toBe('tel:+1-855-438-1102');
  }
});

test('the build stops, naming the file, the line and the fix, when a phone number is not written as dialled', async () => {
  await expectBuildToStop(
    (content) => content.replace('contact.yaml', "tel: '+1-555-555-0100'", "tel: '(555) 555-0100'"),
    ['contact.yaml:3: phone.tel: phone.tel must be + and the country code'],
  );
});

test('the build stops, naming the file, the line and the fix, when the web form is not an https address', async () => {
  // webForm: is appended after the file's last line, fr: on the line after it.
  const line = readFileSync(join(BASE_CONTENT, 'contact.yaml'), 'utf8').split('\n').length + 1;
  await expectBuildToStop(
    (content) => content.write('contact.yaml', `${content.read('contact.yaml')}webForm:\n  fr: http://example.com/fr\n  en: https://example.com/en\n`),
    [`contact.yaml:${line}: webForm.fr: webForm.fr must be a full https:// address`],
  );
});
