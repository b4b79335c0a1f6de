/**
 * Serves `dist/` on localhost: a small static server, so `npm start` and the browser tests need
 * nothing but Node. Honours the configured base (SITE_BASE) and serves `dir/index.html` for `dir/`.
 *   npm run serve -- [--port 4321] [--dir dist]   (the directory defaults to OUT_DIR, else dist)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';

const { values } = parseCommandLine({
  command: 'npm run serve',
  description: 'Serves the built site on 127.0.0.1 (this machine only), under SITE_BASE; `npm start` builds first, then runs this.',
  options: {
    port: { type: 'string', value: 'PORT', default: process.env.PORT ?? '4321', description: 'the port to listen on' },
    dir: { type: 'string', value: 'DIR', default: process.env.OUT_DIR ?? 'dist', description: 'the built site' },
  },
  environment: { PORT: 'the port when --port is not given', OUT_DIR: 'the built site when --dir is not given', SITE_BASE: 'the sub-path the site was built for (else /)' },
});

const root = resolve(values.dir);
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

if (!existsSync(root)) {
  console.error(`error: ${root} does not exist; run \`npm run build\` first`);
  process.exit(1);
}

/** The file a request path maps to, or undefined when it is outside the base or the root. */
function fileFor(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0]!);
  if (!path.startsWith(base)) return undefined;
  const candidate = normalize(join(root, path.slice(base.length)));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return join(candidate, 'index.html');
  return candidate;
}

const server = createServer((request, response) => {
  if (request.url && request.url.startsWith(base.slice(0, -1)) && !request.url.startsWith(base)) {
    response.writeHead(301, { Location: base }).end();
    return;
  }
  const file = request.url ? fileFor(request.url) : undefined;
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    const notFound = join(root, '404.html');
    response.writeHead(404, { 'Content-Type': TYPES['.html']! });
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base}`);
});
