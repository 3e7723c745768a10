import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes `policy` into the built `_headers` file's `Content-Security-Policy` line, so the host
 * sends the policy this build was made with (with HELP_FEEDBACK_URL set, its origin is in it).
 * `public/_headers` keeps the default policy, which `tests/e2e/security.test.ts` compares.
 */
export function hostHeaders({ policy }: { policy: string }): AstroIntegration {
  return {
    name: 'help-centre:host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (!existsSync(file)) return;
        const before = readFileSync(file, 'utf8');
        const after = before.replace(/^(\s+Content-Security-Policy:).*$/m, `$1 ${policy}`);
        if (after === before && !before.includes(policy)) throw new Error(`${file} has no Content-Security-Policy line to write the policy into.`);
        writeFileSync(file, after);
      },
    },
  };
}
