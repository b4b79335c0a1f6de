/**
 * The published archive opens in ReplayWeb.page 2.x, the client archivists use: its prebuilt
 * `ui.js` and service worker, served beside the build's WACZ from 127.0.0.1, replay a section page
 * in Chromium with its Chinese text, its charts (SVG) and its stylesheet.
 */
import { expect, test, type Frame } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { createStaticHandler } from '../../src/lib/mirror/static-server.ts';
import { readWacz } from '../../src/lib/mirror/wacz/package.ts';
import { paths } from '../../src/lib/site/site-paths.ts';
import { replayWebPage } from '../helpers/replaywebpage.ts';
import { DIST_DIR } from './dist.ts';

// A section with charts (a share of a whole and a series).
const SECTION = 'zh/2021/1-3/';
const SECTION_HEADING = '着力推动深化改革，深入推进创新发展';

let server: Server;
let origin: string;
/** The site's URL in the archive: its main page. */
let siteUrl: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const client = replayWebPage();
  const root = resolve('node_modules/.cache/replay-test');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'replay'), { recursive: true });
  copyFileSync(join(client, 'ui.js'), join(root, 'ui.js'));
  copyFileSync(join(client, 'sw.js'), join(root, 'replay/sw.js'));
  const wacz = readFileSync(join(DIST_DIR, paths.archive()));
  siteUrl = (await readWacz(wacz)).datapackage.mainPageUrl;
  writeFileSync(join(root, 'site.wacz'), wacz);
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>replay</title><script src="ui.js"></script>
<replay-web-page source="site.wacz" url="${siteUrl}${SECTION}" replayBase="./replay/" embed="replayonly" style="display:block;height:90vh"></replay-web-page>`,
  );
  // The project's own server: ReplayWeb.page reads the package by byte ranges, the last bytes first.
  server = createServer(createStaticHandler({ root, base: '/', notFoundPage: '404.html' }));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

test.afterAll(() => new Promise<void>((closed) => (server ? server.close(() => closed()) : closed())));

test('ReplayWeb.page replays a section page from the WACZ with its Chinese text, charts and styles', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${origin}/index.html`);
  let replayed: Frame | undefined;
  await expect
    .poll(async () => {
      replayed = page.frames().find((frame) => frame.url().includes(`mp_/${siteUrl}${SECTION}`));
      return replayed ? ((await replayed.locator('h1').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '') : '';
    }, { timeout: 60_000 })
    .toContain(SECTION_HEADING);
  const frame = replayed!;
  await expect(frame.locator('svg[role="img"]').first()).toBeVisible();
  expect(await frame.locator('svg[role="img"]').count()).toBeGreaterThan(0);
  expect(await frame.locator('main').innerText()).toMatch(/[\u4e00-\u9fff]{20}/);
  const styled = await frame.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href !== null && sheet.cssRules.length > 0));
  expect(styled).toBe(true);
});
