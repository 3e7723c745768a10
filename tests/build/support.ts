import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE_CONTENT = 'tests/fixtures/content/base';

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  outDir: string;
}

/**
 * Builds a copy of the base content after `edit` changes it (paths relative to the content folder),
 * in folders of its own so fixture builds can run side by side.
 */
export function buildFixture(edit: (content: ContentEditor) => void): FixtureBuild {
  const root = mkdtempSync(join(tmpdir(), 'help-fixture-'));
  const contentDir = join(root, 'content');
  cpSync(BASE_CONTENT, contentDir, { recursive: true });
  edit(new ContentEditor(contentDir));
  const outDir = join(root, 'dist');
  const run = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      HELP_CONTENT_DIR: contentDir,
      HELP_OUT_DIR: outDir,
      HELP_CACHE_DIR: join(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output, outDir };
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
