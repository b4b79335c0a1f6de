/**
 * The content tree a command works on. Every command reads and writes the tree CONTENT_DIR names
 * (`content/` by default) and the site OUT_DIR names (`dist/`), so `CONTENT_DIR=x npm run build`
 * builds x and nothing else. A run that would mix two trees fails before it touches anything:
 * a flag pointing a part of the tree outside CONTENT_DIR, or a site built from another tree
 * than the one the command is told to work on.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, contentPath } from '../content-root.ts';

export class ContentTreeError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'ContentTreeError';
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}

/**
 * The paths of a command inside the content tree: each part at its place in the tree unless a
 * flag names another. With CONTENT_DIR set, a flag outside it is refused.
 */
export function contentTreePaths<K extends string>(layout: Record<K, string>, flags: Partial<Record<NoInfer<K>, string | undefined>>): Record<K, string> {
  const chosen = process.env.CONTENT_DIR;
  if (chosen !== undefined && !(existsSync(chosen) && statSync(chosen).isDirectory())) {
    throw new ContentTreeError(`CONTENT_DIR=${chosen} is not a directory`);
  }
  const paths = {} as Record<K, string>;
  for (const key of Object.keys(layout) as K[]) {
    const flag = flags[key];
    if (flag !== undefined && chosen !== undefined && !isInside(flag, chosen)) {
      throw new ContentTreeError(`--${key} ${flag} lies outside CONTENT_DIR=${chosen}: one run would mix two content trees`);
    }
    paths[key] = flag ?? contentPath(layout[key]);
  }
  return paths;
}

/** `year file sha256` of each plan, sorted: what identifies a tree's plans and the site built from them. */
function planKeys(plans: readonly { year: unknown; file: unknown; sha256: unknown }[]): string[] {
  return plans.map((p) => `${String(p.year)} ${String(p.file)} ${String(p.sha256)}`).sort();
}

/**
 * Refuses a built site that was not built from the content tree: the plans its `data/plans.json`
 * publishes must be the ones the tree's catalogue lists, with the same source files and hashes.
 */
export function checkBuiltFromTree(siteDir: string, contentDir = CONTENT_DIR): void {
  const published = join(siteDir, 'data/plans.json');
  if (!existsSync(published)) throw new ContentTreeError(`${siteDir} holds no data/plans.json: build the site first`);
  const catalogPath = join(contentDir, 'sources/plans.yaml');
  if (!existsSync(catalogPath)) throw new ContentTreeError(`${catalogPath} does not exist: is CONTENT_DIR=${contentDir} a content tree?`);
  const site = JSON.parse(readFileSync(published, 'utf8')) as { plans: { year: number; source: { file: string; sha256: string } }[] };
  const catalog = (parse(readFileSync(catalogPath, 'utf8')) ?? []) as { year: unknown; file: unknown; sha256: unknown }[];
  const built = planKeys(site.plans.map((p) => ({ year: p.year, file: p.source.file, sha256: p.source.sha256 })));
  const listed = planKeys(catalog);
  if (built.join('\n') === listed.join('\n')) return;
  const only = (a: string[], b: string[]) => a.filter((k) => !b.includes(k)).map((k) => k.split(' ').slice(0, 2).join(' ')).join(', ') || 'none';
  throw new ContentTreeError(
    `${siteDir} was not built from ${contentDir}: plans built but not catalogued there: ${only(built, listed)}; catalogued but not built: ${only(listed, built)}. Build with CONTENT_DIR=${contentDir} first`,
  );
}
