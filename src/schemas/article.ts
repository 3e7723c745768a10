import { z } from 'astro/zod';
// Explicit extensions: scripts run with Node itself import TOPICS from here (npm run new, npm run bench).
import { KEBAB } from '../lib/kebab.ts';
import { isoDay } from '../lib/iso-day.ts';

/** The topics an article can belong to, in the order of a client's journey. */
export const TOPICS = ['getting-started', 'sign-in', 'two-factor', 'trouble', 'help'] as const;
export type Topic = (typeof TOPICS)[number];

/** In `sources`: DEC's original sign-in help page, the source of every fact unless the article names another. */
export const SOURCE_PAGE = 'seed';

/** A video shown by `<VideoTutorial>`: a self-hosted file with captions, or a hosted player behind a click-to-load facade. */
export type VideoSource = { src: string; captions: string } | { embed: string };

const VIDEO_FORMS = 'video needs either "src" and "captions" (a self-hosted file) or "embed" (a hosted player), nothing else';

const video = z
  .strictObject(
    {
      src: z
        .string()
        .regex(/^\/.+\.(mp4|webm)$/, { error: 'video.src must be a root-relative .mp4 or .webm path under public/, such as /videos/clegc.mp4' })
        .optional(),
      captions: z
        .string()
        .regex(/^\/.+\.vtt$/, { error: 'video.captions must be a root-relative WebVTT file in the page’s language, such as /videos/clegc.fr.vtt' })
        .optional(),
      embed: z.url({ protocol: /^https$/, error: 'video.embed must be the https address of the hosted player' }).optional(),
    },
    { error: VIDEO_FORMS },
  )
  .refine((value) => (value.embed ? !value.src && !value.captions : Boolean(value.src && value.captions)), { error: VIDEO_FORMS })
  .transform((value): VideoSource => (value.embed ? { embed: value.embed } : { src: value.src!, captions: value.captions! }));

/** A date written YYYY-MM-DD; YAML reads an unquoted 2025-10-27 as a date already, which is written back the same way. */
const isoDate = (error: string) => z.preprocess((value) => (value instanceof Date ? isoDay(value) : value), z.iso.date({ error }));

/** One line of an article's "what changed" list, for support agents (the changes page and feed). */
const change = z.strictObject(
  {
    date: isoDate('each entry of changes needs a date written YYYY-MM-DD'),
    sectionId: z
      .string()
      .regex(KEBAB, { error: 'changes[].sectionId is the id of the section that changed, without "#", e.g. regles-mot-de-passe' })
      .optional(),
    summary: z
      .string({ error: 'each entry of changes needs a summary: one line, in the page’s language, of what changed' })
      .trim()
      .min(3, { error: 'a changes summary is too short: say in one line what changed' })
      .max(200, { error: 'a changes summary must be 200 characters or fewer: one line of what changed' }),
  },
  { error: 'each entry of changes is { date: YYYY-MM-DD, sectionId: <optional section id>, summary: <one line> }' },
);

/**
 * Frontmatter of one article. Every message says what to write instead,
 * because content editors read these in the build output.
 */
export const articleSchema = z.strictObject({
  title: z.string({ error: 'title is required: the page heading, in sentence case' }).trim().min(3, { error: 'title is too short' }),
  description: z
    .string({ error: 'description is required: one sentence shown under the title on the home page and in search results' })
    .trim()
    .min(20, { error: 'description is too short: write one full sentence' })
    .max(160, { error: 'description must be 160 characters or fewer: shorten it' }),
  translationKey: z
    .string({ error: 'translationKey is required: the same value in the French and English twins' })
    .regex(KEBAB, { error: 'translationKey may hold only lower-case letters, digits and hyphens, e.g. "supported-browsers"' }),
  slug: z
    .string({ error: 'slug is required: the last part of the URL, in the page’s language' })
    .regex(KEBAB, { error: 'slug may hold only lower-case letters a–z, digits and hyphens (no accents), e.g. "navigateurs-pris-en-charge"' }),
  topic: z.enum(TOPICS, { error: `topic must be one of: ${TOPICS.join(', ')}` }),
  order: z
    .number({ error: 'order is required: a whole number that places the article in its topic' })
    .int({ error: 'order must be a whole number' })
    .min(1, { error: 'order starts at 1' }),
  dateModified: isoDate('dateModified must be a date written YYYY-MM-DD').transform((iso) => new Date(iso)),
  keywords: z.array(z.string().trim().min(1), { error: 'keywords must be a list of words people may search for, e.g. [2FA, MFA]' }).default([]),
  startHere: z
    .number({ error: 'startHere must be a whole number: the article’s place in the home page’s "start here" path for first-time users' })
    .int({ error: 'startHere must be a whole number' })
    .min(1, { error: 'startHere starts at 1' })
    .optional(),
  previousSlugs: z
    .array(z.string().regex(KEBAB, { error: 'previousSlugs are former slugs: lower-case letters, digits and hyphens' }), {
      error: 'previousSlugs must be a list of the slugs this article was published under before, e.g. [ancien-slug]',
    })
    .default([]),
  sectionAliases: z
    .record(z.string().regex(KEBAB, { error: 'a section alias is a former heading id: lower-case letters, digits and hyphens' }), z.string().regex(KEBAB), {
      error: 'sectionAliases maps former heading ids to current ones, e.g. { regles-mdp: regles-mot-de-passe }',
    })
    .default({}),
  video: video.optional(),
  changes: z
    .array(change, {
      error: 'changes is required: a list of what changed, newest entry dated like dateModified, e.g. [{ date: 2025-10-27, summary: Publication }]',
    })
    .min(1, { error: 'changes needs at least one entry: the publication, e.g. [{ date: 2025-10-27, summary: Publication }]' }),
  reviewBy: isoDate('reviewBy must be a date written YYYY-MM-DD: when the page should next be checked').optional(),
  owner: z
    .string({ error: 'owner must be text: who reviews this page, e.g. a team name' })
    .trim()
    .min(2, { error: 'owner is too short: name a person or team' })
    .optional(),
  // Where the article's facts come from, for editors re-checking them (shown on the quick-links page only).
  sources: z
    .array(
      z.union([z.literal(SOURCE_PAGE), z.url({ protocol: /^https$/, error: `each source is an https address or "${SOURCE_PAGE}"` })], {
        error: `each source is the https address of a public page, or "${SOURCE_PAGE}" for DEC’s original sign-in help page`,
      }),
      { error: `sources must be a list: [${SOURCE_PAGE}, https://www.canada.ca/…]` },
    )
    .min(1, { error: `sources must name at least one source, or be left out when the article states only facts of the original page ("${SOURCE_PAGE}")` })
    .optional(),
  // Plain language: a sentence over the build's hard limit stops it unless the reason is written here.
  plainLanguage: z
    .strictObject(
      {
        longSentences: z
          .string({ error: 'plainLanguage.longSentences is the reason a sentence must stay over the limit, in one sentence' })
          .trim()
          .min(20, { error: 'plainLanguage.longSentences needs a real reason (20 characters or more): why can the sentence not be split?' }),
      },
      { error: 'plainLanguage is { longSentences: "<why a sentence must stay long>" }' },
    )
    .optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
