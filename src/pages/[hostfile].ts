import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile, NGINX_HEADERS, nginxHeaders } from '../lib/host-headers';
import { hostRedirects, NGINX_REDIRECT_MAP, nginxRedirectMap } from '../lib/host-redirects';
import { getSite } from '../model';
import { hostPolicy } from '../pipeline/security-policy';

/**
 * The files hosts read beside the site, from the model and the header table: moved articles as `_redirects` and as
 * an nginx map, and the response headers as `_headers` and as an nginx include (deploy/nginx/ includes both nginx
 * files from the build folder). nginx answers 404 for every path starting with `_`.
 */
export const getStaticPaths = (async () => {
  const { moves } = await getSite();
  const policy = hostPolicy();
  const files = {
    _redirects: hostRedirects(moves),
    [NGINX_REDIRECT_MAP]: nginxRedirectMap(moves),
    _headers: headersFile(policy),
    [NGINX_HEADERS]: nginxHeaders(policy),
  };
  return Object.entries(files).map(([hostfile, text]) => ({ params: { hostfile }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
