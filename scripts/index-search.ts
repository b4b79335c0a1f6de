/**
 * Builds the search index of the built site (Pagefind, see src/lib/search/index-site.ts).
 *   node scripts/index-search.ts   (the site in OUT_DIR, else dist; URLs under SITE_BASE)
 */
import { resolve } from 'node:path';
import { runCli } from '../src/lib/cli/cli.ts';
import { IndexError, indexSite } from '../src/lib/search/index-site.ts';

await runCli(async () => {
  const dir = process.env.OUT_DIR ?? 'dist';
  const summary = await indexSite(resolve(dir), process.env.SITE_BASE ?? '/');
  const languages = Object.entries(summary.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
  console.log(`index: ${summary.pages} pages (${languages}) in ${dir}/pagefind/, ${(summary.bytes / 1024).toFixed(0)} KiB; ${summary.simplifiedPairs} Traditional→Simplified pairs`);
}, [IndexError]);
