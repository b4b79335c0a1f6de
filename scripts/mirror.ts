/**
 * Fixity manifest: writes `<site>/SHA256SUMS` over every file of the built site, so a mirror can
 * be checked with `sha256sum -c SHA256SUMS` (inside the site) or `npm run verify-mirror`.
 * Runs last in `npm run build`, after the search index is written.
 *   npm run mirror -- [dir]   (the directory defaults to OUT_DIR, else dist)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { ManifestError, MANIFEST_NAME, formatSha256Sums } from '../src/lib/mirror/sha256sums.ts';
import { digestSiteFiles, listSiteFiles } from '../src/lib/mirror/site-files.ts';

const { positionals } = parseCommandLine({
  command: 'npm run mirror',
  description: 'Writes SHA256SUMS over every file of the built site, for `sha256sum -c SHA256SUMS` inside a copy or `npm run verify-mirror`.',
  positionals: { usage: '[dir]', max: 1, description: 'the built site (default: OUT_DIR, else dist)' },
  environment: { OUT_DIR: 'the built site when no dir is given' },
});
const root = positionals[0] ?? process.env.OUT_DIR ?? 'dist';

await runCli(() => {
  if (!existsSync(root)) throw new ManifestError(`${root} does not exist; build the site first`);
  const paths = listSiteFiles(root).filter((path) => path !== MANIFEST_NAME);
  writeFileAtomic(join(root, MANIFEST_NAME), formatSha256Sums(digestSiteFiles(root, paths)));
  console.log(`mirror: ${MANIFEST_NAME} lists ${paths.length} files of ${root}`);
}, [ManifestError]);
