import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { headersFile, nginxHeaders, parseHeaders } from '../../src/lib/host-headers';
import { hostRedirects, nginxRedirectMap } from '../../src/lib/host-redirects';

const conf = (file: string) => readFileSync(`deploy/nginx/${file}`, 'utf8');
const POLICY = "default-src 'self'; frame-ancestors 'none'";
const DOCUMENT_ONLY = ['Content-Security-Policy', 'X-Frame-Options', 'Permissions-Policy', 'Cross-Origin-Opener-Policy'];

/** The `add_header` names of a piece of nginx configuration. */
const addHeaders = (text: string) => [...text.matchAll(/^\s*add_header (\S+) "[^"]*" always;$/gm)].map((match) => match[1]!);

/** The generated include's server level and each of its `location` blocks. */
function blocks(text: string): { head: string; names: string[] }[] {
  const locations = [...text.matchAll(/^location ([^{]+)\{\n([^}]*)\}/gm)];
  const server = locations.reduce((rest, match) => rest.replace(match[0], ''), text);
  return [{ head: 'server', names: addHeaders(server) }, ...locations.map((match) => ({ head: match[1]!.trim(), names: addHeaders(match[2]!) }))];
}

test('each nginx location repeats every header its files get, as nginx drops the server level’s in a location with headers of its own', () => {
  const every = parseHeaders(headersFile(POLICY))
    .find((rule) => rule.pattern === '/*')!
    .headers.map(([name]) => name);
  const found = blocks(nginxHeaders(POLICY));
  expect(found.map(({ head }) => head)).toEqual([
    'server',
    '^~ /_astro/',
    '/pagefind/',
    '~ ^/pagefind/[a-z]+/(index/|fragment/|filter/|pagefind\\.[^/]+\\.pf_meta$)',
  ]);
  const [server, ...locations] = found;
  // Pages and every other file: all the headers hosts that read _headers send everywhere, and a cache rule.
  expect(server!.names.sort()).toEqual([...every, 'Cache-Control'].sort());
  // Scripts, styles and search files are never documents: the same but the headers only documents obey.
  for (const { head, names } of locations)
    expect(names.sort(), head).toEqual([...every.filter((name) => !DOCUMENT_ONLY.includes(name)), 'Cache-Control'].sort());
});

test('deploy/nginx sets no header itself: every header comes from the build’s include, so none is written twice', () => {
  for (const file of ['site.conf', 'help-centre.conf']) expect(conf(file)).not.toMatch(/^\s*add_header/m);
  expect(conf('help-centre.conf')).toContain('include /srv/help-centre/dist/_nginx-headers.conf;');
});

test('nginx hides its version, serves precompressed files and needs no directive newer than 1.22', () => {
  const site = conf('site.conf');
  for (const directive of ['server_tokens off;', 'brotli_static on;', 'gzip_static on;', 'gzip_vary on;', 'error_page 404 /404.html;'])
    expect(site).toContain(directive);
  expect(`${site}${conf('help-centre.conf')}`).not.toMatch(/^\s*http2 on;/m);
});

test('the nginx redirect map sends both forms of a moved address where _redirects does', () => {
  const moves = [{ from: '/fr/ancien/', to: '/fr/nouveau/', file: 'content/fr/nouveau.mdx' }];
  expect(
    nginxRedirectMap(moves)
      .split('\n')
      .filter((line) => !line.startsWith('#') && line),
  ).toEqual(['"/fr/ancien/" "/fr/nouveau/";', '"/fr/ancien" "/fr/nouveau/";']);
  expect(hostRedirects(moves)).toContain('/fr/ancien /fr/nouveau/ 301');
  // nginx refuses to start on a missing include: the map exists even when nothing moved.
  expect(nginxRedirectMap([])).toMatch(/^# /);
});
