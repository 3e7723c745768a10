import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from '../../src/pipeline/site-config';

/** Every page path the sitemap publishes, read from the build so each page gets its own named test. */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(OUT_DIR, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(join(OUT_DIR, sitemap), 'utf8');
    return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  });
}

/** The sitemap as text, for checks on its alternates. */
export function sitemapXml(): string {
  return readFileSync(join(OUT_DIR, 'sitemap-0.xml'), 'utf8');
}
