import type { APIRoute } from 'astro';
import { getChangesFeed } from '../../data/changes';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getChangesFeed('en', site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
