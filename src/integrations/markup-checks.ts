import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Features } from 'satteri';
import { unsafeMarkup } from './unsafe-markup-plugin';
import { listFiles } from '../pipeline/site-files';

interface Options {
  contentDir: string;
  /** The Markdown features of `markdown.processor`, so the check reads the sources as the build does. */
  features: Features;
}

/**
 * Stops the build, before Astro renders anything, when an article carries markup
 * that runs code, loads another site, redirects or tampers with search, listing
 * every problem of every file at once. A check inside Astro's Markdown pipeline would
 * not do: a Markdown file that fails to render there is only logged, and published empty.
 */
export function markupChecks({ contentDir, features }: Options): AstroIntegration {
  return {
    name: 'help-centre:markup-checks',
    hooks: {
      'astro:config:setup': () => {
        const problems = listFiles(contentDir)
          .filter((file) => /\.mdx?$/.test(file))
          .flatMap((file) => unsafeMarkup(readFileSync(join(contentDir, file), 'utf8'), pathToFileURL(resolve(contentDir, file)), features));
        if (problems.length > 0) {
          throw new Error(`Articles carry markup the site does not publish (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
        }
      },
    },
  };
}
