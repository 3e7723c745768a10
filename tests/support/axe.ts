import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Dark mode only swaps colour tokens (src/styles/tokens.css), so a dark pass runs the colour rules alone. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Axe's violations in the page as it is now, one line each: the rule and the elements.
 * axe-core runs in the page itself, injected once per document. The site has no frames (`frame-src 'none'`),
 * so @axe-core/playwright's cross-frame run, which injects axe again at every call and merges the results in
 * a blank page of its own, only cost time: three to four times as long (1.1 s against 0.3 s on an article).
 */
export async function axeViolations(
  page: Page,
  {
    rules,
    within,
  }: { /** Only these rules (default: every rule of AXE_TAGS). */ rules?: string[]; /** A CSS selector to check alone. */ within?: string } = {},
): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames, which axeViolations does not enter: run axe in each frame too.`);
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
    // Only violations are read: axe then details one node per passing rule instead of all, which halves its time on long pages.
    resultTypes: ['violations'],
  };
  return page.evaluate(
    async ({ within, options }) => {
      const found = await window.axe!.run(within ? { include: [within] } : document, options);
      return found.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    { within, options },
  );
}
