/**
 * The generators' cache and worker threads: an entry is found only under the key of the inputs
 * it was computed from, a damaged entry is recomputed, results keep the order of the inputs; and
 * the ingest CLI redoes exactly the plans whose inputs changed, writing what a fresh run writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedResults, GeneratorCache, moduleGraph } from '../../../src/lib/cli/generator-cache.ts';
import { digest, filesDigest } from '../../../src/lib/digest.ts';
import { mapInWorkers } from '../../../src/lib/cli/worker-pool.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'cache-'));

describe('digest', () => {
  it('tells apart lists of parts that concatenate alike', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
    expect(digest('ab', 'c')).toBe(digest('ab', 'c'));
  });

  it('of a directory counts a linked file as the file it leads to', () => {
    const [a, b, shared] = [temp(), temp(), temp()];
    writeFileSync(join(shared, 'x.yaml'), 'k: v\n');
    writeFileSync(join(a, 'x.yaml'), 'k: v\n');
    symlinkSync(join(shared, 'x.yaml'), join(b, 'x.yaml'));
    expect(filesDigest([b], b)).toBe(filesDigest([a], a));
    writeFileSync(join(shared, 'x.yaml'), 'k: w\n');
    expect(filesDigest([b], b)).not.toBe(filesDigest([a], a));
  });

  it('of a directory depends on its files and their names, not on where it lies', () => {
    const [a, b] = [temp(), temp()];
    for (const dir of [a, b]) writeFileSync(join(dir, 'x.yaml'), 'k: v\n');
    expect(filesDigest([a], a)).toBe(filesDigest([b], b));
    writeFileSync(join(b, 'x.yaml'), 'k: w\n');
    expect(filesDigest([a], a)).not.toBe(filesDigest([b], b));
  });
});

describe('moduleGraph', () => {
  it('follows every form of relative import a script can use, and nothing else', () => {
    const dir = temp();
    mkdirSync(join(dir, 'lib'));
    const files: Record<string, string> = {
      'main.ts': "import {\n  a,\n  b,\n} from './lib/a.ts';\nimport type { T } from './lib/types.ts';\nexport * from './lib/re.ts';\nimport 'node:fs';\nimport { parse } from 'yaml';\nconst w = new URL('./lib/worker.ts', import.meta.url);\nconst later = await import('./lib/late.ts');",
      'lib/a.ts': "import { c } from './c.ts';",
      'lib/c.ts': '',
      'lib/types.ts': '',
      'lib/re.ts': '',
      'lib/worker.ts': '',
      'lib/late.ts': '',
      'lib/unused.ts': '',
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const graph = moduleGraph([join(dir, 'main.ts')]).map((f) => f.slice(dir.length + 1));
    expect(graph).toEqual(['lib/a.ts', 'lib/c.ts', 'lib/late.ts', 'lib/re.ts', 'lib/types.ts', 'lib/worker.ts', 'main.ts']);
  });

  it('names the scripts from the project root, whatever the working directory, and refuses a missing one', () => {
    const version = (cwd: string, script: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', `import { codeVersion } from ${JSON.stringify(join(process.cwd(), 'src/lib/cli/generator-cache.ts'))}; console.log(codeVersion([${JSON.stringify(script)}]));`], { cwd, encoding: 'utf8' });
    const here = version(process.cwd(), 'scripts/ingest.ts');
    expect(here.status).toBe(0);
    expect(version(tmpdir(), 'scripts/ingest.ts').stdout).toBe(here.stdout);
    const missing = version(process.cwd(), 'scripts/no-such-script.ts');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no-such-script\.ts: no such script/);
  });

  it('reaches the summarize worker and the English engine from the summarize script, and no page code', () => {
    const graph = moduleGraph(['scripts/summarize.ts']).map((f) => f.slice(process.cwd().length + 1));
    expect(graph).toContain('scripts/workers/summarize-plan.ts');
    expect(graph).toContain('src/lib/english/clause-grammar.ts');
    expect(graph.filter((f) => f.startsWith('src/lib/search/') || f.startsWith('src/pages/'))).toEqual([]);
  });
});

describe('GeneratorCache', () => {
  const key = (text: string) => digest(text);

  it('finds what was stored under the same key only', () => {
    const cache = new GeneratorCache<{ n: number }>(temp());
    cache.set(key('a'), { n: 1 });
    expect(cache.get(key('a'))).toEqual({ n: 1 });
    expect(cache.get(key('b'))).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  });

  it('recomputes an entry that cannot be read', async () => {
    const dir = temp();
    const cache = new GeneratorCache<number>(dir);
    cache.set(key('a'), 1);
    writeFileSync(join(dir, readdirSync(dir)[0]!), '{"trunc');
    const results = await cachedResults(cache, ['a'], key, (items) => items.map(() => 2));
    expect(results).toEqual([2]);
    expect(cache.get(key('a'))).toBe(2);
  });

  it('computes only the missing items, in one call, and returns every result in input order', async () => {
    const cache = new GeneratorCache<string>(temp());
    cache.set(key('b'), 'B (kept)');
    const asked: string[][] = [];
    const results = await cachedResults(cache, ['a', 'b', 'c'], key, (items) => {
      asked.push(items);
      return items.map((i) => i.toUpperCase());
    });
    expect(asked).toEqual([['a', 'c']]);
    expect(results).toEqual(['A', 'B (kept)', 'C']);
    expect(await cachedResults(cache, ['a', 'b', 'c'], key, () => [])).toEqual(['A', 'B (kept)', 'C']);
    expect(await cachedResults(cache, ['b'], key, (items) => items.map(() => 'B (fresh)'), true)).toEqual(['B (fresh)']);
  });

  it('prunes entries unused for a week, keeping the others', () => {
    const dir = temp();
    const cache = new GeneratorCache<number>(dir);
    cache.set(key('old'), 1);
    cache.set(key('new'), 2);
    const old = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(join(dir, `${key('old')}.json`), old, old);
    cache.prune();
    expect(readdirSync(dir)).toEqual([`${key('new')}.json`]);
  });
});

describe('mapInWorkers', () => {
  const square = new URL('../../fixtures/workers/square.ts', import.meta.url);

  it('returns each result at its item’s place, whatever worker computed it', async () => {
    const items = Array.from({ length: 25 }, (_, i) => (i * 7) % 12);
    expect(await mapInWorkers<number, number>(square, 1, items, 3)).toEqual(items.map((n) => (n + 1) ** 2));
  });

  it('fails with the worker’s error', async () => {
    await expect(mapInWorkers<number, number>(square, 0, [1, 13, 2], 2)).rejects.toThrow('13 refused');
  });
});

describe('npm run ingest with its cache', () => {
  function ingest(errata: string, out: string, ...flags: string[]) {
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--errata', errata, '--out', out, ...flags], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }
  const tree = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name), 'utf8')]));

  it('redoes the plan whose errata changed, takes the other from the cache, and writes what a fresh run writes', () => {
    const work = temp();
    const errata = join(work, 'errata.yaml');
    cpSync('content/errata.yaml', errata);
    ingest(errata, join(work, 'first'));
    writeFileSync(errata, readFileSync(errata, 'utf8').replace("note_en: 'Probably 开好局", "note_en: 'Most likely 开好局"));
    const stdout = ingest(errata, join(work, 'cached'));
    expect(stdout).toContain('ingest: 1 of 2 plans unchanged since an earlier run');
    ingest(errata, join(work, 'fresh'), '--fresh');
    expect(tree(join(work, 'cached'))).toEqual(tree(join(work, 'fresh')));
    expect(JSON.stringify(tree(join(work, 'cached')))).toContain('Most likely');
  });
});
