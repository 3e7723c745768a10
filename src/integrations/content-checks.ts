import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content-error';
import { checkContentSources, readContentSources } from '../pipeline/content-sources';
import { checkBuiltSite } from '../pipeline/html-checks';
import { checkLinkLock, currentLinks, formatLinkLock, type LinkLock } from '../pipeline/link-lock';
import { checkTranslationLock } from '../pipeline/translation-lock';

interface Options {
  contentDir: string;
  /** Records the current links in the lock, removals included, instead of checking them (`npm run links:accept`). */
  acceptLinks: boolean;
}

/**
 * Fails the build when the published HTML has a broken link or fragment, an
 * image without alt text, a vague link text, an unannounced language switch,
 * when a link recorded in the link lock no longer lands, or when a section
 * changed in one language and not in its twin (the translation lock), naming
 * the source file and line.
 */
export function contentChecks({ contentDir, acceptLinks }: Options): AstroIntegration {
  const sources = () => readContentSources(contentDir);
  const lockFile = join(contentDir, 'links.lock.json');
  return {
    name: 'help-centre:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // In the dev server the pages throw these instead (src/data/articles.ts), so that they show in the browser.
        if (command === 'dev') return;
        const { problems, notices } = checkContentSources(contentDir);
        for (const notice of notices) logger.warn(notice);
        if (problems.length > 0) throw new ContentError(problems);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages, problems } = checkBuiltSite(outDir);
        const { locate } = sources();
        const lines = problems.map((problem) => `${locate(problem.page, problem.needle)}: ${problem.message}`);
        if (acceptLinks) {
          writeFileSync(lockFile, formatLinkLock(currentLinks(pages)));
          logger.info(`Recorded ${pages.size} pages' links in ${lockFile}: commit it with your change.`);
        } else if (!existsSync(lockFile)) {
          lines.push(`${lockFile} does not exist: run "npm run links:accept" to record the published links, then commit it.`);
        } else {
          const lock = checkLinkLock(JSON.parse(readFileSync(lockFile, 'utf8')) as LinkLock, pages, lockFile);
          lines.push(...lock.problems);
          if (lines.length === 0 && lock.added.length > 0) {
            writeFileSync(lockFile, formatLinkLock(lock.next));
            logger.info(`Recorded ${lock.added.length} new link(s) in ${lockFile} (commit it with your change): ${lock.added.join(', ')}`);
          }
        }
        // Official Languages: a section changed in one language only waits for its twin (src/pipeline/translation-lock.ts).
        const translations = checkTranslationLock(contentDir);
        lines.push(...translations.problems);
        if (translations.added.length > 0) logger.info(`Recorded in ${translations.lockFile}, to commit: ${translations.added.join('; ')}.`);
        if (lines.length > 0) throw new Error(`The built site has ${lines.length} problem(s):\n- ${lines.join('\n- ')}`);
        logger.info(`${pages.size} pages checked: links, #fragments, alt text, language switches, the link lock and the translation lock are sound.`);
      },
    },
  };
}
