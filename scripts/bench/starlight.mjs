// `npm run bench -- --starlight`: the same generated corpus built by Starlight, the documentation theme this
// site is measured against (issue 23). A throwaway Starlight project lives in node_modules/.cache/bench/starlight/,
// installed from the npm registry on first use with the versions below; nothing of it is committed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Starlight's release line being compared, pinned for reproducible figures. */
export const STARLIGHT_VERSION = '0.42.9';
/** Packages that both builds share, at exactly this project's installed versions: only the site generator differs. */
const SHARED_PACKAGES = ['astro', 'vite', 'pagefind'];

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Starlight's defaults (its sidebar lists every page, its Pagefind search), in French and English as the help centre is.
export default defineConfig({
  site: 'https://starlight-bench.example',
  integrations: [
    starlight({
      title: { fr: 'Banc d’essai', en: 'Benchmark' },
      defaultLocale: 'fr',
      locales: { fr: { label: 'Français', lang: 'fr' }, en: { label: 'English', lang: 'en' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Makes sure the Starlight project under `dir` is installed with the pinned versions, installing it (npm, from the
 * registry) when it is missing or its versions changed. `root` is this project, whose package versions it copies.
 */
export function prepareStarlight(dir, root, npm) {
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const shared = Object.fromEntries(SHARED_PACKAGES.map((name) => [name, version(name)]));
  const manifest = `${JSON.stringify(
    {
      name: 'starlight-bench',
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, ...shared },
      overrides: shared,
    },
    null,
    2,
  )}\n`;
  const manifestFile = join(dir, 'package.json');
  const installed = existsSync(join(dir, 'node_modules/@astrojs/starlight')) && existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === manifest;
  if (!installed) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(manifestFile, manifest);
    console.log(`Installing Starlight ${STARLIGHT_VERSION} with astro ${shared.astro} in ${dir}…`);
    const install = spawnSync(npm[0], [...npm.slice(1), 'install', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error(`npm install of Starlight ${STARLIGHT_VERSION} failed in ${dir}`);
  }
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  return { dir, astro: join(dir, 'node_modules/astro/bin/astro.mjs'), version: STARLIGHT_VERSION, astroVersion: shared.astro };
}

/**
 * Puts the generator's raw corpus (`raw/<lang>/page-NNNNN.md`, frontmatter title and description, links to
 * `/<lang>/page-NNNNN/`) into Starlight's docs collection as it is: Starlight serves `fr/page-00001.md` at
 * `/fr/page-00001/`, so the links resolve as in our build. Removes the previous build and Astro cache: a cold build.
 */
export function starlightCorpus(dir, raw) {
  const docs = join(dir, 'src/content/docs');
  for (const old of [docs, join(dir, 'dist'), join(dir, 'node_modules/.astro'), join(dir, '.astro')]) rmSync(old, { recursive: true, force: true });
  cpSync(raw, docs, { recursive: true });
  return join(dir, 'dist');
}
