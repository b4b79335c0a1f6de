/**
 * The files of a built site on disk, as the mirror tools see them: paths relative to the site's
 * root with `/` separators, in a stable order, and their SHA-256. Symbolic links are never
 * followed: a link in a mirror could make it list, hash or pack anything on the machine, so it is
 * reported as what it is.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { FileDigest } from './sha256sums.ts';

export interface SiteTree {
  /** Every regular file, sorted by path. */
  files: string[];
  /** Every symbolic link with where it points, sorted by path. */
  symlinks: { path: string; target: string }[];
}

/** Walks the tree under `root` without following links. */
export function scanSite(root: string): SiteTree {
  const files: string[] = [];
  const symlinks: SiteTree['symlinks'] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isSymbolicLink()) symlinks.push({ path, target: readlinkSync(join(dir, entry.name)) });
      else if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(root, '');
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byPath), symlinks: symlinks.sort((a, b) => byPath(a.path, b.path)) };
}

/** Every regular file under `root`, sorted by path; links are not followed. */
export function listSiteFiles(root: string): string[] {
  return scanSite(root).files;
}

/** How a report names a link. */
export function describeSymlink({ path, target }: SiteTree['symlinks'][number]): string {
  return `symlink, not followed: ${path} -> ${target}`;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The digest of each listed file under `root`. */
export function digestSiteFiles(root: string, paths: readonly string[]): FileDigest[] {
  return paths.map((path) => ({ path, sha256: sha256Hex(readFileSync(join(root, path))) }));
}
