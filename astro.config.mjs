// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks';
import { pruneTokens } from './src/integrations/prune-tokens';
import { markdownProcessor } from './src/integrations/markdown';
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
    // Beside Astro's cache rather than in node_modules/.vite: fixture builds share node_modules through a link, and
    // two builds optimising dependencies into one folder collide (ENOTEMPTY on its rename).
    cacheDir: `${CACHE_DIR}/vite`,
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
    // Static Markdown compiles to HTML strings (smaller modules, faster builds), section tools included.
    mdx({ optimize: true }),
    // Only the GC Design System tokens the CSS reads reach the stylesheet.
    pruneTokens({ from: '@cdssnc/gcds-tokens', prefix: '--gcds-' }),
    // The sources before Astro reads them, the pages once built: hooks that verify and write nothing.
    contentChecks({ contentDir: CONTENT_DIR, acceptLinks: ACCEPT_LINKS }),
  ],
});
