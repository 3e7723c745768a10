import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { articleLang } from './pipeline/article-lang';
import { frenchFrontmatter } from './lib/french-typography';
import { CONTENT_DIR } from './pipeline/site-config';

const files = glob({
  base: CONTENT_DIR,
  pattern: '{fr,en}/**/*.{md,mdx}',
  // The id keeps the language folder, so French and English files may share a name.
  generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  // Pages use the rendered HTML only: the source text need not be kept in memory.
  retainBody: false,
});

const articles = defineCollection({
  loader: {
    name: 'articles',
    // French spacing reaches the frontmatter here, once, as each entry is stored (and cached);
    // the body gets it in the Markdown pipeline (src/pipeline/french-typography-plugin.ts).
    load: (context) =>
      files.load({
        ...context,
        parseData: async (entry) => {
          const data = await context.parseData(entry);
          return articleLang(entry.filePath) === 'fr' ? frenchFrontmatter(data) : data;
        },
      }),
  },
  schema: articleSchema,
});

export const collections = { articles };
