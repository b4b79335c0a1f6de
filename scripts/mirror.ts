/**
 * Fixity manifest: writes `<site>/SHA256SUMS` over every file of the built site, so a mirror can
 * be checked with `sha256sum -c SHA256SUMS` (inside the site) or `npm run verify-mirror`.
 * Runs last in `npm run build`, after the search index is written.
 *   node scripts/mirror.ts [dir]   (the directory defaults to OUT_DIR, else dist)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { runCli } from '../src/lib/cli/cli.ts';
import { ManifestError, MANIFEST_NAME, formatSha256Sums } from '../src/lib/mirror/sha256sums.ts';
import { describeSymlink, digestSiteFiles, scanSite } from '../src/lib/mirror/site-files.ts';

const root = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

await runCli(() => {
  if (!existsSync(root)) throw new ManifestError(`${root} does not exist; build the site first`);
  const { files, symlinks } = scanSite(root);
  if (symlinks.length > 0) throw new ManifestError(`${root} holds symbolic links, which a mirror cannot vouch for\n  ${symlinks.map(describeSymlink).join('\n  ')}`);
  const paths = files.filter((path) => path !== MANIFEST_NAME);
  writeFileAtomic(join(root, MANIFEST_NAME), formatSha256Sums(digestSiteFiles(root, paths)));
  console.log(`mirror: ${MANIFEST_NAME} lists ${paths.length} files of ${root}`);
}, [ManifestError]);
