import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content-error';
import { preCheckContent, sourceLocator } from '../pipeline/content-sources';
import { checkBuiltSite } from '../pipeline/html-checks';
import { checkLinkLock, currentLinks, formatLinkLock, pendingLinks, type LinkLock } from '../pipeline/link-lock';

interface Options {
  contentDir: string;
  /** `npm run links:accept`: records the current links in the lock, removals included, instead of checking them. */
  acceptLinks: boolean;
}

/**
 * The build's checks, which write nothing but the link lock under `npm run links:accept`. Before Astro reads
 * the content, the pre-checks read each source once: files outside a language folder, frontmatter, unsafe
 * markup, the editors' YAML, the content rules, and sections changed in one language only (the translation
 * lock). After the build, the published HTML: broken links and fragments, images without alt text, vague
 * link text, unannounced language switches, links recorded in the link lock that no longer land. Each
 * problem names the source file and line; new pages and sections get one line saying what to run.
 */
export function contentChecks({ contentDir, acceptLinks }: Options): AstroIntegration {
  const lockFile = join(contentDir, 'links.lock.json');
  return {
    name: 'help-centre:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro sync` runs this hook too, just before `npm run build` runs `astro build`; the dev server runs
        // the pre-checks in its pages instead (src/model.ts), so that they show in the browser.
        if (command !== 'build') return;
        const { problems, notices, pending } = preCheckContent(contentDir);
        for (const notice of notices) logger.warn(notice);
        if (problems.length > 0) throw new ContentError(problems);
        if (pending) logger.warn(pending);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, problems } = checkBuiltSite(fileURLToPath(dir));
        const locate = problems.length > 0 ? sourceLocator(contentDir) : undefined;
        const lines = problems.map((problem) => `${locate!(problem.page, problem.needle)}: ${problem.message}`);
        let added: string[] = [];
        if (acceptLinks) {
          writeFileSync(lockFile, formatLinkLock(currentLinks(pages)));
          logger.info(`Recorded ${pages.size} pages' links in ${lockFile}: commit it with your change.`);
        } else if (!existsSync(lockFile)) {
          lines.push(`${lockFile} does not exist: run "npm run links:accept" to record the published links, then commit it.`);
        } else {
          const lock = checkLinkLock(JSON.parse(readFileSync(lockFile, 'utf8')) as LinkLock, pages, lockFile);
          lines.push(...lock.problems);
          added = lock.added;
        }
        if (lines.length > 0) throw new ContentError(lines, 'The built site');
        if (added.length > 0) logger.warn(pendingLinks(added, lockFile));
        logger.info(`${pages.size} pages checked: links, #fragments, alt text, language switches and the link lock are sound.`);
      },
    },
  };
}
