import type { Features } from 'satteri';

/**
 * The Markdown syntax articles are written in: Astro's defaults (GFM, smart punctuation) and `## Heading {#id}`.
 * The build's processor (src/integrations/markdown.ts), the source checks and the translation lock's
 * fingerprints all read sources with these, so that they see what readers see.
 */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: true, headingAttributes: true };
