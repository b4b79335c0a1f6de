/**
 * Writes a generator's output into a directory it owns, or checks that the committed output is
 * current. Writes are atomic per file (temp file + rename) and happen only after the whole output
 * was computed, so a failing run never leaves half a tree; files the generator no longer makes
 * are removed, so the directory always equals the output.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
}

export interface Staleness {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** How the directory differs from the output; all empty when it is current. */
export function compareGeneratedFiles(dir: string, files: Map<string, string>): Staleness {
  const present = new Set(listFiles(dir));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, content] of files) {
    if (!present.has(path)) missing.push(path);
    else if (readFileSync(join(dir, path), 'utf8') !== content) changed.push(path);
  }
  const extra = [...present].filter((p) => !files.has(p)).sort();
  return { changed, missing, extra };
}

/** Makes the directory equal the output; returns how many files changed. */
export function writeGeneratedFiles(dir: string, files: Map<string, string>): number {
  const { changed, missing, extra } = compareGeneratedFiles(dir, files);
  for (const path of [...changed, ...missing]) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, files.get(path)!);
    renameSync(temp, target);
  }
  for (const path of extra) rmSync(join(dir, path));
  return changed.length + missing.length + extra.length;
}
