// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contactCheck } from './src/integrations/contact-check';
import { contentChecks } from './src/integrations/content-checks';
import { pruneTokens } from './src/integrations/prune-tokens';
import { frenchTypographyPlugin } from './src/lib/french-typography-plugin';
import { headingIdsPlugin } from './src/lib/heading-ids-plugin';
import { sitemapAlternates } from './src/lib/sitemap-alternates';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security-policy';
import { ACCEPT_LINKS, CACHE_DIR, CONTENT_DIR, OUT_DIR, SITE } from './src/lib/site-config';

const alternates = sitemapAlternates();

export default defineConfig({
  site: SITE,
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // One stylesheet for the whole site and no inlined script: every asset is a fingerprinted,
  // long-cached file, and the CSP needs no 'unsafe-inline' (src/lib/security-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  markdown: {
    // Help articles show no code: no Shiki, whose inline styles a strict CSP would block.
    syntaxHighlight: false,
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingIdsPlugin, frenchTypographyPlugin] }),
  },
  integrations: [
    // Static Markdown compiles to HTML strings (smaller modules, faster builds); the section-link
    // tools are added to the rendered HTML by src/components/ArticleBody.astro.
    mdx({ optimize: true }),
    // Only the GC Design System tokens the CSS reads reach the stylesheet.
    pruneTokens({ from: '@cdssnc/gcds-tokens', prefix: '--gcds-' }),
    // Stops at once on a broken contact file, or on example contact details in a production build.
    contactCheck({ site: SITE }),
    // Runs before the sitemap: it reads every page once and hands over their hreflang links.
    contentChecks({ contentDir: CONTENT_DIR, acceptLinks: ACCEPT_LINKS, onPages: alternates.collect }),
    sitemap({ filter: alternates.include, serialize: alternates.serialize }),
  ],
});
