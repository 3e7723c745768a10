import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Lang } from '../i18n/locales';

/**
 * The Government of Canada marks (Federal Identity Program) as the GC Design
 * System publishes them: `@gcds-core/components` ships the official SVG files
 * beside its `gcds-signature` web component. The site serves copies of those
 * files from its own origin (`src/pages/gc/[file].ts`) and never loads the component.
 */
export const GC_MARKS = ['signature', 'wordmark'] as const;
export type GcMark = (typeof GC_MARKS)[number];

/** The package's file names: `sig-blk-fr.svg` (signature), `wmms-spl-en.svg` (wordmark). */
const PACKAGE_NAMES: Record<GcMark, (lang: Lang) => string> = {
  signature: (lang) => `sig-blk-${lang}.svg`,
  wordmark: (lang) => `wmms-spl-${lang}.svg`,
};

const require = createRequire(import.meta.url);
const ASSETS = join(dirname(require.resolve('@gcds-core/components/package.json')), 'dist/collection/components/gcds-signature/assets');
const TOKENS = require.resolve('@cdssnc/gcds-tokens/build/web/css/components/signature.css');

/** The file name a mark is served under, the package's own: `/gc/sig-blk-fr.svg`. */
export function gcMarkFile(mark: GcMark, lang: Lang): string {
  return PACKAGE_NAMES[mark](lang);
}

/**
 * Where a mark is served, root-relative.
 * @example gcMarkUrl('signature', 'fr') // '/gc/sig-blk-fr.svg'
 */
export function gcMarkUrl(mark: GcMark, lang: Lang): string {
  return `/gc/${gcMarkFile(mark, lang)}`;
}

/** One signature token's value from the GC Design System tokens: `--gcds-signature-color-flag` → `#eb2d37`. */
function signatureToken(tokens: string, name: string): string {
  const value = new RegExp(`--gcds-signature-${name}\\s*:\\s*([^;]+);`).exec(tokens)?.[1]?.trim();
  if (!value) throw new Error(`@cdssnc/gcds-tokens no longer defines --gcds-signature-${name}: update src/pipeline/gc-marks.ts to the tokens' new names.`);
  return value;
}

/**
 * The colours of a mark, as a stylesheet for inside the SVG. The package's
 * files leave their paths unfilled (`.fip_flag`, `.fip_text`): its web component
 * colours them from the design tokens. As an `<img>`, a file cannot take the
 * page's CSS, so its own stylesheet does the same: the red flag, and the text
 * in black, or in white where the image's colour scheme is dark (Chromium,
 * Firefox and Safari follow the `color-scheme` of the `<img>`: the page's
 * print styles set it to `light`). Forced colours use the system's text colour.
 */
export function gcMarkStyle(tokens: string): string {
  const flag = signatureToken(tokens, 'color-flag');
  const text = signatureToken(tokens, 'color-text');
  const white = signatureToken(tokens, 'white-default');
  return (
    `<style>.fip_flag{fill:${flag}}.fip_text{fill:${text}}` +
    `@media (prefers-color-scheme:dark){.fip_text{fill:${white}}}` +
    `@media (forced-colors:active){.fip_text{fill:CanvasText}}</style>`
  );
}

/**
 * An official file with its colours added after the opening `<svg>` tag; the
 * drawing itself is left exactly as published.
 * @example withStyle('<svg viewBox="0 0 1 1"><path class="fip_flag"/></svg>', '<style>…</style>') // '<svg viewBox="0 0 1 1"><style>…</style><path class="fip_flag"/></svg>'
 */
export function withStyle(svg: string, style: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('The GC mark file has no <svg> element: has @gcds-core/components changed its assets?');
  const at = open.index + open[0].length;
  return svg.slice(0, at) + style + svg.slice(at);
}

/** A mark in a language, as served: the package's file, coloured from the package's tokens. */
export function gcMarkSvg(mark: GcMark, lang: Lang): string {
  return withStyle(readFileSync(join(ASSETS, gcMarkFile(mark, lang)), 'utf8'), gcMarkStyle(readFileSync(TOKENS, 'utf8')));
}

/** The Canada.ca home page in each language, where the signature leads (as on Canada.ca itself). */
const CANADA_CA_HOME: Record<Lang, string> = { fr: 'https://www.canada.ca/fr.html', en: 'https://www.canada.ca/en.html' };

/** The Canada.ca home of a language. */
export function canadaCaHome(lang: Lang): string {
  return CANADA_CA_HOME[lang];
}
