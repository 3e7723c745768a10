// nginx with the shipped configuration (deploy/nginx/site.conf) over a build, run as an
// ordinary foreground process: its pid, logs and temporary files live in a temporary
// prefix, so it needs no system setup beyond the two Debian packages. Used by
// `npm run preview:nginx`, the nginx tests and `npm run bench:search`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_HEADERS } from '../src/lib/host-headers.ts';
import { NGINX_REDIRECT_MAP as REDIRECT_MAP } from '../src/lib/host-redirects.ts';

const DEPLOY_DIR = resolve('deploy/nginx');
const INSTALL_HINT = 'install it with: apt-get install -y nginx libnginx-mod-http-brotli-static (Debian 12 or later, as root)';

/** The nginx binary, or an error that says how to install it. */
function nginxBinary() {
  const found = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'nginx'))].find((path) => existsSync(path));
  if (!found) throw new Error(`nginx is not installed: ${INSTALL_HINT}.`);
  return found;
}

/** The brotli_static module Debian ships separately, or an error that says how to install it. */
function brotliModule(nginx) {
  const { stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const modules = /--modules-path=(\S+)/.exec(stderr)?.[1] ?? '/usr/lib/nginx/modules';
  const module = join(modules, 'ngx_http_brotli_static_module.so');
  if (!existsSync(module)) throw new Error(`nginx's brotli_static module is missing (${module}): ${INSTALL_HINT}.`);
  return module;
}

/** A temporary prefix: `help-centre/` in it is deploy/nginx itself, so the includes resolve as in /etc/nginx. */
function makePrefix(root) {
  const site = resolve(root);
  for (const file of [REDIRECT_MAP, NGINX_HEADERS]) if (!existsSync(join(site, file))) throw new Error(`${site} has no ${file}: run npm run build first.`);
  const prefix = mkdtempSync(join(tmpdir(), 'help-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  symlinkSync(DEPLOY_DIR, join(prefix, 'help-centre'));
  return { site, prefix };
}

/** The main configuration around an `http` block's own lines: one foreground process, everything in the prefix. */
function mainConf(prefix, module, http) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, 'temp', kind)};`).join('\n');
  return `load_module ${module};
master_process off;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  # What each response cost on the wire, headers included (compressed ones on HTTP/2): read by npm run bench:search.
  log_format wire '$request_uri $bytes_sent';
  access_log ${join(prefix, 'access.log')} wire;
  sendfile on;
${temp}
${http}
}
`;
}

/**
 * A prefix with an nginx.conf that serves `root` on 127.0.0.1:`port` with
 * deploy/nginx/site.conf, as deploy/nginx/help-centre.conf does in production.
 */
export function writeNginxPrefix({ root, port, tls = false }) {
  const nginx = nginxBinary();
  const module = brotliModule(nginx);
  const { site, prefix } = makePrefix(root);
  let listen = `listen 127.0.0.1:${port};`;
  if (tls) {
    // As in production: TLS and HTTP/2, here with a certificate made for the occasion.
    const { cert, key } = selfSignedCertificate(prefix);
    listen = `listen 127.0.0.1:${port} ssl http2;\n    ssl_certificate ${cert};\n    ssl_certificate_key ${key};`;
  }
  const conf = join(prefix, 'nginx.conf');
  const http = `  map $uri $help_centre_moved_to {
    include ${join(site, REDIRECT_MAP)};
  }
  server {
    ${listen}
    root ${site};
    include ${join(site, NGINX_HEADERS)};
    include help-centre/site.conf;
  }`;
  writeFileSync(conf, mainConf(prefix, module, http));
  return { nginx, prefix, conf };
}

/**
 * A prefix where deploy/nginx/help-centre.conf is included as shipped, but for the build's
 * folder and a throwaway certificate: what `nginx -t` checks for a web team's server.
 */
export function writeProductionPrefix({ root }) {
  const nginx = nginxBinary();
  const module = brotliModule(nginx);
  const { site, prefix } = makePrefix(root);
  const { cert, key } = selfSignedCertificate(prefix);
  const shipped = readFileSync(join(DEPLOY_DIR, 'help-centre.conf'), 'utf8')
    .replaceAll('/srv/help-centre/dist', site)
    .replace(/ssl_certificate \S+;/, `ssl_certificate ${cert};`)
    .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`);
  writeFileSync(join(prefix, 'site.conf'), shipped);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConf(prefix, module, `  include ${join(prefix, 'site.conf')};`));
  return { nginx, prefix, conf };
}

/** A throwaway certificate for 127.0.0.1 in `dir`, valid one day. */
function selfSignedCertificate(dir) {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'];
  const made = spawnSync('openssl', [...args, '-keyout', key, '-out', cert], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr ?? made.error}`);
  return { cert, key };
}

/** `nginx -t` on a configuration: its status and what it printed. */
export function testNginxConfig({ nginx, prefix, conf }) {
  const run = spawnSync(nginx, ['-t', '-p', prefix, '-e', 'stderr', '-c', conf], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Resolves once something accepts connections on the port, or rejects after `timeout` ms. */
function listening(port, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  return new Promise((done, fail) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on 127.0.0.1:${port} within ${timeout} ms.`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts nginx over `root` on 127.0.0.1:`port` (with `tls`, over HTTPS and HTTP/2 with a
 * throwaway self-signed certificate) and resolves once it listens.
 * `stop()` ends it and removes its prefix.
 */
export async function startNginx({ root, port, tls = false, stdio = 'pipe' }) {
  const setup = writeNginxPrefix({ root, port, tls });
  const checked = testNginxConfig(setup);
  if (!checked.ok) {
    rmSync(setup.prefix, { recursive: true, force: true });
    throw new Error(`nginx rejects the configuration:\n${checked.output}`);
  }
  const child = spawn(setup.nginx, ['-p', setup.prefix, '-e', 'stderr', '-c', setup.conf], { stdio });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', done));
  const cleanUp = () => rmSync(setup.prefix, { recursive: true, force: true });
  try {
    await Promise.race([listening(port), exited.then((code) => Promise.reject(new Error(`nginx exited (${code}):\n${output}`)))]);
  } catch (error) {
    child.kill('SIGTERM');
    cleanUp();
    throw error;
  }
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    exited,
    /** The access log so far: one `path bytes-sent` line per response. */
    accessLog: () => (existsSync(join(setup.prefix, 'access.log')) ? readFileSync(join(setup.prefix, 'access.log'), 'utf8') : ''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited;
      cleanUp();
    },
  };
}
