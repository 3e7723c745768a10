/**
 * `npm run preview:nginx` as a web team runs it: the script itself, on the project's Node and nothing
 * in between (Playwright's loader would forgive an import Node refuses), serving the build in the
 * foreground until it is stopped.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../../scripts/free-port.mjs';

test('npm run preview:nginx serves the build with deploy/nginx on 127.0.0.1:$PORT until stopped', async () => {
  const port = await freePort();
  const preview = spawn(process.execPath, ['scripts/preview-nginx.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  preview.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  preview.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => output, { message: 'preview:nginx says where it serves', timeout: 15_000 }).toContain(`http://127.0.0.1:${port}/`);
    const response = await fetch(`http://127.0.0.1:${port}/fr/`);
    expect(response.status, output).toBe(200);
    expect(response.headers.get('server')).toBe('nginx');
    expect(await response.text()).toContain('<html lang="fr"');
  } finally {
    preview.kill('SIGTERM');
  }
  const [code] = (await once(preview, 'exit')) as [number | null];
  expect(code, output).toBe(0);
});
