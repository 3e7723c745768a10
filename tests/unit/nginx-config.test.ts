import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hostRedirects, nginxRedirectMap } from '../../src/lib/host-redirects';
import { hostPolicy } from '../../src/pipeline/security-policy';
import { promisedHeaders } from '../support/nginx';

const conf = (file: string) => readFileSync(`deploy/nginx/${file}`, 'utf8');
const INCLUDE = 'include help-centre/security-headers.conf;';
const INCLUDE_DOCUMENT = 'include help-centre/document-headers.conf;';
/** The locations that serve only files a browser never opens as a document (scripts, styles, Pagefind's data). */
const NEVER_DOCUMENTS = ['^~ /_astro/', '^~ /pagefind/', '~ ^/pagefind/[a-z]+/(index/|fragment/|filter/|pagefind\\.[^/]+\\.pf_meta$)'];

/** The `add_header` lines of a piece of nginx configuration, as `[name, value]`. */
function addHeaders(text: string): [string, string][] {
  return [...text.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1]!, match[2]!]);
}

/** Each `location` block of site.conf, nested ones too: its head, and its own lines (without the blocks nested in it). */
function locations(text: string): { head: string; own: string; start: number; end: number }[] {
  return [...text.matchAll(/^[ ]*location ([^{]+)\{/gm)].map((match) => {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; depth > 0; end += 1) depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
    const body = text.slice(match.index + match[0].length, end - 1);
    return { head: match[1]!.trim(), own: body.replace(/^[ ]*location [^{]+\{[^}]*\}/gm, ''), start: match.index, end };
  });
}

/** site.conf outside every location: the server level. */
function serverLevel(text: string): string {
  const outer = locations(text).filter((block, _index, all) => !all.some((other) => other.start < block.start && block.end <= other.end));
  return outer.reduceRight((rest, block) => rest.slice(0, block.start) + rest.slice(block.end), text);
}

test('nginx sends exactly the headers public/_headers promises on every path, the policy being hostPolicy()', () => {
  const every = addHeaders(conf('security-headers.conf'));
  const documents = addHeaders(conf('document-headers.conf'));
  const byName = ([a]: [string, string], [b]: [string, string]) => a.localeCompare(b);
  expect([...every, ...documents].sort(byName)).toEqual([...promisedHeaders()].sort(byName));
  expect(Object.fromEntries(documents)['Content-Security-Policy']).toBe(hostPolicy());
  expect(every.map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Cross-Origin-Resource-Policy', 'Strict-Transport-Security']);
});

test('every nginx location that adds a header of its own includes the security headers again, as nginx would drop them; document headers everywhere but scripts, styles and search files', () => {
  const site = conf('site.conf');
  const blocks = locations(site);
  expect(blocks.length).toBeGreaterThan(3);
  for (const { head, own } of blocks) {
    if (!own.includes('add_header')) continue;
    expect(own, `location ${head}`).toContain(INCLUDE);
    if (NEVER_DOCUMENTS.includes(head)) expect(own, `location ${head}`).not.toContain(INCLUDE_DOCUMENT);
    else expect(own, `location ${head}`).toContain(INCLUDE_DOCUMENT);
  }
  expect(blocks.filter(({ own }) => own.includes('add_header') && !own.includes(INCLUDE_DOCUMENT)).map(({ head }) => head)).toEqual(NEVER_DOCUMENTS);
  // And the server level, for every location without headers of its own.
  const server = serverLevel(site);
  expect(server).toContain(INCLUDE);
  expect(server).toContain(INCLUDE_DOCUMENT);
  expect(server).not.toMatch(/^\s*add_header (Content-Security-Policy|X-Frame-Options)/m);
});

test('nginx keeps fingerprinted assets as long as public/_headers says, and has pages revalidated', () => {
  const headers = readFileSync('public/_headers', 'utf8');
  const astroCache = /\/_astro\/\*\n\s+Cache-Control: (.+)/.exec(headers)?.[1];
  const astro = locations(conf('site.conf')).find(({ head }) => head.includes('/_astro/'));
  expect(astroCache).toBeDefined();
  expect(addHeaders(astro!.own)).toContainEqual(['Cache-Control', astroCache]);
  expect(addHeaders(serverLevel(conf('site.conf')))).toContainEqual(['Cache-Control', 'no-cache']);
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
