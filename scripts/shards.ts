/**
 * Builds a site in shards, one content tree each (docs/scale.md), and searches them together:
 *   npm run shards -- --out bench/corpora/shards xiqing=content heping=bench/corpora/heping
 * Each SLUG=TREE is built on its own, as one job of a CI matrix would build it: ingest,
 * summarize, the Astro build under `<base>SLUG/`, its search index, archive and fixity manifest,
 * into OUT/SLUG. Then the top level: OUT/index.html listing the shards, OUT/shards.json with the
 * SHA-256 of each shard's manifest and archive, and OUT/SHA256SUMS over both.
 *   npm run shards -- --out DIR --search 高新技术企业 [--skip-build] SLUG=TREE ...
 * serves DIR and, in Chromium, loads the first shard's search and merges every other shard's
 * index into it (Pagefind's mergeIndex), then prints each hit's URL, grouped by shard, as JSON.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { parseCommandLine, usageError } from '../src/lib/cli/command-line.ts';
import { createStaticHandler } from '../src/lib/mirror/static-server.ts';
import { formatSha256Sums, MANIFEST_NAME } from '../src/lib/mirror/sha256sums.ts';
import { SHARDS_FILE, shardsIndexHtml, shardsJson, type Shard } from '../src/lib/mirror/shards.ts';
import { pagefindQuery, parseQuery } from '../src/lib/search/query.ts';
import { paths } from '../src/lib/site/site-paths.ts';

const COMMAND = {
  command: 'npm run shards',
  description: 'Builds each content tree as a shard of its own under OUT/SLUG, writes the top level that lists them, and searches across them with Pagefind’s mergeIndex.',
  options: {
    out: { type: 'string', value: 'DIR', description: 'where the shards and the top level go (inside the project, e.g. bench/corpora/shards)' },
    search: { type: 'string', value: 'QUERY', description: 'search every shard together in Chromium and print the hits by shard' },
    'skip-build': { type: 'boolean', description: 'use the shards as built before' },
  },
  positionals: { usage: 'SLUG=TREE ...', max: 100, description: 'each shard: its path under OUT and its content tree' },
  environment: { SITE_BASE: 'the sub-path the top level is served under (else /)', CHROMIUM_PATH: 'the browser for --search (else /usr/bin/chromium)' },
} as const;
const { values, positionals } = parseCommandLine(COMMAND);
if (!values.out) usageError(COMMAND, '--out is required');
const out = values.out;
const shards = positionals.map((arg) => {
  const match = /^([a-z][a-z0-9-]*)=(.+)$/.exec(arg);
  if (!match) usageError(COMMAND, `a shard is SLUG=TREE with a lower-case slug, not ${JSON.stringify(arg)}`);
  return { slug: match[1]!, tree: match[2]! };
});
if (shards.length === 0) usageError(COMMAND, 'name at least one shard, SLUG=TREE');
const repeated = shards.find((shard, i) => shards.findIndex((other) => other.slug === shard.slug) !== i);
if (repeated) usageError(COMMAND, `two shards are named ${repeated.slug}: each builds into OUT/SLUG`);
if (values.search !== undefined && parseQuery(values.search, {}).length !== 1) usageError(COMMAND, `--search takes one term, not ${JSON.stringify(values.search)}`);
const topBase = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** One shard's build, every stage of `npm run build`, as a CI job would run it. */
function buildShard(slug: string, tree: string): void {
  const env = { ...process.env, CONTENT_DIR: tree, OUT_DIR: join(out, slug), SITE_BASE: `${topBase}${slug}/` };
  for (const command of [['scripts/ingest.ts'], ['scripts/summarize.ts'], ['node_modules/astro/bin/astro.mjs', 'build'], ['scripts/index-search.ts'], ['scripts/archive.ts'], ['scripts/mirror.ts']]) {
    const result = spawnSync(process.execPath, command, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) {
      console.error(`error: shard ${slug}: ${command.join(' ')} exited with ${result.status}`);
      process.exit(1);
    }
  }
  console.log(`shards: built ${slug} from ${tree} into ${join(out, slug)}`);
}

function describeShard(slug: string, tree: string): Shard {
  const catalog = parse(readFileSync(join(tree, 'sources/plans.yaml'), 'utf8')) as { year: number; district: { zh: string }; title_zh: string }[];
  const archive = join(slug, paths.archive());
  return {
    slug,
    base: `${topBase}${slug}/`,
    plans: catalog.map((p) => ({ year: p.year, district: p.district.zh, title_zh: p.title_zh })).sort((a, b) => b.year - a.year),
    manifest: { path: `${slug}/${MANIFEST_NAME}`, sha256: sha256(join(out, slug, MANIFEST_NAME)) },
    archive: { path: archive, bytes: statSync(join(out, archive)).size, sha256: sha256(join(out, archive)) },
    search: `${topBase}${slug}/${paths.searchBundle()}`,
  };
}

/** Searches every shard together in Chromium: the first shard's Pagefind with the others merged in. */
async function searchTogether(described: Shard[], query: string): Promise<Record<string, string[]>> {
  const terms = parseQuery(query, {});
  const server = createServer(createStaticHandler({ root: resolve(out), base: topBase, notFoundPage: 'index.html' }));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // A Chinese page, so that Pagefind reads the zh-cn index of every bundle.
    await page.goto(`${origin}${topBase}${described[0]!.slug}/zh/`);
    const urls = await page.evaluate(
      async ({ bundles, baseUrl, pagefindQuery }) => {
        const pagefind = (await import(`${bundles[0]}pagefind.js`)) as {
          options(o: object): Promise<void>;
          mergeIndex(path: string, o: object): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        // Each index holds its pages' paths from the top (`/heping/zh/…`), so they resolve against the top's base.
        await pagefind.options({ basePath: bundles[0], baseUrl });
        for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(bundle, { language: 'zh-cn', baseUrl });
        const { results } = await pagefind.search(pagefindQuery);
        return Promise.all(results.map(async (r) => (await r.data()).url));
      },
      { bundles: described.map((s) => s.search), baseUrl: '/', pagefindQuery: pagefindQuery(terms[0]!) },
    );
    return Object.fromEntries(described.map((s) => [s.slug, urls.filter((url) => url.startsWith(s.base)).sort()]));
  } finally {
    await browser.close();
    server.close();
  }
}

if (!values['skip-build']) for (const { slug, tree } of shards) buildShard(slug, tree);
for (const { slug } of shards) {
  if (!existsSync(join(out, slug, MANIFEST_NAME))) usageError(COMMAND, `${join(out, slug)} holds no built shard; run without --skip-build`);
}
const described = shards.map(({ slug, tree }) => describeShard(slug, tree));
writeFileAtomic(join(out, SHARDS_FILE), shardsJson(described));
writeFileAtomic(join(out, 'index.html'), shardsIndexHtml(described));
const topFiles = [SHARDS_FILE, 'index.html'].map((path) => ({ path, sha256: sha256(join(out, path)) }));
writeFileAtomic(join(out, MANIFEST_NAME), formatSha256Sums(topFiles));
console.log(`shards: ${described.length} shards listed in ${join(out, SHARDS_FILE)}, top level at ${join(out, 'index.html')}`);
if (values.search !== undefined) console.log(JSON.stringify(await searchTogether(described, values.search), null, 2));
