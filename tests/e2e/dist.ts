/** Files of the build under test: `dist/`, or the directory OUT_DIR names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST_DIR = process.env.OUT_DIR ?? 'dist';

/** Parses a JSON file of the build, e.g. `data/plans.json`. */
export function readDistJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(DIST_DIR, path), 'utf8')) as T;
}
