/**
 * What page feedback sends: Canada.ca's field names (its page feedback tool's form), so the
 * Government of Canada's receiver can take it as is, plus `sectionId`, the heading id of
 * the section the reader was in. Receivers get `application/x-www-form-urlencoded`.
 */
export const FEEDBACK_FIELDS = {
  institution: 'institutionopt',
  language: 'language',
  title: 'pageTitle',
  /** The page's absolute URL, as Canada.ca sends it. */
  page: 'submissionPage',
  /** The twin page's path. */
  twin: 'oppositelang',
  section: 'sectionId',
  helpful: 'helpful',
  details: 'details',
} as const;

/** The two answers, bilingual as Canada.ca's receiver expects them. */
export const HELPFUL = { yes: 'Yes-Oui', no: 'No-Non' } as const;

/** Canada.ca's limit for the comment. */
export const FEEDBACK_MAX_LENGTH = 300;

/** How long the page waits for the receiver before telling the reader it could not send. */
export const FEEDBACK_TIMEOUT_MS = 10_000;
