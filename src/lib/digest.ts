/**
 * Content digests: SHA-256 over a list of parts, or over files with their names. What the
 * generators' cache and the pages' cache keys are made of: equal digests mean equal inputs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A SHA-256 over parts, each framed by its length, so that no two different lists of parts
 * (`['ab', 'c']`, `['a', 'bc']`) hash alike.
 */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  // A link to a file counts as the file it leads to: a termbase may link files it shares with another.
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || (d.isSymbolicLink() && statSync(join(d.parentPath, d.name)).isFile()))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * A digest of every file under the given paths (directories walked whole), each with its path
 * relative to `root`: the same termbase gives the same digest wherever its directory lies.
 */
export function filesDigest(paths: readonly string[], root = '.'): string {
  const parts: (string | Uint8Array)[] = [];
  for (const file of paths.flatMap(filesUnder)) parts.push(relative(root, file), readFileSync(file));
  return digest(...parts);
}

