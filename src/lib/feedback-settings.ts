/** Where page feedback goes, when the site collects it (`HELP_FEEDBACK_URL`, `HELP_INSTITUTION_CODE`). */
export interface FeedbackSettings {
  /** The receiver's address: forms post to it, and the page's script sends to it. */
  url: string;
  /** Its origin, the only one added to the CSP's `form-action` and `connect-src`. */
  origin: string;
  /** The institution code the receiver files feedback under (Canada.ca's `institutionopt`). */
  institution: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads the feedback settings from the environment: none when `HELP_FEEDBACK_URL`
 * is unset (the site then shows no feedback form), and a build error that says
 * what to write when a value is unusable.
 * @example feedbackSettings({ HELP_FEEDBACK_URL: 'https://retroaction.example/api', HELP_INSTITUTION_CODE: 'DEC' })
 */
export function feedbackSettings(env: Record<string, string | undefined>): FeedbackSettings | undefined {
  const raw = env['HELP_FEEDBACK_URL']?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`HELP_FEEDBACK_URL="${raw}" is not an address: write the receiver's full URL, such as https://retroaction.example.gc.ca/api/feedback.`);
  }
  // Plain http only to a receiver on this machine (tests, previews): comments must not cross a network in clear.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error(`HELP_FEEDBACK_URL="${raw}" must use https:// (plain http:// is accepted for 127.0.0.1 and localhost only).`);
  }
  const institution = env['HELP_INSTITUTION_CODE']?.trim() ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/.test(institution)) {
    throw new Error(
      `HELP_FEEDBACK_URL is set, so HELP_INSTITUTION_CODE is needed too: the institution code the receiver files feedback under (letters, digits and hyphens, such as DEC); got "${institution}".`,
    );
  }
  return { url: url.href, origin: url.origin, institution };
}
