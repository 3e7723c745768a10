// The static server of `npm start` and the test suite: sirv serves the production build
// (ETag, Last-Modified, ranges, the precompressed .br/.gz files beside a file), with the
// headers of dist/_headers, the bilingual 404 page with status 404, and nothing but 127.0.0.1.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../src/lib/host-headers.ts';

/** The files sirv may answer a path with: the path, `.html` and `/index.html`, each maybe precompressed. */
function candidates(path) {
  const bare = path.replace(/\/+$/, '');
  return [bare, `${bare}.html`, `${bare}/index.html`].flatMap((file) => [file, `${file}.br`, `${file}.gz`]);
}

function inside(root, file) {
  return file === root || file.startsWith(`${root}${sep}`);
}

/** True when a path leads out of the served folder: by `..`, or through a symbolic link. */
function escapes(root, path) {
  return candidates(path).some((candidate) => {
    const file = join(root, candidate);
    return !inside(root, file) || (existsSync(file) && !inside(root, realpathSync(file)));
  });
}

/** The URL path, decoded as sirv decodes it, or undefined when it is malformed. */
function decodedPath(rawPath) {
  try {
    return decodeURI(rawPath);
  } catch {
    return undefined;
  }
}

/**
 * Serves `root` on `host:port`; resolves with the listening server.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = realpathSync(resolve(root));
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const applyHeaders = (response, path) => {
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
  };
  const files = sirv(base, {
    // Looks each request up on disk rather than listing dist once: a rebuild is served at once,
    // and a dangling link in dist does not stop the server from starting.
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    // Called only when a file was found: a 404 never gets /_astro/*'s year-long immutable cache.
    setHeaders: (response, path) => {
      applyHeaders(response, path);
      // sirv sends an empty Content-Type for names it does not know (Pagefind's index files).
      if (/\.[^/]+$/.test(path) && !lookup(path)) response.setHeader('Content-Type', 'application/octet-stream');
    },
  });

  async function notFound(request, response) {
    // The body is the 404 page, so its headers are the 404 page's.
    applyHeaders(response, '/404.html');
    const page = await readFile(join(base, '404.html')).catch(() => undefined);
    response.writeHead(404, { 'Content-Type': page ? 'text/html;charset=utf-8' : 'text/plain;charset=utf-8', 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : (page ?? 'Not found\n'));
  }

  const server = createServer((request, response) => {
    // sirv pipes a file stream into the response; a client that aborts would leave that stream,
    // and its file handle, open for good (EMFILE after enough of them). Close it with the response.
    response.on('pipe', (source) => response.once('close', () => source.destroy()));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain;charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const [rawPath = '/', query] = (request.url ?? '/').split(/\?(.*)/s);
    const path = decodedPath(rawPath);
    if (path === undefined || path.includes('\0') || escapes(base, path)) {
      void notFound(request, response);
      return;
    }
    // A folder without its trailing slash: redirect, as static hosts do, keeping the query. The
    // leading slashes collapse, so that `//host` can never become a Location to another site.
    if (!path.endsWith('/') && existsSync(join(base, path, 'index.html')) && statSync(join(base, path)).isDirectory()) {
      const location = `/${rawPath.replace(/^[/\\]+/, '')}/${query === undefined ? '' : `?${query}`}`;
      response.writeHead(301, { Location: location }).end();
      return;
    }
    files(request, response, () => void notFound(request, response));
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}
