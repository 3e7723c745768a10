/**
 * The static server of `npm start` and of the test suite (scripts/serve.mjs), over
 * HTTP without a browser: each probe that once crashed it or leaked through it,
 * against a small built folder of its own, served on a free port.
 */
import { expect, test } from '@playwright/test';
import { brotliCompressSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { headersFile } from '../../src/lib/host-headers';
import { hostPolicy } from '../../src/pipeline/security-policy';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent as written, not normalized as fetch() would. */
function send(server: Server, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const { port } = server.address() as AddressInfo;
  return new Promise((done, fail) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (incoming) => {
      let body = '';
      incoming.setEncoding('latin1');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () => done({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }));
    });
    outgoing.on('error', fail);
    outgoing.end();
  });
}

const BIG_PAGE = `<!doctype html><title>Big</title>${'<p>Une longue page.</p>'.repeat(200_000)}`;

/** A built folder beside a secret that lies outside it. */
function site({ notFoundPage = true } = {}): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  const dist = join(root, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Accueil</title>',
    'fr/index.html': '<!doctype html><title>Français</title>',
    'fr/cle-gc/index.html': '<!doctype html><title>CléGC</title>',
    'fr/longue/index.html': BIG_PAGE,
    '_astro/app.Ab12Cd.js': `console.log(${JSON.stringify('x'.repeat(2000))});`,
    'pagefind/fr/pagefind.fr_0a1b.pf_meta': 'index',
  };
  if (notFoundPage) files['404.html'] = '<!doctype html><title>Page introuvable</title>';
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  writeFileSync(join(dist, '_astro/app.Ab12Cd.js.br'), brotliCompressSync(files['_astro/app.Ab12Cd.js']!));
  writeFileSync(join(dist, '_headers'), headersFile(hostPolicy()));
  mkdirSync(join(root, 'private'));
  writeFileSync(join(root, 'private/secret.txt'), 'secret');
  symlinkSync(join(root, 'private/secret.txt'), join(dist, 'leak.txt'));
  symlinkSync(join(root, 'private'), join(dist, 'leak'));
  return { root, dist };
}

async function withServer(options: { notFoundPage?: boolean }, probe: (server: Server) => Promise<void>): Promise<void> {
  const { root, dist } = site(options);
  const server = await serve({ root: dist, port: 0 });
  try {
    await probe(server);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

test('an unknown address gets the 404 page with status 404 and the site’s headers, without the immutable cache', async () => {
  await withServer({}, async (server) => {
    for (const path of ['/nulle-part/', '/_astro/absent.js']) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).toContain('Page introuvable');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['cache-control'] ?? '', path).not.toContain('immutable');
    }
  });
});

test('a build without a 404 page answers 404 and keeps serving', async () => {
  await withServer({ notFoundPage: false }, async (server) => {
    expect((await send(server, '/nulle-part/')).status).toBe(404);
    expect((await send(server, '/fr/')).status).toBe(200);
  });
});

test('50 aborted downloads of a large page leave no file open, and the next request is served', async () => {
  const openFiles = () => readdirSync('/proc/self/fd').length;
  await withServer({}, async (server) => {
    const { port } = server.address() as AddressInfo;
    const before = openFiles();
    await Promise.all(
      Array.from(
        { length: 50 },
        () =>
          new Promise<void>((done) => {
            const outgoing = httpRequest({ host: '127.0.0.1', port, path: '/fr/longue/' }, (incoming) => {
              incoming.once('data', () => outgoing.destroy());
              incoming.on('close', () => done());
            });
            outgoing.on('error', () => done());
            outgoing.end();
          }),
      ),
    );
    await expect.poll(openFiles, { message: 'file handles left open by aborted downloads' }).toBeLessThanOrEqual(before + 2);
    const reply = await send(server, '/fr/longue/');
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(BIG_PAGE.length);
  });
});

test('a symbolic link out of the build is not followed', async () => {
  await withServer({}, async (server) => {
    for (const path of ['/leak.txt', '/leak/secret.txt', '/leak/', '/%2e%2e/private/secret.txt', '/../private/secret.txt']) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('secret');
    }
  });
});

test('only GET and HEAD are served: other methods get 405 and the allowed ones', async () => {
  await withServer({}, async (server) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const reply = await send(server, '/fr/', { method });
      expect(reply.status, method).toBe(405);
      expect(reply.headers['allow']).toBe('GET, HEAD');
    }
    const head = await send(server, '/fr/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

test('a folder without its trailing slash redirects on the site, keeping the query', async () => {
  await withServer({}, async (server) => {
    const reply = await send(server, '/fr/cle-gc?q=mot%20de%20passe&x=1');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/fr/cle-gc/?q=mot%20de%20passe&x=1');
    expect((await send(server, '/fr')).headers['location']).toBe('/fr/');
  });
});

test('no address makes the server redirect to another host (a Location starting with //)', async () => {
  await withServer({}, async (server) => {
    for (const path of ['//fr', '//evil.example', '//evil.example/', '///fr', '/\\evil.example', '//evil.example/%2e%2e/fr', '//fr?q=1']) {
      const location = (await send(server, path)).headers['location'];
      if (location !== undefined) expect(location, path).toMatch(/^\/(?![/\\])/);
    }
    expect((await send(server, '//fr?q=1')).headers['location']).toBe('/fr/?q=1');
  });
});

test('files carry validators, and a matching ETag gets 304', async () => {
  await withServer({}, async (server) => {
    const first = await send(server, '/fr/');
    expect(first.headers['etag']).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await send(server, '/fr/', { headers: { 'If-None-Match': first.headers['etag']! } });
    expect(again.status).toBe(304);
  });
});

test('the precompressed file is served to clients that accept it; the others get the original', async () => {
  await withServer({}, async (server) => {
    const compressed = await send(server, '/_astro/app.Ab12Cd.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toMatch(/^text\/javascript/);
    expect(compressed.headers['vary']).toBe('Accept-Encoding');
    const plain = await send(server, '/_astro/app.Ab12Cd.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
  });
});

test('the _headers rules apply: security headers everywhere, the immutable cache on fingerprinted files that exist', async () => {
  await withServer({}, async (server) => {
    const page = await send(server, '/fr/cle-gc/');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control'] ?? '').not.toContain('immutable');
    const asset = await send(server, '/_astro/app.Ab12Cd.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

test('a file of a type the server does not know is sent as application/octet-stream, never with an empty type', async () => {
  await withServer({}, async (server) => {
    expect((await send(server, '/pagefind/fr/pagefind.fr_0a1b.pf_meta')).headers['content-type']).toBe('application/octet-stream');
    expect((await send(server, '/fr/')).headers['content-type']).toMatch(/^text\/html/);
  });
});
