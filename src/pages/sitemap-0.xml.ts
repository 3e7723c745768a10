import type { APIRoute } from 'astro';
import { getSite } from '../model';
import { sitemapXml } from '../pipeline/sitemap';

// Its name is SITEMAP_FILE's (src/pipeline/sitemap.ts), which the index points at.
export const GET: APIRoute = async ({ site }) =>
  new Response(await sitemapXml((await getSite()).pages.values(), site!), { headers: { 'Content-Type': 'application/xml' } });
