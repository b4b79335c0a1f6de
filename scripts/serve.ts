/**
 * Serves the built site on 127.0.0.1, so `npm start` and the browser tests need nothing but Node.
 * Honours the configured base (SITE_BASE), serves `dir/index.html` for `dir/` and the site's
 * 404 page for anything else (src/lib/mirror/static-server.ts says what it refuses and why).
 *   npm run serve -- [--port 4321] [--dir dist]   (the directory defaults to OUT_DIR, else dist)
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { createStaticHandler } from '../src/lib/mirror/static-server.ts';

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
if (!existsSync(root)) {
  console.error(`error: ${root} does not exist; run \`npm run build\` first`);
  process.exit(1);
}

const server = createServer(createStaticHandler({ root, base, notFoundPage: '404.html' }));
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base}`);
});
