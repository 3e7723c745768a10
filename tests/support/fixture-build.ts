import { expect } from '@playwright/test';
import { build } from 'astro';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ContentError } from '../../src/lib/content-error';
import { preCheckContent } from '../../src/pipeline/content-sources';

const PROJECT = resolve('.');
/** Astro's command line, run with this Node (the project's own 24), as npm scripts do. */
export const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
/** Where fixture builds live; tests/clear-fixtures.ts empties it at the start of each run. */
export const FIXTURES = join(PROJECT, 'node_modules/.cache/help-fixtures');
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
export async function buildFixture(
  edit: (content: ContentEditor) => void,
  {
    acceptLinks = true,
    publicFiles = {},
    env = {},
  }: {
    acceptLinks?: boolean;
    publicFiles?: Record<string, string>;
    /** Settings for this build, such as HELP_FEEDBACK_URL. */
    env?: Record<string, string>;
  } = {},
): Promise<FixtureBuild> {
  return runBuild(fixtureRoot(edit, publicFiles), acceptLinks, env);
}

/**
 * A project root of its own holding a copy of the base content after `edit` changed it: Astro writes
 * content modules to <root>/.astro/, which builds and dev servers running side by side must not share.
 * It links to this project's code; public/ is copied, so that a fixture can add files
 * (`publicFiles`: path under public/ → source file).
 */
export function fixtureRoot(edit: (content: ContentEditor) => void, publicFiles: Record<string, string> = {}): string {
  mkdirSync(FIXTURES, { recursive: true });
  const root = mkdtempSync(join(FIXTURES, 'build-'));
  for (const entry of ['package.json', 'tsconfig.json', 'src', 'node_modules']) symlinkSync(join(PROJECT, entry), join(root, entry));
  // Astro imports a .mjs config with Node, which keeps its modules (and the settings they read from the environment)
  // from one build to the next in this worker; a .ts config goes through Vite, anew for each build.
  writeFileSync(join(root, 'astro.config.ts'), `export { default } from ${JSON.stringify(join(PROJECT, 'astro.config.mjs'))};\n`);
  return fillRoot(root, edit, publicFiles);
}

/**
 * A root for `astro dev` that sees files change: outside any node_modules folder, which Vite never watches, and with
 * its own copy of the code (Vite gives a linked src/ outside the root ids it cannot find again). Remove it after use.
 */
export function devRoot(edit: (content: ContentEditor) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'help-dev-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src']) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  return fillRoot(root, edit, {});
}

function fillRoot(root: string, edit: (content: ContentEditor) => void, publicFiles: Record<string, string>): string {
  cpSync(join(PROJECT, 'public'), join(root, 'public'), { recursive: true });
  for (const [target, source] of Object.entries(publicFiles)) {
    mkdirSync(dirname(join(root, 'public', target)), { recursive: true });
    cpSync(join(PROJECT, source), join(root, 'public', target));
  }
  cpSync(BASE_CONTENT, join(root, 'content'), { recursive: true });
  edit(new ContentEditor(join(root, 'content')));
  return root;
}

/** The environment that points Astro at a fixture root's own content, output and cache folders. */
export function fixtureEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HELP_CONTENT_DIR: join(root, 'content'),
    HELP_OUT_DIR: join(root, 'dist'),
    HELP_CACHE_DIR: join(root, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  };
}

/**
 * Builds the content folder of `root` (again), in folders of its own so fixture
 * builds can run side by side. With `acceptLinks` it records the link lock
 * rather than checking it, so that each fixture fails for its own mistake only.
 *
 * Astro builds in this worker's own process, through its `build()` API: a new `astro build` for each of some fifty
 * fixture builds paid Node's and Astro's start-up each time (about a second, half of a small build). The build reads
 * its settings from the environment as it loads astro.config.mjs (src/pipeline/site-config.ts), so the environment
 * is the fixture's while it runs; what it prints is captured as the command's output would be. A worker runs one test
 * at a time, so one build at a time.
 */
