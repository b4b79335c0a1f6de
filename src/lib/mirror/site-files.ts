/**
 * The files of a built site on disk, as the mirror tools see them: paths relative to the site's
 * root with `/` separators, in a stable order, and their SHA-256.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileDigest } from './sha256sums.ts';

/** Every regular file under `root`, sorted by path. */
export function listSiteFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The digest of each listed file under `root`. */
export function digestSiteFiles(root: string, paths: readonly string[]): FileDigest[] {
  return paths.map((path) => ({ path, sha256: sha256Hex(readFileSync(join(root, path))) }));
}
