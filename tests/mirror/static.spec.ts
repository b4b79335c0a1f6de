/**
 * The mirror's build checked as files, without a browser: its Content-Security-Policy covers
 * every inline script by hash, its fixity manifest verifies with GNU sha256sum, its WACZ package
 * reads back whole, its sitemap lists every page, and its citation data names the true source hash.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, readDistJson } from '../e2e/dist.ts';
import { sitePages } from '../e2e/site-pages.ts';
import { cspHash, executableInlineScripts, pagePolicy } from '../../src/lib/site/csp.ts';
import { scanTags } from '../../src/lib/html-scan.ts';
import { linksOfSitemap } from '../../src/lib/mirror/link-check.ts';
import { urlPathOf } from '../../src/lib/mirror/served-paths.ts';
import { listSiteFiles, sha256Hex } from '../../src/lib/mirror/site-files.ts';
import { digestHex } from '../../src/lib/mirror/wacz/cdxj.ts';
import { capturedUrl, readWacz } from '../../src/lib/mirror/wacz/package.ts';
import { hasArchiveFacts, megabytes, withArchiveFacts } from '../../src/lib/mirror/archive-facts.ts';
import { paths } from '../../src/lib/site/site-paths.ts';

const files = listSiteFiles(DIST_DIR);
const htmlFiles = files.filter((path) => path.endsWith('.html'));
const read = (path: string) => readFileSync(join(DIST_DIR, path), 'utf8');

test('every page carries a CSP that allows its inline scripts and styles by hash and nothing inline besides', () => {
  const problems: string[] = [];
  for (const path of htmlFiles) {
    const html = read(path);
    const policy = pagePolicy(html);
    if (!policy) {
      problems.push(`${path}: no Content-Security-Policy meta tag`);
      continue;
    }
    const scriptSrc = policy.get('script-src') ?? [];
    if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) problems.push(`${path}: script-src allows unsafe inline code`);
    for (const [directive, value] of [['default-src', "'self'"], ['object-src', "'none'"], ['base-uri', "'self'"], ['connect-src', "'self'"], ['form-action', "'self'"]]) {
      if (!policy.get(directive!)?.includes(value!)) problems.push(`${path}: ${directive} is not ${value}`);
    }
    for (const script of executableInlineScripts(html)) {
      if (!scriptSrc.includes(`'${cspHash(script)}'`)) problems.push(`${path}: inline script ${JSON.stringify(script.slice(0, 60))}… is not in script-src`);
    }
    // A build with SITE_URL has one inline style (src/lib/site/print-urls.ts); any must be hashed.
    const styleSrc = policy.get('style-src') ?? [];
    for (const style of scanTags(html).filter((tag) => tag.name === 'style')) {
      if (!styleSrc.includes(`'${cspHash(style.rawText ?? '')}'`)) problems.push(`${path}: inline style ${JSON.stringify((style.rawText ?? '').slice(0, 60))}… is not in style-src`);
    }
    const inlineHandlers = scanTags(html).flatMap((tag) => [...tag.attributes.keys()].filter((name) => name.startsWith('on')));
    if (inlineHandlers.length > 0) problems.push(`${path}: inline event handlers ${inlineHandlers.join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('the CSP meta tag opens every head, after only the charset, so it governs everything after it', () => {
  const problems: string[] = [];
  for (const path of htmlFiles) {
    const tags = scanTags(read(path));
    const head = tags.findIndex((t) => t.name === 'head');
    const [first, second] = tags.slice(head + 1);
    if (first?.name !== 'meta' || !first.attributes.has('charset')) problems.push(`${path}: the head does not open with <meta charset>`);
    if (second?.name !== 'meta' || second.attributes.get('http-equiv')?.toLowerCase() !== 'content-security-policy') problems.push(`${path}: <${second?.name}> comes before the CSP meta tag`);
  }
  expect(problems).toEqual([]);
});

test('SHA256SUMS lists every file and verifies with sha256sum -c and verify-mirror', () => {
  const listed = read('SHA256SUMS').trimEnd().split('\n').map((line) => line.slice(66));
  expect(listed).toEqual(files.filter((path) => path !== 'SHA256SUMS'));
  const gnu = spawnSync('sha256sum', ['--check', '--strict', '--quiet', 'SHA256SUMS'], { cwd: DIST_DIR, encoding: 'utf8' });
  expect(gnu.stdout + gnu.stderr).toBe('');
  expect(gnu.status).toBe(0);
  const ours = spawnSync(process.execPath, ['scripts/verify-mirror.ts', DIST_DIR], { encoding: 'utf8' });
  expect(ours.status, ours.stderr).toBe(0);
});

test('the published WACZ holds every file and page but itself and SHA256SUMS, and every hash in it is true', async () => {
  const siteUrl = new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://xiqing-plans.example/').href;
  const wacz = readFileSync(join(DIST_DIR, paths.archive()));
  const { problems, datapackage, pages, index } = await readWacz(wacz);
  expect(problems).toEqual([]);
  expect(datapackage.profile).toBe('data-package');
  expect(datapackage.resources.map((r) => r.path).sort()).toEqual(['archive/data.warc.gz', 'indexes/index.cdxj', 'pages/pages.jsonl']);
  const digests = new Map(index.map((line) => [line.url, digestHex(line.digest)]));
  const captured = files.filter((path) => path !== paths.archive() && path !== 'SHA256SUMS');
  expect([...digests.keys()].sort()).toEqual(captured.map((path) => capturedUrl(path, siteUrl)).sort());
  for (const path of captured) {
    const bytes = readFileSync(join(DIST_DIR, path));
    // The about pages are captured before the package's size and hash are written into them.
    const expected = path.endsWith('.html') && hasArchiveFacts(bytes.toString('utf8')) ? withArchiveFacts(bytes.toString('utf8')) : bytes;
    expect(digests.get(capturedUrl(path, siteUrl)), path).toBe(sha256Hex(expected));
  }
  const listedPages = new Map(pages.map((p) => [p.url, p]));
  for (const path of htmlFiles.filter((p) => p !== '404.html')) {
    const page = listedPages.get(capturedUrl(path, siteUrl));
    expect(page, path).toBeDefined();
    expect(page!.title.length, `${path} title`).toBeGreaterThan(0);
    expect(page!.text.length, `${path} text`).toBeGreaterThan(0);
  }
});

test('the about pages link the archive with its true size and SHA-256, and name the client that opens it', () => {
  const wacz = readFileSync(join(DIST_DIR, paths.archive()));
  const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
  for (const lang of ['zh', 'en'] as const) {
    const html = read(`${lang}/about/index.html`);
    expect(scanTags(html).some((t) => t.name === 'a' && t.attributes.get('href') === `${base}${paths.archive()}`), lang).toBe(true);
    expect(html, lang).toContain(sha256Hex(wacz));
    expect(html, lang).toContain(`${megabytes(wacz.byteLength)} MB`);
    expect(html, lang).toContain('ReplayWeb.page');
  }
});

test('two archive runs with one SOURCE_DATE_EPOCH give byte-identical packages, in any time zone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archive-twice-'));
  const run = (name: string, zone: string) => {
    const out = join(dir, name);
    const result = spawnSync(process.execPath, ['scripts/archive.ts', '--dir', DIST_DIR, '--out', out], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', TZ: zone } });
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(out);
  };
  const first = run('first.wacz', 'UTC');
  const second = run('second.wacz', 'Asia/Shanghai');
  expect(second.equals(first)).toBe(true);
});

test('the sitemap lists every page but the 404 page, and robots.txt points to it', () => {
  const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
  const listed = linksOfSitemap(read('sitemap.xml')).map((link) => link.url).sort();
  const pages = htmlFiles.filter((path) => path !== '404.html').map((path) => urlPathOf(path, base)).sort();
  expect(listed).toEqual(pages);
  for (const { path } of sitePages()) expect(listed, path).toContain(`${base}${path}`);
  expect(read('robots.txt')).toContain(`Sitemap: ${base}sitemap.xml`);
});

interface PlansData {
  plans: { source: { file: string; sha256: string }; sections: { url_zh: string; url_en: string }[] }[];
}

test('section pages carry Highwire, Dublin Core and JSON-LD naming the source file by its true hash', () => {
  for (const plan of readDistJson<PlansData>('data/plans.json').plans) {
    const servedHash = sha256Hex(readFileSync(join(DIST_DIR, 'sources', plan.source.file)));
    expect(servedHash).toBe(plan.source.sha256);
    for (const url of plan.sections.flatMap((s) => [s.url_zh, s.url_en])) {
      const tags = scanTags(read(`${url}index.html`));
      const meta = (name: string) => tags.find((t) => t.name === 'meta' && t.attributes.get('name') === name)?.attributes.get('content');
      for (const name of ['citation_title', 'citation_author', 'citation_publication_date', 'DC.title', 'DC.creator', 'DC.date', 'DC.identifier']) expect(meta(name), `${url} ${name}`).toBeTruthy();
      expect(tags.find((t) => t.name === 'link' && t.attributes.get('rel') === 'canonical')?.attributes.get('href')).toMatch(new RegExp(`${url}$`));
      const jsonLd = JSON.parse(tags.find((t) => t.name === 'script' && t.attributes.get('type') === 'application/ld+json')!.rawText!) as Record<string, any>;
      expect(jsonLd['@type']).toBe('Legislation');
      expect(jsonLd['isBasedOn'].sha256).toBe(servedHash);
      expect(jsonLd['legislationDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(jsonLd['inLanguage']).toBe('zh-CN');
      expect(jsonLd['hasPart'].url).toMatch(new RegExp(`${url}$`));
    }
  }
});
