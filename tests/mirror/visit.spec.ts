/**
 * Pages of the mirror, opened in Chromium from the plain static server: no request may leave the
 * origin, none may fail, and nothing may land in the console or violate the page's
 * Content-Security-Policy. `npm run test:mirror` visits the landing page, the 404 page and one page
 * of each kind in each language; every page is visited by the tests tagged @full, which
 * `npm run test:full` (and CI) runs: the browser tests of tests/e2e already visit every page
 * without errors, and `npm run test:links` and tests/mirror/static.spec.ts check every page of the
 * mirror's build for its links and its policy, so the visit of each one rarely finds more.
 */
import { expect, test, type Page } from '@playwright/test';
import { DIST_DIR } from '../e2e/dist.ts';
import { sitePages } from '../e2e/site-pages.ts';
import { listSiteFiles } from '../../src/lib/mirror/site-files.ts';
import { urlPathOf } from '../../src/lib/mirror/served-paths.ts';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Records what a page does wrong while it loads; requests to other origins are blocked. */
async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // Moving on to the next page cancels what the last one still fetched (its icon, say): not a failure.
    if (new URL(request.url()).origin === origin && reason !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

const pages = listSiteFiles(DIST_DIR)
  .filter((path) => path.endsWith('.html'))
  .map((path) => urlPathOf(path, ''));

/** The landing page, the 404 page, and the first page of each kind in each language. */
const sample = [
  '',
  '404.html',
  ...new Map(sitePages().map((p) => [`${p.kind}/${p.lang}`, p.path])).values(),
];

/** Pages are visited in batches, one browser page each, so the suite's time goes into the visits. */
const BATCHES = 8;
const batches = Array.from({ length: BATCHES }, (_, i) => pages.filter((_, j) => j % BATCHES === i));

test('the mirror has pages to visit, and the sample is among them', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(pages).toEqual(expect.arrayContaining(sample));
});

/** Opens each page in one browser page and fails, naming the page, on the first problem. */
async function visitAll(page: Page, origin: string, paths: string[]): Promise<void> {
  const problems = await watch(page, origin);
  for (const path of paths) {
    const response = await page.goto(path || './', { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), `${path}: CSP meta`).toBe(1);
    expect(await page.locator('meta[name="referrer"]').count(), `${path}: referrer meta`).toBe(1);
    problems.push(...(await page.evaluate(() => window.cspViolations)).map((v) => `${path}: CSP violation: ${v}`));
    expect(problems, path).toEqual([]);
  }
}

test(`a page of each kind in each language (${sample.length}) loads only from its origin, without errors or CSP violations`, async ({ page, baseURL }) => {
  await visitAll(page, new URL(baseURL!).origin, sample);
});

for (const [i, batch] of batches.entries()) {
  test(`pages ${i + 1}/${BATCHES} (${batch.length}) load only from their origin, without errors or CSP violations`, { tag: '@full' }, async ({ page, baseURL }) => {
    await visitAll(page, new URL(baseURL!).origin, batch);
  });
}

test('search runs under the CSP, from the sub-path, with its WebAssembly', async ({ page, baseURL }) => {
  test.skip(!listSiteFiles(DIST_DIR).includes('pagefind/pagefind.js'), 'no search index in this build');
  const origin = new URL(baseURL!).origin;
  const problems = await watch(page, origin);
  await page.goto('zh/');
  const count = await page.evaluate(async (bundle) => {
    // As the site's search does: the module and its WebAssembly from the sub-path, no worker.
    const pagefind = await import(`${bundle}pagefind.js`);
    const instance = pagefind.createInstance({ basePath: bundle, noWorker: true });
    const search = await instance.search('西青');
    return search.results.length as number;
  }, new URL('pagefind/', baseURL).href);
  expect(count).toBeGreaterThan(0);
  problems.push(...(await page.evaluate(() => window.cspViolations)).map((v) => `CSP violation: ${v}`));
  expect(problems).toEqual([]);
});
