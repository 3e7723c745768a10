import { defaultPatterns, PiiSanitizer, type PiiPattern } from '@cdssnc/sanitize-pii';

/** Email addresses, which @cdssnc/sanitize-pii 2.1 does not look for. */
const EMAIL: PiiPattern = { name: 'email', regex: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, description: 'Email address' };

/**
 * What people most often type into a comment comes first: the library applies its patterns
 * one after the other, and a rarer one that runs first (a Nova Scotia health card: 4, 3 and
 * 3 digits) can take the end of a phone number and the start of a SIN, leaving the rest of both.
 */
const FIRST = new Set(['phone_number', 'phone_number_international', 'sin']);
const sanitizerPatterns = [
  EMAIL,
  ...defaultPatterns.filter((pattern) => FIRST.has(pattern.name)),
  ...defaultPatterns.filter((pattern) => !FIRST.has(pattern.name)),
];

/**
 * Replaces personal information in a reader's comment (emails, phone numbers, SIN,
 * postal codes, addresses…) with `replacement`, before it leaves the browser.
 * @example scrubPii('Écrivez à marie@exemple.ca', '[retiré]') // 'Écrivez à [retiré]'
 */
export function scrubPii(text: string, replacement: string): string {
  return new PiiSanitizer({ useDefaultPatterns: false, patterns: sanitizerPatterns, replacementTemplate: replacement }).sanitize(text);
}
