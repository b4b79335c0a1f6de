/**
 * What a generator worked out for one input (a plan), kept on disk so the next run can skip an
 * input nothing about has changed. Entries are content-addressed: the key is a SHA-256 over
 * everything that decides the result — the input's own bytes and path, the shared inputs it
 * reads (the termbase, say), and the version of the code and libraries that compute it
 * (`codeVersion`) — so an entry is either exactly what a fresh run would compute or never
 * found; nothing is ever looked up by name or date.
 *
 * The store is `node_modules/.cache/xiqing-plans/<generator>/`: ignored by git, removed with
 * the dependencies, and safe to delete at any time (the next run recomputes). Entries unused for
 * a week are removed, so edits and throwaway test trees do not pile up.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest, filesDigest } from '../digest.ts';

/**
 * Where a generator's cache lives (under GENERATOR_CACHE_DIR when set, as the bench does to keep
 * each corpus's cache apart); delete it to make the next run compute everything.
 */
export function generatorCacheDir(generator: string): string {
  return join(process.env.GENERATOR_CACHE_DIR ?? 'node_modules/.cache/xiqing-plans', generator);
}

const UNUSED_FOR = 7 * 24 * 3600 * 1000;

/** The project's root, whatever the working directory: scripts are named from it. */
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Relative module specifiers of a module: static and dynamic imports, re-exports, and `new URL(…, import.meta.url)` (workers). */
const RELATIVE_IMPORTS = [
  /(?:^|[\n;])\s*(?:import|export)\b[^;'"]*?['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g,
];

/** Every module a script runs, its own relative imports followed to the end, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(entry));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const source = readFileSync(file, 'utf8');
    for (const pattern of RELATIVE_IMPORTS) for (const [, specifier] of source.matchAll(pattern)) pending.push(resolve(dirname(file), specifier!));
  }
  return [...seen].sort();
}

/**
 * The version of the code a generator runs: every module it imports, followed from its scripts
 * (a missing one counts as missing), the lockfile (the libraries' versions) and Node's version
 * (its Unicode and Intl data decide some results too). A change to a module the generator does
 * not run, a page or the search, leaves its cache valid.
 */
export function codeVersion(scripts: readonly string[]): string {
  const entries = scripts.map((script) => resolve(PROJECT_ROOT, script));
  for (const entry of entries) if (!existsSync(entry)) throw new Error(`${entry}: no such script, so no code version for its cache`);
  const modules = moduleGraph(entries);
  return digest(filesDigest([...modules, join(PROJECT_ROOT, 'package-lock.json')], PROJECT_ROOT), JSON.stringify(modules.map((file) => relative(PROJECT_ROOT, file))), process.version);
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
      this.stats.hits++;
      this.#touch(path);
      return value;
    } catch {
      this.stats.misses++;
      return undefined;
    }
  }

  /** Marks an entry used, for pruning; a store that cannot be written (a read-only restored cache) keeps its entries all the same. */
  #touch(path: string): void {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Pruning then goes by the entry's first use.
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
