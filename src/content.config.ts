import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { CONTENT_DIR } from './lib/site-config';

const articles = defineCollection({
  // The id keeps the language folder, so French and English files may share a name.
  loader: glob({ base: CONTENT_DIR, pattern: '{fr,en}/**/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleSchema,
});

export const collections = { articles };
