/**
 * Where the site and every command read and write content: `content/` by default. CONTENT_DIR
 * points them all at another tree with the same layout (`sources/`, `errata.yaml`, `termbase/`,
 * `plans/`, `summaries/`), such as a test fixture or a benchmark corpus, without touching the
 * committed content; OUT_DIR names where its site is built (`dist/` by default).
 */
import { join } from 'node:path';

export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** Where the site is built. */
export const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/** A path inside the content tree, e.g. `contentPath('summaries')`. */
export function contentPath(...segments: string[]): string {
  return join(CONTENT_DIR, ...segments);
}

/**
 * Astro's cache for a build of a content tree into an output directory: one per pair, so two
 * builds can run side by side and a build of one tree never reuses what another tree left cached.
 * The default pair keeps Astro's default place.
 */
export function astroCacheDir(outDir = OUT_DIR, contentDir = CONTENT_DIR): string {
  const key = [outDir === 'dist' ? '' : outDir, contentDir === 'content' ? '' : `content-${contentDir}`].filter(Boolean).join('_');
  return key === '' ? './node_modules/.astro' : `./node_modules/.astro/${key.replace(/[^\w.-]+/g, '_')}`;
}
