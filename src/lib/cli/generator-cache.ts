/**
 * What a generator worked out for one input (a plan), kept on disk so the next run can skip an
 * input nothing about has changed. Entries are content-addressed: the key is a SHA-256 over
 * everything that decides the result — the input's own bytes, the shared inputs it reads (the
 * termbase, say), and the version of the code and libraries that compute it — so an entry is
 * either exactly what a fresh run would compute or never found. Two content trees with the same
 * plan share its entry; nothing is ever looked up by name or date.
 *
 * The store is `node_modules/.cache/xiqing-plans/<generator>/`: ignored by git, removed with
 * the dependencies, and safe to delete at any time (the next run recomputes). Entries unused for
 * a week are removed, so edits and throwaway test trees do not pile up.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where a generator's cache lives; delete it to make the next run compute everything. */
export function generatorCacheDir(generator: string): string {
  return join('node_modules/.cache/xiqing-plans', generator);
}

const UNUSED_FOR = 7 * 24 * 3600 * 1000;

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
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
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

/**
 * The version of the code a generator runs: its scripts, every module of `src/lib/`, the
 * lockfile (the libraries' versions) and Node's version (its Unicode and Intl data decide some
 * results too). Coarse on purpose: any change to the code counts, not only one that matters.
 */
export function codeVersion(scripts: readonly string[]): string {
  return digest(filesDigest([...scripts, 'src/lib', 'package-lock.json']), process.version);
}

export interface CacheStats {
  hits: number;
  misses: number;
}

export class GeneratorCache<T> {
  readonly #dir: string;
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  constructor(dir: string) {
    this.#dir = dir;
  }

  #path(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`cache key ${key} is not a SHA-256`);
    return join(this.#dir, `${key}.json`);
  }

  /** The entry under a key, or undefined (also for an entry that cannot be read: it is recomputed). */
  get(key: string): T | undefined {
    const path = this.#path(key);
    try {
      const value = JSON.parse(readFileSync(path, 'utf8')) as T;
      const now = new Date();
      utimesSync(path, now, now);
      this.stats.hits++;
      return value;
    } catch {
      this.stats.misses++;
      return undefined;
    }
  }

  /** Stores an entry whole or not at all (temp file and rename), so a reader never sees half of one. */
  set(key: string, value: T): void {
    const path = this.#path(key);
    const temp = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(this.#dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, path);
    } catch {
      // A cache that cannot be written only makes the next run slower.
      rmSync(temp, { force: true });
    }
  }

  /** Removes entries no run has used for a week. */
  prune(now = Date.now()): void {
    if (!existsSync(this.#dir)) return;
    for (const name of readdirSync(this.#dir)) {
      const path = join(this.#dir, name);
      try {
        if (now - statSync(path).mtimeMs > UNUSED_FOR) rmSync(path, { force: true });
      } catch {
        // Removed meanwhile by another run.
      }
    }
  }
}

/**
 * The results for every item, in order: each found in the cache under its key, or computed
 * (all the missing ones in one call, which may spread them over threads) and then kept. With
 * `fresh`, nothing is looked up and everything is computed and kept anew.
 */
export async function cachedResults<I, O>(
  cache: GeneratorCache<O>,
  items: readonly I[],
  keyOf: (item: I) => string,
  compute: (items: I[]) => Promise<O[]> | O[],
  fresh = false,
): Promise<O[]> {
  const keys = items.map(keyOf);
  const found = keys.map((key) => (fresh ? undefined : cache.get(key)));
  const missing = items.filter((_, i) => found[i] === undefined);
  const computed = missing.length > 0 ? await compute(missing) : [];
  let next = 0;
  return found.map((value, i) => {
    if (value !== undefined) return value;
    const result = computed[next++]!;
    cache.set(keys[i]!, result);
    return result;
  });
}
