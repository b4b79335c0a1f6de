/**
 * The layout of `src/lib/` follows the pipeline: one folder per stage, imports running one way
 * down it, no module importing another that (directly or not) imports it back. A new folder must
 * say where it stands, and a new import against the flow fails here with both module names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');

/** What each folder may import; `.` is the handful of shared utilities at the top. */
const MAY_IMPORT: Record<string, string[]> = {
  '.': [],
  cli: ['.'],
  plan: ['.'],
  termbase: ['.', 'plan'],
  figures: ['.', 'plan', 'termbase'],
  english: ['.', 'plan', 'termbase', 'figures'],
  charts: ['.', 'plan', 'termbase', 'figures'],
  ingest: ['.', 'plan', 'termbase', 'figures', 'english', 'charts'],
  site: ['.'],
  search: ['.', 'site'],
  mirror: ['.', 'site'],
  bench: ['.', 'plan'],
};
const MAX_SHARED_UTILITIES = 6;

function modules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

/** Relative imports of a module, resolved to absolute paths. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.')).map((name) => resolve(dirname(file), name));
}

const folderOf = (file: string) => {
  const rel = relative(LIB, file);
  return rel.includes('/') ? rel.split('/')[0]! : '.';
};

const graph = new Map(modules(LIB).map((file) => [file, importsOf(file)]));

/** Strongly connected components of more than one module (or a module importing itself): the cycles. */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('src/lib layout', () => {
  it('has no import cycles', () => {
    expect(cycles(graph).map((cycle) => cycle.map((f) => relative(LIB, f)))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });

  it('places every module in a known stage', () => {
    const unknown = [...graph.keys()].map(folderOf).filter((f) => !(f in MAY_IMPORT));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('keeps imports running one way down the pipeline', () => {
    const against: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (!target.startsWith(`${LIB}/`)) {
          against.push(`${relative(LIB, file)} imports ${relative(LIB, target)}, outside src/lib`);
          continue;
        }
        const [from, to] = [folderOf(file), folderOf(target)];
        if (from !== to && !MAY_IMPORT[from]!.includes(to)) against.push(`${relative(LIB, file)} (${from}) imports ${relative(LIB, target)} (${to})`);
      }
    }
    expect(against).toEqual([]);
  });

  it('keeps only a handful of shared utilities at the top', () => {
    expect([...graph.keys()].filter((f) => folderOf(f) === '.').length).toBeLessThanOrEqual(MAX_SHARED_UTILITIES);
  });
});
