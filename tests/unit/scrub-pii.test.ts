import { expect, test } from '@playwright/test';
import { scrubPii } from '../../src/lib/scrub-pii';

const X = '[retiré]';

test('removes an email address, which the library alone would leave', () => {
  expect(scrubPii('Écrivez à marie-ève.tremblay+aide@exemple.qc.ca svp', X)).toBe(`Écrivez à ${X} svp`);
});

test('removes a phone number, a SIN and a postal code, and keeps the words around them', () => {
  expect(scrubPii('Appelez le 613-555-0199, NAS 046 454 286, code postal H2X 1Y4.', X)).toBe(`Appelez le ${X}, NAS ${X}, code postal ${X}.`);
});

test('removes a phone number and a SIN typed side by side whole, not a rarer pattern across both', () => {
  expect(scrubPii('613-555-0199 046 454 286', X)).toBe(`${X} ${X}`);
});

test('leaves a comment without personal information as it is', () => {
  const comment = 'Le code à 6 chiffres n’arrive pas après 2 essais.';
  expect(scrubPii(comment, X)).toBe(comment);
});
