/**
 * Where the site reads its content: `content/` by default. CONTENT_DIR points a build at another
 * tree with the same layout (`plans/`, `summaries/`, `sources/`, `termbase/`), such as a test
 * fixture or a benchmark corpus, without touching the committed content.
 */
import { join } from 'node:path';

export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** A path inside the content tree, e.g. `contentPath('summaries')`. */
export function contentPath(...segments: string[]): string {
  return join(CONTENT_DIR, ...segments);
}
