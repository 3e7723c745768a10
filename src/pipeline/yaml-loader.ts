import { globSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from '../lib/content-error';
import { parseYaml } from '../lib/yaml-source';

interface Options<S extends z.ZodType> {
  /** The folder the files sit in. */
  base: string;
  /** The files, as globs relative to `base`. */
  pattern: readonly string[];
  schema: S;
}

/**
 * Editor YAML as a content collection: each file is one entry, its id the path below `base` without `.yaml`
 * (`fr/depannage`), its data checked against `schema` with every problem naming the file and line (Astro's own
 * loaders name the file only), its text kept as `body` so later checks can name lines too. In `npm run dev`,
 * a saved file is read again at once.
 */
export function yamlFiles<S extends z.ZodType>({ base, pattern, schema }: Options<S>): { name: string; schema: S; load: Loader['load'] } {
  return {
    name: 'help-centre:yaml-files',
    schema,
    load: async ({ store, logger, watcher, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      const idOf = (path: string) =>
        path
          .split(sep)
          .join('/')
          .replace(/\.ya?ml$/, '');
      /** Stores one file when it changed and is sound; returns its problems. */
      const read = (path: string): string[] => {
        const file = join(base, path);
        const text = readFileSync(file, 'utf8');
        const id = idOf(path);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return [];
        const { data, problems } = parseYaml(file, text, schema);
        if (data !== undefined)
          store.set({ id, data: data as Record<string, unknown>, body: text, filePath: relative(root, file).split(sep).join('/'), digest });
        return problems;
      };
      const paths = globSync([...pattern], { cwd: base });
      const ids = new Set(paths.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      const problems = paths.flatMap(read);
      if (problems.length > 0) throw new ContentError(problems);
      if (paths.length === 0) {
        // No notice is the usual state, and Astro warns on every read of a collection it has never seen
        // (withastro/astro#8336): an entry set and removed leaves the collection present, and empty.
        store.set({ id: 'none', data: {} });
        store.delete('none');
      }

      if (!watcher) return;
      watcher.add(base);
      const ours = (changed: string) => {
        const path = relative(base, changed);
        return !path.startsWith('..') && pattern.some((glob) => matchesGlob(path, glob)) ? path : undefined;
      };
      const reload = (changed: string) => {
        const path = ours(changed);
        if (!path) return;
        // The page then shows the problem too: the dev server runs the pre-checks on every page (src/model.ts).
        const found = read(path);
        if (found.length > 0) logger.error(new ContentError(found).message);
        else logger.info(`Reloaded ${path}`);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (removed) => {
        const path = ours(removed);
        if (path) store.delete(idOf(path));
      });
    },
  };
}
