/**
 * CONTENT_DIR is honoured by every command: a report to the people's congress in a temporary
 * content tree goes through ingest, summarize, the Astro build, the search index, the fixity
 * manifest and the archive with nothing but CONTENT_DIR and OUT_DIR set, and the published text
 * is that tree's; the repository's content/ is not touched. A run that would mix trees fails.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-root.ts';
import { fixturePath } from '../helpers/genre-fixtures.ts';
import { buildEnv } from '../helpers/build-env.ts';

const work = mkdtempSync(join(tmpdir(), 'content-dir-'));
const tree = join(work, 'tree');
const dist = join(work, 'dist');
const env = { CONTENT_DIR: tree, OUT_DIR: dist };

function run(args: string[], extra: Record<string, string> = env) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: buildEnv(extra) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[]): string {
  const result = run(args);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A digest of every file under a directory, to show it untouched. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)).sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

const committed = digest('content');
const logs: Record<string, string> = {};

beforeAll(() => {
  cpSync('tests/fixtures/genres/report-tree', tree, { recursive: true });
  cpSync(fixturePath('report'), join(tree, 'sources/report.zh.txt'));
  logs.ingest = ok(['scripts/ingest.ts']);
  logs.summarize = ok(['scripts/summarize.ts']);
  logs.build = ok(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  logs.index = ok(['scripts/index-search.ts']);
  logs.mirror = ok(['scripts/mirror.ts']);
  logs.archive = ok(['scripts/archive.ts']);
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(astroCacheDir(dist, tree), { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a build of another content tree', () => {
  it('writes the generated content into that tree, and leaves content/ as it was', () => {
    expect(readdirSync(join(tree, 'plans/2019')).sort()).toEqual(['1-0.mdx', '1-1.mdx', '1-2.mdx', '1-3.mdx', '2-0.mdx', '3-0.mdx', '3-1.mdx', '3-2.mdx', '3-3.mdx', 'index.mdx']);
    expect(readdirSync(join(tree, 'summaries')).sort()).toEqual(['2019.json', '2019.rendering.json']);
    expect(digest('content')).toBe(committed);
  });

  it('publishes that tree\'s text and none of the repository\'s plans', () => {
    expect(page('zh/2019/1-2')).toContain('营商环境持续改善。一是新登记市场主体1.2万户');
    expect(page('zh/2019')).toContain('——2019年1月15日在西青区第十七届人民代表大会第四次会议上');
    expect(page('zh/2019')).toContain('区发展和改革委员会');
    expect(existsSync(join(dist, 'zh/2021'))).toBe(false);
    const plans = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as { plans: { year: number; presented_to_zh?: string }[] };
    expect(plans.plans.map((p) => [p.year, p.presented_to_zh])).toEqual([[2019, '西青区第十七届人民代表大会第四次会议']]);
    expect(readFileSync(join(dist, 'sources/report.zh.txt'))).toEqual(readFileSync(fixturePath('report')));
  });

  it('publishes the report\'s figures with the kind and period of their part', () => {
    const { figures } = JSON.parse(readFileSync(join(dist, 'data/figures.json'), 'utf8')) as {
      figures: { section: string; period: number; kind: string; label_zh: string; source: { text: string } }[];
    };
    const published = (section: string, text: string) => figures.find((f) => f.section === section && f.source.text === text);
    expect(published('1-2', '2.5亿美元')).toMatchObject({ kind: 'actual', period: 2018, label_zh: '实际利用外资' });
    expect(published('2-0', '5%左右')).toMatchObject({ kind: 'target', period: 2019, label_zh: '地区生产总值增长' });
    expect(published('3-1', '300座')).toMatchObject({ kind: 'target', period: 2019, label_zh: '5G基站' });
  });

  it('indexes, checksums and archives that build', () => {
    expect(logs.index).toContain(`in ${dist}/pagefind/`);
    expect(readFileSync(join(dist, 'SHA256SUMS'), 'utf8')).toContain('zh/2019/1-2/index.html');
    expect(existsSync(join(dist, 'archive/xiqing-plans.wacz'))).toBe(true);
  });

  it('finds the committed output of that tree current (npm run check)', () => {
    expect(ok(['scripts/ingest.ts', '--check'])).toContain(`files in ${tree}/plans are current`);
    expect(ok(['scripts/summarize.ts', '--check'])).toContain(`files in ${tree}/summaries are current`);
  });
});

describe('a run that would mix two trees', () => {
  it('is refused when a flag points outside CONTENT_DIR', () => {
    const result = run(['scripts/ingest.ts', '--check', '--sources', 'content/sources']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`error: --sources content/sources lies outside CONTENT_DIR=${tree}: one run would mix two content trees\n`);
  });

  it('is refused when the site was built from another tree', () => {
    for (const script of ['scripts/index-search.ts', 'scripts/mirror.ts', 'scripts/archive.ts']) {
      const result = run([script], { CONTENT_DIR: 'content', OUT_DIR: dist });
      expect(result.status, script).toBe(1);
      expect(result.stderr, script).toContain(`error: ${dist} was not built from content: plans built but not catalogued there: 2019 report.zh.txt`);
    }
  });
});
