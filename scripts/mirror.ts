/**
 * Fixity manifest: writes `<site>/SHA256SUMS` over every file of the built site, so a mirror can
 * be checked with `sha256sum -c SHA256SUMS` (inside the site) or `npm run verify-mirror`.
 * Runs last in `npm run build`, after the search index is written.
 *   npm run mirror -- [dir]   (the directory defaults to OUT_DIR, else dist)
 * The site in OUT_DIR must have been built from the content tree CONTENT_DIR names (content/ by
 * default); a directory named on the command line is taken as it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { checkBuiltFromTree, ContentTreeError } from '../src/lib/cli/content-tree.ts';
import { OUT_DIR } from '../src/lib/content-root.ts';
import { ManifestError, MANIFEST_NAME, formatSha256Sums } from '../src/lib/mirror/sha256sums.ts';
import { describeSymlink, digestSiteFiles, scanSite } from '../src/lib/mirror/site-files.ts';

const { positionals } = parseCommandLine({
  command: 'npm run mirror',
  description: 'Writes SHA256SUMS over every file of the built site, for `sha256sum -c SHA256SUMS` inside a copy or `npm run verify-mirror`.',
  positionals: { usage: '[dir]', max: 1, description: 'the built site, taken as it is (default: OUT_DIR, else dist, which must have been built from CONTENT_DIR)' },
  environment: { OUT_DIR: 'the built site when no dir is given', CONTENT_DIR: 'the content tree the site must have been built from (default: content)' },
});
const named = positionals[0];
const root = named ?? OUT_DIR;

await runCli(() => {
  if (!existsSync(root)) throw new ManifestError(`${root} does not exist; build the site first`);
  if (named === undefined) checkBuiltFromTree(root);
  const { files, symlinks } = scanSite(root);
  if (symlinks.length > 0) throw new ManifestError(`${root} holds symbolic links, which a mirror cannot vouch for\n  ${symlinks.map(describeSymlink).join('\n  ')}`);
  const paths = files.filter((path) => path !== MANIFEST_NAME);
  writeFileAtomic(join(root, MANIFEST_NAME), formatSha256Sums(digestSiteFiles(root, paths)));
  console.log(`mirror: ${MANIFEST_NAME} lists ${paths.length} files of ${root}`);
}, [ManifestError, ContentTreeError]);
