/**
 * Fixity manifest: writes `<site>/SHA256SUMS` over every file of the built site, so a mirror can
 * be checked with `sha256sum -c SHA256SUMS` (inside the site) or `npm run verify-mirror`.
 * Runs last in `npm run build`, after the search index is written.
 *   node scripts/mirror.ts [dir]   (the directory defaults to OUT_DIR, else dist)
 * The site in OUT_DIR must have been built from the content tree CONTENT_DIR names (content/ by
 * default); a directory named on the command line is taken as it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { runCli } from '../src/lib/cli/cli.ts';
import { checkBuiltFromTree, ContentTreeError } from '../src/lib/cli/content-tree.ts';
import { OUT_DIR } from '../src/lib/content-root.ts';
import { ManifestError, MANIFEST_NAME, formatSha256Sums } from '../src/lib/mirror/sha256sums.ts';
import { digestSiteFiles, listSiteFiles } from '../src/lib/mirror/site-files.ts';

const named = process.argv[2];
const root = named ?? OUT_DIR;

await runCli(() => {
  if (!existsSync(root)) throw new ManifestError(`${root} does not exist; build the site first`);
  if (named === undefined) checkBuiltFromTree(root);
  const paths = listSiteFiles(root).filter((path) => path !== MANIFEST_NAME);
  writeFileAtomic(join(root, MANIFEST_NAME), formatSha256Sums(digestSiteFiles(root, paths)));
  console.log(`mirror: ${MANIFEST_NAME} lists ${paths.length} files of ${root}`);
}, [ManifestError, ContentTreeError]);
