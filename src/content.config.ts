import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { ContentError } from './lib/content-error';
import { frenchFrontmatter } from './lib/french-typography';
import { articleLang } from './pipeline/article-lang';
import { contentSourceProblems } from './pipeline/content-sources';
import { CONTENT_DIR } from './pipeline/site-config';
import { yamlFiles } from './pipeline/yaml-loader';
import { articleSchema } from './schemas/article';
import { EDITOR_YAML } from './schemas/editor-yaml';

// Everything editors write, as collections; src/model.ts pairs and checks them together, and pages read the model.

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
    load: (context) =>
      files.load({
        ...context,
        parseData: async (entry) => {
          const data = await context.parseData(entry).catch((error: unknown) => {
            // Astro names the first invalid file only, without its line: the pre-checks name every problem of every file.
            const problems = contentSourceProblems(CONTENT_DIR);
            throw problems.length > 0 ? new ContentError(problems) : error;
          });
          // French spacing reaches the frontmatter here, once, as each entry is stored (and cached);
          // the body gets it in the Markdown pipeline (src/integrations/french-typography-plugin.ts).
          return articleLang(entry.filePath) === 'fr' ? frenchFrontmatter(data) : data;
        },
      }),
  },
  schema: articleSchema,
});

function yamlCollection<S extends z.ZodType>({ folder, pattern, schema }: { folder: string; pattern: readonly string[]; schema: S }) {
  return defineCollection({ loader: yamlFiles({ base: join(CONTENT_DIR, folder), pattern, schema }) });
}

export const collections = {
  articles,
  notices: yamlCollection(EDITOR_YAML.notices),
  troubleshooter: yamlCollection(EDITOR_YAML.troubleshooter),
  contact: yamlCollection(EDITOR_YAML.contact),
};
