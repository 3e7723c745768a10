import type { Lang } from '../i18n/locales';
import type { Topic } from '../schemas/article';

// Pure notice rules, shared by the build and NoticeClock's script in the page: keep this module small.

/** How serious a notice is: each has its own word and colour on the page. */
export const SEVERITIES = ['outage', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Notices that ended within this many days are still listed on the notices page, for support agents. */
export const RECENT_DAYS = 90;

export interface Notice {
  /** The file name without `.yaml`: the notice's id on the notices page. */
  id: string;
  file: string;
  severity: Severity;
  start: Date;
  end: Date;
  /** translationKeys of the articles it covers. */
  pages: string[];
  /** Topics whose every article it covers. */
  topics: Topic[];
  text: Record<Lang, { title: string; text: string }>;
}

/** Where a notice stands at a given moment: shown on pages only while `current`. */
export type NoticeState = 'upcoming' | 'current' | 'ended';

/**
 * Where a notice stands at `now`: in the build (pages without JavaScript) and in the reader's browser (NoticeClock).
 * @example noticeState({ start, end }, start) // 'current'
 */
export function noticeState(notice: { start: Date; end: Date }, now: Date): NoticeState {
  if (now < notice.start) return 'upcoming';
  return now < notice.end ? 'current' : 'ended';
}

/** The notices an article shows (built in, if not yet ended at `now`): those naming its key or its topic. */
export function noticesFor(notices: readonly Notice[], article: { translationKey: string; topic: Topic }, now: Date): Notice[] {
  return notices.filter(
    (notice) => noticeState(notice, now) !== 'ended' && (notice.pages.includes(article.translationKey) || notice.topics.includes(article.topic)),
  );
}

/** The notices page's list at `now`: upcoming, current and those ended within RECENT_DAYS, latest start first. */
export function listedNotices(notices: readonly Notice[], now: Date): Notice[] {
  const since = now.getTime() - RECENT_DAYS * 86_400_000;
  return notices.filter((notice) => notice.end.getTime() > since).sort((a, b) => b.start.getTime() - a.start.getTime());
}

/**
 * The articles a notice covers that do not exist, one message each; `at(index)` is "file:line" of its n-th page.
 * @example unknownPages(['beta'], new Set(['alpha']), () => 'avis.yaml:7') // ['avis.yaml:7: covers.pages: no article has translationKey "beta"; …']
 */
export function unknownPages(pages: readonly string[], translationKeys: ReadonlySet<string>, at: (index: number) => string): string[] {
  return pages.flatMap((key, index) =>
    translationKeys.has(key) ? [] : [`${at(index)}: covers.pages: no article has translationKey "${key}"; use the translationKey of an article's frontmatter`],
  );
}

/**
 * A notice's date and time as readers of `lang` write it, in Québec's time zone whatever offset the editor wrote.
 * @example noticeTime(new Date('2026-12-05T13:00Z'), 'fr') // '5 décembre 2026 à 08 h 00 HNE'
 */
export function noticeTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(`${lang}-CA`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'America/Toronto',
    timeZoneName: 'short',
  }).format(date);
}
