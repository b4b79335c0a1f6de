/**
 * Builds the search index of the built site (Pagefind, see src/lib/search/index-site.ts).
 *   npm run index   (the site in OUT_DIR, else dist; URLs under SITE_BASE)
 * The site must have been built from the content tree CONTENT_DIR names (content/ by default).
 */
import { resolve } from 'node:path';
import { runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { checkBuiltFromTree, ContentTreeError } from '../src/lib/cli/content-tree.ts';
import { contentPath, OUT_DIR } from '../src/lib/content-root.ts';
import { CrosswalkError } from '../src/lib/search/crosswalk.ts';
import { CrosswalkSourceError, type TermbaseEntries } from '../src/lib/search/crosswalk-sources.ts';
import { IndexError, indexSite } from '../src/lib/search/index-site.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

parseCommandLine({
  command: 'npm run index',
  description: 'Runs Pagefind over the built site into its pagefind/ directory: a zh-cn index of the Chinese originals, an en index of the English rendering and listing pages, and the crosswalk between the languages.',
  environment: { OUT_DIR: 'the built site (else dist)', SITE_BASE: 'the sub-path the site was built for (else /)', CONTENT_DIR: 'the content tree the site must have been built from (default: content)' },
});

await runCli(async () => {
  const dir = OUT_DIR;
  checkBuiltFromTree(dir);
  const termbase = loadTermbase(contentPath('termbase'));
  const entries: TermbaseEntries = {
    names: [...termbase.names].map(([zh, { en }]) => ({ zh, en })),
    sectors: [...termbase.sectors].map(([id, { zh, en, also }]) => ({ id, zh, en, also: also ?? [] })),
    policy: [...termbase.policy].map(([zh, { en }]) => ({ zh, en })),
    indicators: [...termbase.indicators].map(([id, { zh, en }]) => ({ id, zh, en })),
  };
  const summary = await indexSite(resolve(dir), process.env.SITE_BASE ?? '/', entries);
  const languages = Object.entries(summary.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
  console.log(
    `index: ${summary.pages} pages (${languages}) in ${dir}/pagefind/, ${(summary.bytes / 1024).toFixed(0)} KiB; ${summary.simplifiedPairs} Traditional→Simplified pairs; crosswalk of ${summary.crosswalk.entries} entries, ${(summary.crosswalk.bytes / 1024).toFixed(1)} KiB, and where ${summary.crosswalk.postingFiles} of them are printed with the page ids of each language, ${(summary.crosswalk.postingBytes / 1024).toFixed(0)} KiB in files loaded when needed`,
  );
}, [IndexError, ContentTreeError, CrosswalkError, CrosswalkSourceError, TermbaseError]);
