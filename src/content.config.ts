import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { CONTENT_DIR } from './lib/site-config';

const articles = defineCollection({
  loader: glob({
    base: CONTENT_DIR,
    pattern: '{fr,en}/**/*.{md,mdx}',
    // The id keeps the language folder, so French and English files may share a name.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    // Pages use the rendered HTML only: the source text need not be kept in memory.
    retainBody: false,
  }),
  schema: articleSchema,
});

export const collections = { articles };
