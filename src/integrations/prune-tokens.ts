import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { pruneCustomProperties } from '../lib/css-tokens';
import { listFiles } from '../pipeline/site-files';

/** `@import '<package>/…css';` at the top of a stylesheet. */
const IMPORT = /@import\s+['"]([^'"]+\.css)['"]\s*;/g;

interface Options {
  /** The package whose token files are imported, e.g. `@cdssnc/gcds-tokens`. */
  from: string;
  /** The prefix of its custom properties, e.g. `--gcds-`. */
  prefix: string;
}

/**
 * Keeps only the design tokens the site reads. `src/styles/tokens.css`
 * imports the GC Design System token files whole (hundreds of custom
 * properties, a sixth of the stylesheet once gzipped); in a build, those
 * imports are inlined and pruned to the few dozen tokens that a `var()` in
 * `src/` reads, directly or through another token. This happens before the
 * stylesheet is bundled and fingerprinted, so its name changes with its content.
 */
export function pruneTokens({ from, prefix }: Options): AstroIntegration {
  return {
    name: 'help-centre:prune-tokens',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return; // the dev server keeps every token, so a new one works at once
        const srcDir = fileURLToPath(config.srcDir);
        const readers = () =>
          listFiles(srcDir)
            .filter((file) => /\.(astro|css|ts|mdx)$/.test(file))
            .map((file) => readFileSync(join(srcDir, file), 'utf8'));
        const plugin: Plugin = {
          name: 'help-centre:prune-tokens',
          enforce: 'pre',
          transform(code, id) {
            if (!/\.css(\?|$)/.test(id) || !code.includes(from)) return undefined;
            const require = createRequire(id);
            const inlined = code.replace(IMPORT, (statement: string, specifier: string) =>
              specifier.startsWith(from) ? readFileSync(require.resolve(specifier), 'utf8') : statement,
            );
            return { code: pruneCustomProperties(inlined, prefix, readers()), map: null };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
