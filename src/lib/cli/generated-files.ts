/**
 * Writes a generator's output into a directory it owns, or checks that the committed output is
 * current. The whole output is written into a sibling directory first and swapped in with two
 * renames, so a run that fails at any point (a full disk, say) leaves the directory as it was and
 * no temporary files behind; files the generator no longer makes vanish with the old tree, so the
 * directory always equals the output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

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

/** A generator's output could not be written; the directory it names is unchanged. */
export class WriteError extends Error {}

/** The file-system calls a write makes, replaceable so a test can make any of them fail. */
export interface WriteCalls {
  writeFileSync: (path: string, data: string) => void;
  renameSync: (from: string, to: string) => void;
}

const NODE_CALLS: WriteCalls = { writeFileSync, renameSync };

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

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : String(message);
}

/** Makes the directory equal the output; returns how many files changed. */
export function writeGeneratedFiles(dir: string, files: Map<string, string>, calls: WriteCalls = NODE_CALLS): number {
  const { changed, missing, extra } = compareGeneratedFiles(dir, files);
  const count = changed.length + missing.length + extra.length;
  if (count === 0) return 0;
  const staging = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`);
  const previous = join(dirname(dir), `.${basename(dir)}.${process.pid}.old`);
  rmSync(staging, { recursive: true, force: true });
  let target = staging;
  try {
    for (const [path, content] of files) {
      target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      calls.writeFileSync(target, content);
    }
    target = dir;
    const hadPrevious = existsSync(dir);
    if (hadPrevious) calls.renameSync(dir, previous);
    try {
      calls.renameSync(staging, dir);
    } catch (error) {
      if (hadPrevious) renameSync(previous, dir);
      throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new WriteError(`${target}: cannot write (${describe(error)}); ${dir} is unchanged`);
  }
  return count;
}
