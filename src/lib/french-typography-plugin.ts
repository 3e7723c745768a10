import { resolve, sep } from 'node:path';
import type { HastPluginEntry } from 'satteri';
import { frenchSpacing } from './french-typography';
import { CONTENT_DIR } from './site-config';

const frenchFolder = `${resolve(CONTENT_DIR)}${sep}fr${sep}`;

/** Applies French spacing to the prose of articles in content/fr/, leaving code alone. */
export const frenchTypographyPlugin: HastPluginEntry = ({ fileURL }) => {
  if (!fileURL || !decodeURIComponent(fileURL.pathname).startsWith(frenchFolder)) return null;
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
