import { feedbackSettings } from '../lib/feedback-settings.ts';

// The site's settings and their defaults, read from the environment here and nowhere else: the build,
// the scripts (which import this file) and the tests all see the same values.

/**
 * Where content is read from and the site written to. Both can be moved by
 * environment variables, so benchmarks, build-check fixtures and editors who
 * keep content in another repository can build the same site.
 */
export const CONTENT_DIR = process.env['HELP_CONTENT_DIR'] ?? 'content';
export const OUT_DIR = process.env['HELP_OUT_DIR'] ?? 'dist';
/** Astro's cache; separate builds running at once (test fixtures) each need their own. */
export const CACHE_DIR = process.env['HELP_CACHE_DIR'] ?? './node_modules/.astro';

/** The public origin: absolute URLs in hreflang alternates, the sitemap and copied links. */
export const SITE = process.env['HELP_SITE'] ?? 'https://aide-connexion.dec.example';

/** `npm run links:accept`: record the current links in the link lock instead of checking them. */
export const ACCEPT_LINKS = process.env['HELP_LINKS_ACCEPT'] === '1';

/** Page feedback ("Did you find what you were looking for?"): off unless `HELP_FEEDBACK_URL` is set (src/lib/feedback-settings.ts). */
export const FEEDBACK = feedbackSettings(process.env);
