/**
 * A generator's output swapped in whole: a failure at any write or rename leaves the directory as
 * it was, with no temporary files beside it, and says which path failed and why.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeGeneratedFiles, WriteError, type WriteCalls } from '../../src/lib/cli/generated-files.ts';

let parent: string;
let dir: string;

function snapshot(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => join(d.parentPath, d.name)).sort().map((path) => [relative(root, path), readFileSync(path, 'utf8')]));
}

const output = new Map([
  ['2021/index.mdx', 'new index'],
  ['2021/1-1.mdx', 'new 1-1'],
  ['2021/1-2.mdx', 'new 1-2'],
  ['2022/index.mdx', 'new 2022'],
  ['2022/1-1.mdx', 'unchanged'],
]);

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'generated-'));
  dir = join(parent, 'plans');
  mkdirSync(join(dir, '2021'), { recursive: true });
  mkdirSync(join(dir, '2022'));
  writeFileSync(join(dir, '2021/index.mdx'), 'old index');
  writeFileSync(join(dir, '2021/1-1.mdx'), 'old 1-1');
  writeFileSync(join(dir, '2022/1-1.mdx'), 'unchanged');
  writeFileSync(join(dir, '2021/gone.mdx'), 'no longer generated');
});

const enospc = (path: string) => Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });

describe('writeGeneratedFiles', () => {
  it('makes the directory equal the output, removing what is no longer generated', () => {
    expect(writeGeneratedFiles(dir, output)).toBe(5);
    expect(snapshot(dir)).toEqual(Object.fromEntries([...output].sort()));
    expect(readdirSync(parent)).toEqual(['plans']);
    expect(writeGeneratedFiles(dir, output)).toBe(0);
  });

  it('leaves the directory as it was, and nothing beside it, when any write fails', () => {
    const before = snapshot(dir);
    for (let failAt = 0; failAt < output.size; failAt++) {
      let writes = 0;
      const calls: WriteCalls = {
        writeFileSync: (path, data) => {
          if (writes++ === failAt) throw enospc(path);
          writeFileSync(path, data);
        },
        renameSync,
      };
      expect(() => writeGeneratedFiles(dir, output, calls), `write ${failAt + 1}`).toThrow(WriteError);
      expect(snapshot(dir), `write ${failAt + 1}`).toEqual(before);
      expect(readdirSync(parent), `write ${failAt + 1}`).toEqual(['plans']);
    }
  });

  it('leaves the directory as it was when either rename fails', () => {
    const before = snapshot(dir);
    for (const failing of [0, 1]) {
      let renames = 0;
      const calls: WriteCalls = {
        writeFileSync,
        renameSync: (from, to) => {
          if (renames++ === failing) throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}'`), { code: 'EXDEV' });
          renameSync(from, to);
        },
      };
      expect(() => writeGeneratedFiles(dir, output, calls), `rename ${failing + 1}`).toThrow(WriteError);
      expect(snapshot(dir), `rename ${failing + 1}`).toEqual(before);
      expect(readdirSync(parent), `rename ${failing + 1}`).toEqual(['plans']);
    }
  });

  it('names the path that failed and says the directory is unchanged', () => {
    const calls: WriteCalls = { writeFileSync: (path) => { throw enospc(path); }, renameSync };
    expect(() => writeGeneratedFiles(dir, output, calls)).toThrow(/2021\/index\.mdx: cannot write \(ENOSPC: no space left on device.*\); .*plans is unchanged$/);
  });
});
