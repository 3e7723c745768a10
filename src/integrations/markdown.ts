import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from '../pipeline/markdown-features';
import { frenchTypographyPlugin } from './french-typography-plugin';
import { headingIdsPlugin } from './heading-ids-plugin';
import { sectionToolsPlugin } from './section-tools-plugin';

/** The HAST plugins of every article, in order: heading ids, French spacing, then the section tools that read both. */
export const HAST_PLUGINS = [headingIdsPlugin, frenchTypographyPlugin, sectionToolsPlugin];

/** Astro's Markdown processor for the articles (MDX uses it too). */
export function markdownProcessor() {
  return satteri({ features: MARKDOWN_FEATURES, hastPlugins: HAST_PLUGINS });
}
