/**
 * Incremental rebuilds are honest: after a change to a plan's source, to a section title in the
 * termbase, or to an indicator's name, the generators and Astro's incremental build (which copies
 * every page whose key in src/data/page-keys.ts is unchanged) give exactly the site a build from
 * nothing gives, byte for byte, while copying the pages the change does not reach.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-root.ts';
import { buildEnv } from '../helpers/build-env.ts';
import { SEED_FILES } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const tree = join(work, 'tree');
/** The site built incrementally, change after change. */
const site = join(work, 'site');
const fullBuilds: string[] = [];

function run(args: string[], outDir = site): string {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: buildEnv({ CONTENT_DIR: tree, OUT_DIR: outDir }) });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const generate = () => {
  run(['scripts/ingest.ts']);
  run(['scripts/summarize.ts']);
};

/** Builds the site, and returns how many pages Astro copied from the previous build instead of rendering them. */
function astroBuild(outDir = site): number {
  const log = run(['node_modules/astro/bin/astro.mjs', 'build'], outDir);
  return (log.match(/\((cached|restored)\)/g) ?? []).length;
}

/** A build from nothing of the tree as it is now, into a directory of its own. */
function fullBuild(): string {
  const outDir = join(work, `full-${fullBuilds.length}`);
  fullBuilds.push(outDir);
  expect(astroBuild(outDir)).toBe(0);
  return outDir;
}

function files(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Map(entries.map((d) => [join(d.parentPath, d.name).slice(dir.length + 1), createHash('sha256').update(readFileSync(join(d.parentPath, d.name))).digest('hex')]));
}

/** The files two builds differ in. */
function differing(a: string, b: string): string[] {
  const [x, y] = [files(a), files(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((f) => x.get(f) !== y.get(f)).sort();
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`${path}: "${from}" does not occur exactly once`);
  writeFileSync(path, text.replace(from, to));
}

/** Edits a source and records its new SHA-256 in the catalogue, as `npm run catalog` would. */
function editSource(file: string, from: string, to: string): void {
  const path = join(tree, 'sources', file);
  const before = createHash('sha256').update(readFileSync(path)).digest('hex');
  edit(path, from, to);
  edit(join(tree, 'sources/plans.yaml'), before, createHash('sha256').update(readFileSync(path)).digest('hex'));
}

let firstBuild: string;

beforeAll(() => {
  for (const part of ['sources', 'termbase', 'errata.yaml']) cpSync(join('content', part), join(tree, part), { recursive: true });
  generate();
  astroBuild();
  firstBuild = join(work, 'first');
  cpSync(site, firstBuild, { recursive: true });
}, 300_000);

afterAll(() => {
  for (const outDir of [site, ...fullBuilds]) rmSync(astroCacheDir(outDir, tree), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('an incremental build', () => {
  it('after nothing changed copies every page with a key and writes the same site', () => {
    const copied = astroBuild();
    expect(copied).toBeGreaterThan(100);
    expect(differing(site, firstBuild)).toEqual([]);
  }, 120_000);

  it('after a 2021 target changes equals a full build, and copies what the target does not reach', () => {
    // 2021's target for high-tech enterprises is a point of a series that 2022's pages chart too.
    editSource(SEED_FILES[2021], '国家高新技术企业突破660家', '国家高新技术企业突破665家');
    generate();
    const copied = astroBuild();
    const full = fullBuild();
    expect(differing(site, full)).toEqual([]);
    const changed = differing(firstBuild, full);
    expect(changed.some((f) => f.startsWith('zh/2022/')), 'the change reaches a page of the other plan').toBe(true);
    expect(changed.some((f) => f.startsWith('zh/2021/'))).toBe(true);
    expect(copied).toBeGreaterThan(0);
  }, 300_000);

  it('after a section title changes in the termbase equals a full build', () => {
    const before = join(work, 'before-title');
    cpSync(site, before, { recursive: true });
    edit(join(tree, 'termbase/sections.yaml'), '产业发展不断加速: Industrial development accelerated', '产业发展不断加速: Industry gathered pace');
    generate();
    const copied = astroBuild();
    expect(differing(site, fullBuild())).toEqual([]);
    expect(differing(before, site).filter((f) => f.startsWith('en/2021/')), 'no page of the 2021 plan shows the title').toEqual([]);
    expect(copied).toBeGreaterThan(0);
  }, 300_000);

  it('after an indicator is renamed equals a full build', () => {
    edit(join(tree, 'termbase/indicators.yaml'), '  en: High-tech enterprises\n', '  en: National high-tech enterprises\n');
    generate();
    astroBuild();
    const full = fullBuild();
    expect(differing(site, full)).toEqual([]);
    expect(readFileSync(join(full, 'en/indicators/high-tech-enterprises/index.html'), 'utf8')).toContain('National high-tech enterprises');
  }, 300_000);
});
