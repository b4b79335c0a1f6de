/**
 * Browser tests of the archivist's mirror: the site built for a sub-path (SITE_BASE, by default
 * /mirror/xiqing/) into its own directory (OUT_DIR, by default dist-mirror), served by a plain
 * static server that knows nothing of the site: Python's http.server over a directory where the
 * build sits at that sub-path. `npm run test:mirror` builds the site and runs these.
 */
import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Set here, before any test file loads, so the tests and the helpers they share with tests/e2e
// (which read OUT_DIR) all look at the mirror's build.
process.env.OUT_DIR ??= 'dist-mirror';
process.env.SITE_BASE ??= '/mirror/xiqing/';

/** MIRROR_PORT, so the two browser suites can run side by side; else E2E_PORT, as before. */
const PORT = Number(process.env.MIRROR_PORT ?? process.env.E2E_PORT ?? 4330);
const base = process.env.SITE_BASE.replace(/\/?$/, '/');
const site = resolve(process.env.OUT_DIR);
/** The server's document root: the build linked in at the base's path. */
const docroot = join(tmpdir(), `xiqing-mirror-${PORT}`);
const mount = join(docroot, base).replace(/\/$/, '');
const serve = `exec python3 -m http.server ${PORT} --bind 127.0.0.1 --directory`;
const command =
  base === '/'
    ? `${serve} '${site}'`
    : `rm -rf '${docroot}' && mkdir -p "$(dirname '${mount}')" && ln -s '${site}' '${mount}' && ${serve} '${docroot}'`;

export default defineConfig({
  testDir: 'tests/mirror',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${base}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command,
    url: `http://127.0.0.1:${PORT}${base}`,
    // Never another server that happens to listen there: the point is this plain one.
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
