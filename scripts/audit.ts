/**
 * Lighthouse audit of the built site: the home, a plan, a section and the search page, in both
 * languages, with the four category scores (goal: 100 each). Serves the build (OUT_DIR, else
 * dist) with scripts/serve.ts and drives the system Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium) over its DevTools port. Writes bench/audit.json.
 *   npm run audit
 * Build with SITE_URL=http://localhost:<port>/ for a production-like audit: canonical, hreflang and
 * the sitemap in robots.txt are then absolute, as search engines require, and the audit serves
 * the site at that port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';

parseCommandLine({
  command: 'npm run audit',
  description: 'Lighthouse on the home, a plan, a section and the search page of the built site in both languages, served by scripts/serve.ts in the system Chromium; the four category scores in bench/audit.json.',
  environment: {
    OUT_DIR: 'the built site (else dist)',
    SITE_URL: 'the site was built with this URL, e.g. http://localhost:4334/: the audit serves it at that port',
    SITE_BASE: 'the sub-path the site was built for (else /)',
    CHROMIUM_PATH: 'the Chromium to drive (else /usr/bin/chromium)',
  },
});

// Lighthouse takes seconds to load: only once the command line asks for an audit.
const { default: lighthouse } = await import('lighthouse');

const DIST = process.env.OUT_DIR ?? 'dist';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Polls a URL until it answers, or fails after `seconds`. */
async function waitFor(url: string, seconds = 30): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** The audited pages: home, the newest plan, its first sub-section, search; each in both languages. */
function pagesToAudit(): { kind: string; path: string }[] {
  const data = JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8')) as {
    plans: { url_zh: string; url_en: string; sections: { id: string; url_zh: string; url_en: string }[] }[];
  };
  const plan = data.plans[0]!;
  const section = plan.sections.find((s) => s.id.endsWith('-1')) ?? plan.sections[0]!;
  return (['zh', 'en'] as const).flatMap((lang) => [
    { kind: 'home', path: `${lang}/` },
    { kind: 'plan', path: lang === 'zh' ? plan.url_zh : plan.url_en },
    { kind: 'section', path: lang === 'zh' ? section.url_zh : section.url_en },
    { kind: 'search', path: `${lang}/search/` },
  ]).map((p) => ({ ...p, path: p.path.replace(/^\//, '') }));
}

const children: ChildProcess[] = [];
const profile = mkdtempSync(join(tmpdir(), 'audit-chromium-'));
try {
  const site = process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;
  const [sitePort, debugPort] = [site ? Number(site.port) : await freePort(), await freePort()];
  const base = `http://localhost:${sitePort}${(process.env.SITE_BASE ?? '/').replace(/\/?$/, '/')}`;
  children.push(spawn(process.execPath, ['scripts/serve.ts', '--port', String(sitePort), '--dir', DIST], { stdio: 'ignore' }));
  children.push(
    spawn(CHROMIUM, [
      '--headless=new', `--remote-debugging-port=${debugPort}`, `--user-data-dir=${profile}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ], { stdio: 'ignore' }),
  );
  await waitFor(base);
  await waitFor(`http://127.0.0.1:${debugPort}/json/version`);

  const results = [];
  for (const { kind, path } of pagesToAudit()) {
    const url = new URL(path, base).href;
    const status = (await fetch(url)).status;
    if (status !== 200) {
      console.log(`skip ${url}: HTTP ${status} (no such page in this build)`);
      continue;
    }
    const run = await lighthouse(url, { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`lighthouse returned nothing for ${url}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(run.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id);
    results.push({ kind, path, ...scores, failing_audits: failing });
    console.log(`${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? `; below 1: ${failing.join(', ')}` : ''}`);
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/audit.json', `${JSON.stringify({ lighthouse: LIGHTHOUSE_VERSION, results }, null, 2)}\n`);
  console.table(results.map(({ failing_audits: _failing, ...row }) => row));
} finally {
  for (const child of children) child.kill();
  rmSync(profile, { recursive: true, force: true });
}
