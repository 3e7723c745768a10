// `npm run preview:nginx`: the built site (HELP_OUT_DIR, default dist) served by nginx
// with deploy/nginx's configuration on 127.0.0.1:$PORT (default 8080), in the foreground.
import { OUT_DIR as root } from '../src/pipeline/site-config.ts';
import { startNginx } from './nginx.mjs';

const port = Number(process.env.PORT ?? 8080);
let server;
try {
  server = await startNginx({ root, port, stdio: ['ignore', 'inherit', 'inherit'] });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`nginx serves ${root} with deploy/nginx/site.conf: ${server.origin}/  (French: /fr/, English: /en/). Ctrl+C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void server.stop().then(() => process.exit(0)));
process.exitCode = (await server.exited) ?? 0;
await server.stop();
