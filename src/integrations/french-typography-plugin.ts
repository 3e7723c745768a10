import type { HastPluginEntry } from 'satteri';
import { articleLang } from '../pipeline/article-lang';
import { frenchSpacing } from '../lib/french-typography';

/** Applies French spacing to the prose of articles in content/fr/, leaving code alone. */
export const frenchTypographyPlugin: HastPluginEntry = ({ fileURL }) => {
  if (articleLang(fileURL) !== 'fr') return null;
  return {
    name: 'help-centre-french-typography',
    text(node, ctx) {
      const parent = ctx.parent(node);
      if (parent?.type === 'element' && (parent.tagName === 'code' || parent.tagName === 'pre')) return;
      const value = frenchSpacing(node.value);
      if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
    },
  };
};
