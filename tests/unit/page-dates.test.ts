import { expect, test } from '@playwright/test';
import { articleDates, contentDates } from '../../src/lib/page-dates';

const article = (dates: string[], modified: string) => ({
  changes: dates.map((date) => ({ date, summary: 'Modification' })),
  dateModified: new Date(modified),
});

test('an article is issued with its first change, the oldest, wherever it stands in the list, and modified on dateModified', () => {
  expect(articleDates(article(['2026-11-30', '2025-10-27'], '2026-11-30'))).toEqual({ issued: '2025-10-27', modified: '2026-11-30' });
});

test('a page of several articles is issued with the first of them and modified with the newest, never on the build’s clock', () => {
  expect(
    contentDates([article(['2025-10-27'], '2025-10-27'), article(['2026-01-05', '2026-12-01'], '2026-12-01'), article(['2025-11-02'], '2026-03-04')]),
  ).toEqual({
    issued: '2025-10-27',
    modified: '2026-12-01',
  });
  expect(() => contentDates([])).toThrow('there is none');
});
