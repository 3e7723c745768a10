import { FEEDBACK } from './site-config.ts';

/**
 * The Content Security Policy, in one place: every page carries it in a `<meta>`
 * (`src/components/SecurityPolicy.astro`) and the hosts send it as a header
 * (`src/lib/host-headers.ts`), adding what a `<meta>` cannot carry.
 *
 * The site never inlines a script or a stylesheet (see `astro.config.mjs`), so
 * `'self'` is enough for both and neither copy needs a hash.
 */

/** Directives other than `script-src` and `style-src`, which Astro writes itself. */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // Page feedback posts to its receiver, and only there (HELP_FEEDBACK_URL; docs/security.md).
  ...(FEEDBACK ? ([`form-action 'self' ${FEEDBACK.origin}`, `connect-src 'self' ${FEEDBACK.origin}`] as const) : (["form-action 'self'"] as const)),
  // VideoFacade loads a hosted player only once clicked, and no article configures one:
  // to allow one, add its origin here (docs/security.md).
  "frame-src 'none'",
] as const;

/** Scripts: the site's own files; Pagefind compiles its WebAssembly search engine, which needs `'wasm-unsafe-eval'`. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Styles: the site's own stylesheet only. */
const STYLE_SOURCES = ["'self'"] as const;

/** Directives a `<meta>` element may not carry (browsers ignore them there), so only the host header has them. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The policy as each page's `<meta>` carries it.
 * @example pagePolicy() // "default-src 'self'; … script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"
 */
export function pagePolicy(): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join('; ');
}

/**
 * The policy as the host header sends it: the same directives as the pages', plus the header-only ones.
 * @example hostPolicy() // "default-src 'self'; … script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'"
 */
export function hostPolicy(): string {
  return [pagePolicy(), ...HEADER_ONLY_DIRECTIVES].join('; ');
}
