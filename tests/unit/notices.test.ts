import { expect, test } from '@playwright/test';
import { listedNotices, noticesFor, noticeState, noticeTime, RECENT_DAYS, unknownPages, type Notice } from '../../src/lib/notices';

const DAY = 86_400_000;
const NOW = new Date('2026-12-05T12:00:00Z');

function notice(id: string, startDays: number, endDays: number, covers: Partial<Pick<Notice, 'pages' | 'topics'>> = {}): Notice {
  return {
    id,
    file: `${id}.yaml`,
    severity: 'info',
    start: new Date(NOW.getTime() + startDays * DAY),
    end: new Date(NOW.getTime() + endDays * DAY),
    pages: covers.pages ?? [],
    topics: covers.topics ?? [],
    text: { fr: { title: id, text: id }, en: { title: id, text: id } },
  };
}

test('a notice is upcoming before its start, current until its end, then ended', () => {
  const window = notice('n', 0, 1);
  expect(noticeState(window, new Date(NOW.getTime() - 1))).toBe('upcoming');
  expect(noticeState(window, NOW)).toBe('current');
  expect(noticeState(window, window.end)).toBe('ended');
});

test('an article gets the notices not yet ended that name its translationKey or its topic', () => {
  const notices = [
    notice('key', -1, 1, { pages: ['gckey'] }),
    notice('topic', 1, 2, { topics: ['sign-in'] }),
    notice('ended', -2, -1, { pages: ['gckey'] }),
    notice('other', -1, 1, { pages: ['autre'] }),
  ];
  expect(noticesFor(notices, { translationKey: 'gckey', topic: 'sign-in' }, NOW).map((found) => found.id)).toEqual(['key', 'topic']);
});

test(`the notices page lists what has not ended or ended less than ${RECENT_DAYS} days ago, latest start first`, () => {
  const notices = [notice('old', -RECENT_DAYS - 2, -RECENT_DAYS - 1), notice('recent', -11, -10), notice('next', 1, 2), notice('now', -1, 1)];
  expect(listedNotices(notices, NOW).map((found) => found.id)).toEqual(['next', 'now', 'recent']);
});

test('notice times are written in Eastern time, in each language', () => {
  expect(noticeTime(new Date('2026-12-05T13:00:00Z'), 'fr')).toBe('5 décembre 2026 à 08 h 00 HNE');
  expect(noticeTime(new Date('2026-07-05T13:00:00Z'), 'en')).toBe('July 5, 2026 at 9:00 a.m. EDT');
});

test('a notice that covers an article no one has is refused, naming the line of that page and the fix', () => {
  const keys = new Set(['alpha', 'gckey']);
  expect(unknownPages(['alpha', 'beta'], keys, (index) => `notices/panne.yaml:${7 + index}`)).toEqual([
    'notices/panne.yaml:8: covers.pages: no article has translationKey "beta"; use the translationKey of an article\'s frontmatter',
  ]);
  expect(unknownPages(['gckey'], keys, () => 'unused')).toEqual([]);
});
