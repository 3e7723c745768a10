import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hostRedirects, nginxRedirectMap } from '../../src/lib/host-redirects';
import { hostPolicy } from '../../src/build/security-policy';
import { promisedHeaders } from '../support/nginx';

const conf = (file: string) => readFileSync(`deploy/nginx/${file}`, 'utf8');
const INCLUDE = 'include help-centre/security-headers.conf;';

/** The `add_header` lines of a piece of nginx configuration, as `[name, value]`. */
function addHeaders(text: string): [string, string][] {
  return [...text.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1]!, match[2]!]);
}

/** Each `location` block of site.conf: its head and its body. */
function locations(text: string): { head: string; body: string }[] {
  return [...text.matchAll(/^location ([^{]+)\{([^}]*)\}/gm)].map((match) => ({ head: match[1]!.trim(), body: match[2]! }));
}

test('nginx sends exactly the headers public/_headers promises on every path, the policy being hostPolicy()', () => {
  const nginx = addHeaders(conf('security-headers.conf'));
  expect(nginx).toEqual(promisedHeaders());
  expect(Object.fromEntries(nginx)['Content-Security-Policy']).toBe(hostPolicy());
});

test('every nginx location that adds a header of its own includes the security headers again, as nginx would drop them', () => {
  const site = conf('site.conf');
  const blocks = locations(site);
  expect(blocks.length).toBeGreaterThan(2);
  for (const { head, body } of blocks) {
    if (body.includes('add_header')) expect(body, `location ${head}`).toContain(INCLUDE);
  }
  // And the server level, for every location without headers of its own.
  const serverLevel = site.replace(/^location [^{]+\{[^}]*\}/gm, '');
  expect(serverLevel).toContain(INCLUDE);
  expect(serverLevel).not.toMatch(/^\s*add_header (Content-Security-Policy|X-Frame-Options)/m);
});

test('nginx keeps fingerprinted assets as long as public/_headers says, and has pages revalidated', () => {
  const headers = readFileSync('public/_headers', 'utf8');
  const astroCache = /\/_astro\/\*\n\s+Cache-Control: (.+)/.exec(headers)?.[1];
  const astro = locations(conf('site.conf')).find(({ head }) => head.includes('/_astro/'));
  expect(astroCache).toBeDefined();
  expect(addHeaders(astro!.body)).toContainEqual(['Cache-Control', astroCache]);
  expect(addHeaders(conf('site.conf').replace(/^location [^{]+\{[^}]*\}/gm, ''))).toContainEqual(['Cache-Control', 'no-cache']);
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
