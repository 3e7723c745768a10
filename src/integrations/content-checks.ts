import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentSources } from '../lib/content-sources';
import { checkBuiltSite, type ParsedPage } from '../lib/html-checks';

/**
 * Fails the build when the published HTML has a broken link or fragment, an
 * image without alt text, a vague link text or an unannounced language switch,
 * naming the source file and line. The pages it read are shared with later
 * integrations (the sitemap takes its hreflang alternates from them).
 */
export function contentChecks(options: { contentDir: string; onPages?: (pages: ReadonlyMap<string, ParsedPage>) => void }): AstroIntegration {
  const sources = () => readContentSources(options.contentDir);
  return {
    name: 'help-centre:content-checks',
    hooks: {
      'astro:config:setup': () => {
        const { stray } = sources();
        if (stray.length > 0) {
          throw new Error(
            `These files are not in content/fr/ or content/en/, so they would never be published; move them into a language folder:\n- ${stray.join('\n- ')}`,
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, problems } = checkBuiltSite(fileURLToPath(dir));
        if (problems.length > 0) {
          const { locate } = sources();
          const lines = problems.map((problem) => `${locate(problem.page, problem.needle)}: ${problem.message}`);
          throw new Error(`The built site has ${problems.length} problem(s):\n- ${lines.join('\n- ')}`);
        }
        logger.info(`${pages.size} pages checked: every link, #fragment, image alt text and language switch is sound.`);
        options.onPages?.(pages);
      },
    },
  };
}
