// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks';
import { markupChecks } from './src/integrations/markup-checks';
import { pruneTokens } from './src/integrations/prune-tokens';
import { markdownProcessor } from './src/integrations/markdown';
import { MARKDOWN_FEATURES } from './src/pipeline/markdown-features';
import { ACCEPT_LINKS, CACHE_DIR, CONTENT_DIR, OUT_DIR, SITE } from './src/pipeline/site-config';

export default defineConfig({
  site: SITE,
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // One stylesheet for the whole site and no inlined script: every asset is a fingerprinted,
  // long-cached file, and the CSP needs no 'unsafe-inline' nor any hash (src/pipeline/security-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      cssCodeSplit: false,
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX module with "use astro:head-inject" for its own bundling step; the bundler warns it
        // may not keep the directive (14 warnings a build, nothing lost). Only that warning is dropped, so the rest stays readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Help articles show no code: no Shiki, whose inline styles a strict CSP would block.
    syntaxHighlight: false,
    processor: markdownProcessor(),
  },
  integrations: [
    // Unsafe markup in an article (scripts, frames, event handlers, foreign files…) stops the build first.
    markupChecks({ contentDir: CONTENT_DIR, features: MARKDOWN_FEATURES }),
    // Static Markdown compiles to HTML strings (smaller modules, faster builds), section tools included.
    mdx({ optimize: true }),
    // Only the GC Design System tokens the CSS reads reach the stylesheet.
    pruneTokens({ from: '@cdssnc/gcds-tokens', prefix: '--gcds-' }),
    contentChecks({ contentDir: CONTENT_DIR, acceptLinks: ACCEPT_LINKS }),
  ],
});
