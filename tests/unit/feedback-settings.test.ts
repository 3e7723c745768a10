import { expect, test } from '@playwright/test';
import { feedbackSettings } from '../../src/lib/feedback-settings';

test('without HELP_FEEDBACK_URL there is no feedback form to configure', () => {
  expect(feedbackSettings({})).toBeUndefined();
  expect(feedbackSettings({ HELP_FEEDBACK_URL: '  ', HELP_INSTITUTION_CODE: 'DEC' })).toBeUndefined();
});

test('an https receiver gives its address, its origin alone and the institution code', () => {
  expect(feedbackSettings({ HELP_FEEDBACK_URL: 'https://retroaction.example.gc.ca/api/feedback', HELP_INSTITUTION_CODE: 'DEC' })).toEqual({
    url: 'https://retroaction.example.gc.ca/api/feedback',
    origin: 'https://retroaction.example.gc.ca',
    institution: 'DEC',
  });
});

test('plain http is refused except on this machine', () => {
  expect(() => feedbackSettings({ HELP_FEEDBACK_URL: 'http://retroaction.example.gc.ca/api', HELP_INSTITUTION_CODE: 'DEC' })).toThrow(
    'must use https:// (plain http:// is accepted for 127.0.0.1 and localhost only)',
  );
  expect(feedbackSettings({ HELP_FEEDBACK_URL: 'http://127.0.0.1:4380/feedback', HELP_INSTITUTION_CODE: 'DEC' })?.origin).toBe('http://127.0.0.1:4380');
});

test('a receiver needs an address and an institution code, and the message says what to write', () => {
  expect(() => feedbackSettings({ HELP_FEEDBACK_URL: 'retroaction', HELP_INSTITUTION_CODE: 'DEC' })).toThrow(
    "is not an address: write the receiver's full URL",
  );
  expect(() => feedbackSettings({ HELP_FEEDBACK_URL: 'https://retroaction.example.gc.ca/api' })).toThrow('HELP_INSTITUTION_CODE is needed too');
});
