import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { LANGUAGE_NAMES, type Lang } from '../i18n/locales.ts';
import { TOPICS, type Topic } from '../lib/article-schema.ts';
import { frenchSpacing } from '../lib/french-typography.ts';

/** How serious a notice is: each has its own word and colour on the page. */
export const SEVERITIES = ['outage', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Notices that ended within this many days are still listed on the notices page, for support agents. */
export const RECENT_DAYS = 90;

/** The notices folder inside the content folder: one YAML file per notice. */
export const NOTICES_FOLDER = 'notices';

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

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_TIME = 'a date and time with its time zone, such as 2026-12-05T08:00-05:00 (Eastern time: -05:00 in winter, -04:00 in summer)';

const dateTime = (field: string) =>
  z
    .string({ error: `${field} is required: ${DATE_TIME}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/, { error: `${field} must be ${DATE_TIME}` })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: `${field} is not a real date: ${DATE_TIME}` })
    .transform((value) => new Date(value));

const words = (lang: Lang) =>
  z.strictObject(
    {
      title: z
        .string({ error: `${lang}.title is required: the notice's title in ${LANGUAGE_NAMES[lang]}` })
        .trim()
        .min(3, { error: `${lang}.title is too short` }),
      text: z
        .string({ error: `${lang}.text is required: one or two sentences in ${LANGUAGE_NAMES[lang]} saying what happens and what to do` })
        .trim()
        .min(10, { error: `${lang}.text is too short: say what happens and what to do` }),
    },
    { error: `${lang} is missing: every notice needs a title and text in French (fr:) and in English (en:)` },
  );

const noticeSchema = z
  .strictObject({
    severity: z.enum(SEVERITIES, { error: `severity must be one of: ${SEVERITIES.join(', ')}` }),
    start: dateTime('start'),
    end: dateTime('end'),
    covers: z.strictObject(
      {
        pages: z.array(z.string().regex(kebab, { error: 'covers.pages lists translationKeys: lower-case letters, digits and hyphens' })).default([]),
        topics: z.array(z.enum(TOPICS, { error: `covers.topics may hold: ${TOPICS.join(', ')}` })).default([]),
      },
      { error: 'covers is required: the pages (translationKeys) and topics the notice is shown on, e.g. covers: { topics: [sign-in] }' },
    ),
    fr: words('fr'),
    en: words('en'),
  })
  .refine((notice) => notice.end > notice.start, {
    error: 'end comes before start: the end must be after the start (check the date, the hour and the time zone)',
    path: ['end'],
  })
  .refine((notice) => notice.covers.pages.length + notice.covers.topics.length > 0, {
    error: 'covers names no page and no topic: list translationKeys under covers.pages or topics under covers.topics',
    path: ['covers'],
  });

export class NoticeError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The notices have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'NoticeError';
    this.problems = problems;
  }
}

/**
 * Reads and checks every notice of `contentDir/notices/`; throws a NoticeError naming
 * each file, field and fix. `translationKeys` are the articles a notice may cover.
 */
export function readNotices(contentDir: string, translationKeys: ReadonlySet<string>): Notice[] {
  const folder = join(contentDir, NOTICES_FOLDER);
  if (!existsSync(folder)) return [];
  const problems: string[] = [];
  const notices: Notice[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    if (name === 'README.md') continue;
    const id = name.replace(/\.ya?ml$/, '');
    if (id === name || !kebab.test(id)) {
      problems.push(`${file}: a notice is a .yaml file named in lower case with hyphens, such as 2026-12-05-panne-cle-gc.yaml`);
      continue;
    }
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error}); compare with the example in CONTRIBUTING.md`);
      continue;
    }
    const result = noticeSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
      continue;
    }
    const { severity, start, end, covers, fr, en } = result.data;
    for (const key of covers.pages) {
      if (!translationKeys.has(key))
        problems.push(`${file}: covers.pages: no article has translationKey "${key}"; use the translationKey of an article's frontmatter`);
    }
    notices.push({
      id,
      file,
      severity,
      start,
      end,
      pages: covers.pages,
      topics: covers.topics,
      text: { fr: { title: frenchSpacing(fr.title), text: frenchSpacing(fr.text) }, en },
    });
  }
  if (problems.length > 0) throw new NoticeError(problems);
  return notices;
}

/** Where a notice stands at `now`. */
export function noticeState(notice: Pick<Notice, 'start' | 'end'>, now: Date): NoticeState {
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

/** Québec's time zone: notice dates are shown in it, whatever offset the editor wrote. */
export const NOTICE_TIME_ZONE = 'America/Toronto';

/**
 * A notice's date and time as readers of `lang` write it, in Eastern time.
 * @example noticeTime(new Date('2026-12-05T13:00Z'), 'fr') // '5 décembre 2026 à 08 h 00 HNE'
 */
export function noticeTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(`${lang}-CA`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: NOTICE_TIME_ZONE,
    timeZoneName: 'short',
  }).format(date);
}
