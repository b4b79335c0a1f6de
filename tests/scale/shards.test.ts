/**
 * A site in shards (docs/scale.md): two districts built separately, each a complete site under
 * its own sub-path with its own search index, manifest and archive; a top level that lists them
 * with the SHA-256 of each shard's manifest and archive; and one search, in Chromium, that merges
 * both indexes and finds the query in both districts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-root.ts';
import { buildEnv } from '../helpers/build-env.ts';

const work = mkdtempSync(join(tmpdir(), 'shards-'));
const out = join(work, 'out');
const xiqing = join(work, 'xiqing');
const heping = join(work, 'heping');
let hits: Record<string, string[]>;

function run(args: string[]): string {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: buildEnv() });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  for (const part of ['sources', 'termbase', 'errata.yaml']) cpSync(join('content', part), join(xiqing, part), { recursive: true });
  run(['scripts/make-corpus.ts', '--plans', '2', '--district', '和平区', '--out', heping]);
  const stdout = run(['scripts/shards.ts', '--out', out, '--search', '高新技术企业', `xiqing=${xiqing}`, `heping=${heping}`]);
  hits = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Record<string, string[]>;
}, 600_000);

afterAll(() => {
  for (const [slug, tree] of [['xiqing', xiqing], ['heping', heping]] as const) rmSync(astroCacheDir(join(out, slug), tree), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a site built in shards', () => {
  it('builds each district under its own base, with its own manifest that verifies', () => {
    expect(readFileSync(join(out, 'xiqing/zh/2021/1-1/index.html'), 'utf8')).toContain('href="/xiqing/zh/2021/"');
    expect(readFileSync(join(out, 'heping/zh/index.html'), 'utf8')).toContain('和平区');
    for (const slug of ['xiqing', 'heping']) expect(run(['scripts/verify-mirror.ts', join(out, slug)])).toContain('verify-mirror');
  });

  it('lists every shard at the top with the SHA-256 of its manifest and archive, under a manifest of its own', () => {
    const { shards } = JSON.parse(readFileSync(join(out, 'shards.json'), 'utf8')) as { shards: { slug: string; base: string; plans: { year: number }[]; manifest: { path: string; sha256: string }; archive: { path: string; sha256: string } }[] };
    expect(shards.map((s) => [s.slug, s.base, s.plans.map((p) => p.year)])).toEqual([
      ['xiqing', '/xiqing/', [2022, 2021]],
      ['heping', '/heping/', [2200, 2199]],
    ]);
    for (const shard of shards) {
      expect(shard.manifest.sha256).toBe(sha256(join(out, shard.manifest.path)));
      expect(shard.archive.sha256).toBe(sha256(join(out, shard.archive.path)));
    }
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' }).stdout).toBe('index.html: OK\nshards.json: OK\n');
  });

  it('searches both districts at once, merging the second shard’s index into the first’s', () => {
    expect(hits.xiqing!.length).toBeGreaterThan(0);
    expect(hits.heping!.length).toBeGreaterThan(0);
    expect(hits.xiqing!.every((url) => /^\/xiqing\/zh\/\d{4}\/\d+-\d+\/$/.test(url))).toBe(true);
    expect(hits.heping!.every((url) => /^\/heping\/zh\/\d{4}\/\d+-\d+\/$/.test(url))).toBe(true);
  });
});
