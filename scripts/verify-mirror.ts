/**
 * Checks a mirror against its own `SHA256SUMS`: names every changed, missing and extra file, and
 * every symbolic link (never followed), and exits non-zero when there is any.
 *   npm run verify-mirror -- [dir]   (the directory defaults to OUT_DIR, else dist)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { ManifestError, MANIFEST_NAME, compareFixity, parseSha256Sums } from '../src/lib/mirror/sha256sums.ts';
import { describeSymlink, digestSiteFiles, scanSite } from '../src/lib/mirror/site-files.ts';

const { positionals } = parseCommandLine({
  command: 'npm run verify-mirror',
  description: 'Checks a mirror against its own SHA256SUMS, naming every changed, missing and extra file and every symbolic link (never followed); exits 1 when there is any.',
  positionals: { usage: '[dir]', max: 1, description: 'the mirror (default: OUT_DIR, else dist)' },
  environment: { OUT_DIR: 'the mirror when no dir is given' },
});
const root = positionals[0] ?? process.env.OUT_DIR ?? 'dist';
const manifest = join(root, MANIFEST_NAME);

await runCli(() => {
  if (!existsSync(manifest)) throw new ManifestError(`${manifest} does not exist; run \`npm run mirror\` on the built site first`);
  const listed = parseSha256Sums(readFileSync(manifest, 'utf8'), manifest);
  const { files, symlinks } = scanSite(root);
  const present = digestSiteFiles(root, files.filter((path) => path !== MANIFEST_NAME));
  const { changed, missing, extra } = compareFixity(listed, present);
  const problems = [...changed.map((p) => `changed: ${p}`), ...missing.map((p) => `missing: ${p}`), ...extra.map((p) => `extra: ${p}`), ...symlinks.map(describeSymlink)];
  if (problems.length > 0) {
    console.error(`verify-mirror: ${root} differs from its ${MANIFEST_NAME}\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`verify-mirror: ${root} matches its ${MANIFEST_NAME} (${listed.length} files)`);
}, [ManifestError]);
