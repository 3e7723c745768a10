import type { HastPluginEntry } from 'satteri';
import { createIdAllocator, headingId } from '../lib/heading-ids';
import { KEBAB } from '../lib/kebab';
import { sourcePath } from '../pipeline/source-path';

/**
 * Gives every h2 and h3 of an article an ASCII id in the page's language,
 * unless the editor fixed one with `## Heading {#id}`; refuses h1 (the title
 * comes from frontmatter) and ids that are not lower-case ASCII.
 */
export const headingIdsPlugin: HastPluginEntry = ({ fileURL, source }) => {
  const allocate = createIdAllocator();
  const lines = source.split('\n');
  // The tree carries no source positions, so the line is looked up in the source.
  const where = (pattern: RegExp) => {
    const line = lines.findIndex((text) => pattern.test(text)) + 1;
    return `${fileURL ? sourcePath(fileURL) : 'an article'}${line > 0 ? `:${line}` : ''}`;
  };
  return {
    name: 'help-centre-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3'],
      visit(node, ctx) {
        if (node.tagName === 'h1') {
          throw new Error(
            `${where(/^#\s/)}: a "# " heading is not allowed in an article; the page title comes from the "title" field. Start sections with "## ".`,
          );
        }
        const explicit = node.properties?.id;
        if (typeof explicit === 'string') {
          if (!KEBAB.test(explicit)) {
            throw new Error(
              `${where(idPattern(explicit))}: heading id "#${explicit}" may hold only lower-case letters a–z, digits and single hyphens; write it as {#${headingId(explicit)}}.`,
            );
          }
          const id = allocate(explicit);
          if (id !== explicit) {
            throw new Error(`${where(idPattern(explicit))}: heading id "#${explicit}" is used twice in this article; give one of them another {#id}.`);
          }
          return;
        }
        ctx.setProperty(node, 'id', allocate(headingId(ctx.textContent(node))));
      },
    },
  };
};

function idPattern(id: string): RegExp {
  return new RegExp(`\\{\\s*#${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
