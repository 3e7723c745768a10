import { z } from 'astro/zod';
import { LANGUAGE_NAMES, type Lang } from '../i18n/locales';
import { frenchSpacing } from '../lib/french-typography';
import { KEBAB } from '../lib/kebab';
import { SEVERITIES } from '../lib/notices';
import { TOPICS } from './article';

const DATE_TIME = 'a date and time with its time zone, such as 2026-12-05T08:00-05:00 (Eastern time: -05:00 in winter, -04:00 in summer)';

const dateTime = (field: string) =>
  z
    .string({ error: `${field} is required: ${DATE_TIME}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/, { error: `${field} must be ${DATE_TIME}` })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: `${field} is not a real date: ${DATE_TIME}` })
    .transform((value) => new Date(value));

// French texts get their French spacing here, once, as the file is read.
const words = (lang: Lang) =>
  z
    .strictObject(
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
    )
    .transform((value) => (lang === 'fr' ? { title: frenchSpacing(value.title), text: frenchSpacing(value.text) } : value));

/** One outage or change notice, `content/notices/<id>.yaml` (CONTRIBUTING.md, "Avis" / "Notices"). */
export const noticeSchema = z
  .strictObject({
    severity: z.enum(SEVERITIES, { error: `severity must be one of: ${SEVERITIES.join(', ')}` }),
    start: dateTime('start'),
    end: dateTime('end'),
    covers: z.strictObject(
      {
        pages: z.array(z.string().regex(KEBAB, { error: 'covers.pages lists translationKeys: lower-case letters, digits and hyphens' })).default([]),
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

export type NoticeData = z.output<typeof noticeSchema>;
