import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Lang } from '../../src/i18n';
import { readTree, type Tree } from '../../src/lib/troubleshooter';
import { SITE_PAGES } from '../../src/lib/urls';
import { parseYaml, readYaml } from '../../src/lib/yaml-source';
import { CONTENT_DIR } from '../../src/pipeline/site-config';
import { contactSchema, type ContactSettings } from '../../src/schemas/contact';
import { treeSchema } from '../../src/schemas/troubleshooter';

/** An editor's YAML file of the content folder, checked as the build checks it: tests compare pages with it. */
function read<S extends z.ZodType>(path: string, schema: S): { data: z.output<S>; text: string; file: string } {
  const file = join(CONTENT_DIR, path);
  const text = readFileSync(file, 'utf8');
  const { data, problems } = parseYaml(file, text, schema);
  if (data === undefined) throw new Error(problems.join('\n'));
  return { data, text, file };
}

/** One language's troubleshooter, as pages show it. */
export function troubleshooterTree(lang: Lang): Tree {
  const { data, text, file } = read(`${lang}/${SITE_PAGES.troubleshooter[lang]}.yaml`, treeSchema);
  return readTree(lang, data, readYaml(file, text));
}

/** The contact channels, as pages show them. */
export function contactSettings(): ContactSettings {
  return read('contact.yaml', contactSchema).data;
}