export async function runBuild(root: string, acceptLinks: boolean, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const outDir = join(root, 'dist');
  const restoreEnv = setEnv({ ...fixtureEnv(root), HELP_LINKS_ACCEPT: acceptLinks ? '1' : '0', ...env });
  const printed: string[] = [];
  const { stdout, stderr } = process;
  const writes = [stdout.write, stderr.write] as const;
  stdout.write = stderr.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    rest.find((argument): argument is () => void => typeof argument === 'function')?.();
    return true;
  };
  let status = 0;
  try {
    await build({ root, logLevel: 'info' });
  } catch (error) {
    status = 1;
    // What `astro build` prints of an error that stops it: its message and, for Astro's own errors, the hint.
    const { message, hint } = error as { message?: string; hint?: string };
    printed.push(`${message ?? String(error)}\n${hint ?? ''}`);
  } finally {
    [stdout.write, stderr.write] = writes;
    restoreEnv();
  }
  const output = printed.join('').replace(/\u001b\[[0-9;]*m/g, '');
  return { status, output, outDir, root };
}

/** Sets `values` in process.env; the function returned puts back the environment as it was. */
function setEnv(values: NodeJS.ProcessEnv): () => void {
  const before = { ...process.env };
  Object.assign(process.env, values);
  return () => {
    for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
    Object.assign(process.env, before);
  };
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

/** An editor's mistake, and everything the build's message must say about it: the file (and line), what is wrong, the fix. */
export interface Mistake {
  name: string;
  edit: (content: ContentEditor) => void;
  messages: (string | RegExp)[];
}

/** What publishing the base content records, once per worker: its link lock and its translation lock. */
let publishedLocks: Record<string, string> | undefined;
const LOCK_FILES = ['links.lock.json', 'translations.lock.json'];

/** `npm run translations:accept` on a content folder. */
export function acceptTranslations(contentDir: string) {
  return spawnSync(process.execPath, [join(PROJECT, 'scripts/translations.ts'), 'accept'], {
    encoding: 'utf8',
    env: { ...process.env, HELP_CONTENT_DIR: contentDir },
  });
}

/**
 * The base content as it stands once published (its link and translation locks recorded by `npm run links:accept`
 * and `npm run translations:accept`), after `edit`, built: the step after publishing an edit that a scenario checks.
 * Publishing runs once per worker; each scenario then starts from its locks.
 */
export async function publishThenEdit(
  edit: (content: ContentEditor) => void,
  { acceptLinks = false }: { acceptLinks?: boolean } = {},
): Promise<{ rebuild: FixtureBuild; content: ContentEditor; root: string; published: Record<string, string> }> {
  if (!publishedLocks) {
    const first = await buildFixture(() => {});
    expect(first.status, first.output).toBe(0);
    const accepted = acceptTranslations(join(first.root, 'content'));
    expect(accepted.status, accepted.stderr).toBe(0);
    publishedLocks = Object.fromEntries(LOCK_FILES.map((file) => [file, readFileSync(join(first.root, 'content', file), 'utf8')]));
  }
  const published = publishedLocks;
  const root = fixtureRoot((content) => {
    for (const [file, text] of Object.entries(published)) content.write(file, text);
    edit(content);
  });
  return { rebuild: await runBuild(root, acceptLinks), content: new ContentEditor(join(root, 'content')), root, published };
}

/**
 * The build of the base content after `edit` stops, and what it prints says every message. A mistake the pre-checks
 * catch is checked without building: they run first in every build (src/integrations/content-checks.ts), which then
 * stops with their problems and nothing else (`realBuild` builds anyway: tests/build/content-checks.test.ts proves it
 * once). A mistake they let through stops a real build.
 */
export async function expectBuildToStop(
  edit: (content: ContentEditor) => void,
  messages: readonly (string | RegExp)[],
  { realBuild = false }: { realBuild?: boolean } = {},
): Promise<Pick<FixtureBuild, 'status' | 'output'>> {
  const root = fixtureRoot(edit);
  const preChecked = preCheckContent(join(root, 'content'));
  const build =
    preChecked.problems.length > 0 && !realBuild
      ? { status: 1, output: [...preChecked.notices, new ContentError(preChecked.problems).message].join('\n') }
      : await runBuild(root, true);
  expect(build.status, build.output).not.toBe(0);
  for (const message of messages) {
    if (typeof message === 'string') expect(build.output).toContain(message);
    else expect(build.output).toMatch(message);
  }
  return build;
}
