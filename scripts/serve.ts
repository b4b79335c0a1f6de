/**
 * Serves the built site on 127.0.0.1, so `npm start` and the browser tests need nothing but Node.
 * Honours the configured base (SITE_BASE), serves `dir/index.html` for `dir/` and the site's
 * 404 page for anything else (src/lib/mirror/static-server.ts says what it refuses and why).
 *   node scripts/serve.ts [--port 4321] [--dir dist]   (the directory defaults to OUT_DIR, else dist)
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticHandler } from '../src/lib/mirror/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
  },
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
