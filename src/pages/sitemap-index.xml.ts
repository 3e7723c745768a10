import type { APIRoute } from 'astro';
import { SITEMAP_FILE, sitemapIndexXml } from '../pipeline/sitemap';

export const GET: APIRoute = async ({ site }) => new Response(await sitemapIndexXml([SITEMAP_FILE], site!), { headers: { 'Content-Type': 'application/xml' } });
