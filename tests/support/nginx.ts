import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
import { parseHeaders } from '../../src/lib/host-headers';
import { OUT_DIR } from '../../src/pipeline/site-config';

interface Nginx {
  origin: string;
}

/**
 * Tests against a real nginx with deploy/nginx's configuration: each worker starts its own
 * over the build, on a free port, and `baseURL` (so `page.goto` and `request`) points at it.
 * Without nginx, every test fails with the command that installs it.
 */
export const test = base.extend<object, { nginx: Nginx }>({
  nginx: [
    // Playwright reads a fixture's dependencies from this pattern: none.
    async ({}, use) => {
      const server = await startNginx({ root: OUT_DIR, port: await freePort() });
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.origin),
});

/** The headers the build's _headers file promises on every path ("/*"), as `[name, value]`. */
export function promisedHeaders(root = OUT_DIR): [string, string][] {
  return parseHeaders(readFileSync(join(root, '_headers'), 'utf8')).find((rule) => rule.pattern === '/*')?.headers ?? [];
}

/** A built file's path under the build folder, for comparing what nginx sends with what the build wrote. */
export function builtFile(path: string): string {
  return join(OUT_DIR, path);
}
