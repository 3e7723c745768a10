import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve('.');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const FIXTURES = join(PROJECT, 'node_modules/.cache/help-fixtures');
export const BASE_CONTENT = join(PROJECT, 'tests/fixtures/content/base');

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  outDir: string;
  /** The fixture's folder: content/, dist/ and cache/ inside. */
  root: string;
}

/** Builds a copy of the base content after `edit` changes it (paths relative to the content folder). */
export function buildFixture(
  edit: (content: ContentEditor) => void,
  {
    acceptLinks = true,
    publicFiles = {},
    env = {},
  }: { acceptLinks?: boolean; publicFiles?: Record<string, string>; /** Extra environment, e.g. HELP_SITE. */ env?: Record<string, string> } = {},
): FixtureBuild {
  // Each fixture is a project root of its own (Astro writes content modules to <root>/.astro/,
  // which builds running side by side must not share) that links to this project's code.
  mkdirSync(FIXTURES, { recursive: true });
  const root = mkdtempSync(join(FIXTURES, 'build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'node_modules']) symlinkSync(join(PROJECT, entry), join(root, entry));
  // public/ is copied, so that a fixture can add files (`publicFiles`: path under public/ → source file).
  cpSync(join(PROJECT, 'public'), join(root, 'public'), { recursive: true });
  for (const [target, source] of Object.entries(publicFiles)) {
    mkdirSync(dirname(join(root, 'public', target)), { recursive: true });
    cpSync(join(PROJECT, source), join(root, 'public', target));
  }
  cpSync(BASE_CONTENT, join(root, 'content'), { recursive: true });
  edit(new ContentEditor(join(root, 'content')));
  return runBuild(root, acceptLinks, env);
}

/**
 * Builds the content folder of `root` (again), in folders of its own so fixture
 * builds can run side by side. With `acceptLinks` it records the link lock
 * rather than checking it, so that each fixture fails for its own mistake only.
 */
export function runBuild(root: string, acceptLinks: boolean, env: Record<string, string> = {}): FixtureBuild {
  const outDir = join(root, 'dist');
  const run = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      HELP_CONTENT_DIR: join(root, 'content'),
      HELP_OUT_DIR: outDir,
      HELP_CACHE_DIR: join(root, 'cache'),
      HELP_LINKS_ACCEPT: acceptLinks ? '1' : '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output, outDir, root };
}

export class ContentEditor {
  constructor(readonly dir: string) {}

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  replace(file: string, from: string | RegExp, to: string): void {
    const before = this.read(file);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`The fixture edit found nothing to replace in ${file}: ${from}`);
    this.write(file, after);
  }

  remove(file: string): void {
    rmSync(join(this.dir, file));
  }
}
