import type { APIRoute } from 'astro';
import { languageFeed } from '../../model';

export const GET: APIRoute = async ({ site }) =>
  new Response(await languageFeed('en', site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
