/**
 * Packs the built site into a WACZ web archive, published with it at `archive/xiqing-plans.wacz`:
 * every file as a WARC response record at the URL it is served at, with a CDXJ index, the pages
 * with their titles and text, and a manifest with every resource's SHA-256. The package is read
 * back and checked before it is written; then the about pages get its size and SHA-256.
 *   npm run archive -- [--dir DIR] [--out FILE]
 * DIR defaults to OUT_DIR, else dist; FILE to DIR/archive/xiqing-plans.wacz (another FILE leaves
 * the site's pages alone). The package holds every file of the site but itself and SHA256SUMS,
 * which is written after it and lists it; the about pages are captured in the form that says
 * where the numbers are (src/lib/mirror/archive-facts.ts), so packing twice gives the same bytes.
 * URLs are captured under SITE_URL (else https://xiqing-plans.example/) and SITE_BASE. The
 * capture time is SOURCE_DATE_EPOCH, else the time of the last commit: the same content gives
 * the same package. The site must have been built from the content tree CONTENT_DIR names
 * (content/ by default).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { checkBuiltFromTree, ContentTreeError } from '../src/lib/cli/content-tree.ts';
import { OUT_DIR } from '../src/lib/content-root.ts';
import { hasArchiveFacts, megabytes, withArchiveFacts } from '../src/lib/mirror/archive-facts.ts';
import { MANIFEST_NAME } from '../src/lib/mirror/sha256sums.ts';
import { listSiteFiles } from '../src/lib/mirror/site-files.ts';
import { buildWacz, readWacz } from '../src/lib/mirror/wacz/package.ts';
import { paths } from '../src/lib/site/site-paths.ts';

const { values } = parseCommandLine({
  command: 'npm run archive',
  description: 'Packs the built site into a WACZ web archive (WARC, CDXJ index, pages, datapackage with every SHA-256) published with it, reads it back and checks every hash before writing it, then states its size and SHA-256 on the about pages.',
  options: {
    dir: { type: 'string', value: 'DIR', default: OUT_DIR, description: 'the built site' },
    out: { type: 'string', value: 'FILE', description: 'the package to write (default: DIR/archive/xiqing-plans.wacz; another FILE leaves the pages alone)' },
  },
  environment: {
    OUT_DIR: 'the built site when --dir is not given (else dist)',
    SITE_URL: 'the origin URLs are captured under (else https://xiqing-plans.example/)',
    SITE_BASE: 'the sub-path the site is served under (else /)',
    SOURCE_DATE_EPOCH: 'the capture time, in seconds since 1970 (else the last commit), for a reproducible package',
    CONTENT_DIR: 'the content tree the site must have been built from (default: content)',
  },
});

class ArchiveError extends Error {}

/** SOURCE_DATE_EPOCH, else the last commit's time, as an RFC 3339 time in UTC. */
function captureTime(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH ?? lastCommitTime();
  if (!/^\d+$/.test(epoch)) throw new ArchiveError(`SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`);
  return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

function lastCommitTime(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new ArchiveError('no git history to date the capture by; set SOURCE_DATE_EPOCH (seconds since 1970) to the time the site is captured at');
  }
}

await runCli(async () => {
  const started = performance.now();
  const root = values.dir;
  if (!existsSync(root)) throw new ArchiveError(`${root} does not exist; build the site first`);
  checkBuiltFromTree(root);
  const published = join(root, paths.archive());
  const out = values.out ?? published;
  const publishing = resolve(out) === resolve(published);

  const siteUrl = new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://xiqing-plans.example/').href;
  const created = captureTime();
  const captured = listSiteFiles(root)
    .filter((path) => path !== paths.archive() && path !== MANIFEST_NAME)
    .map((path) => {
      const data = readFileSync(join(root, path));
      if (!path.endsWith('.html')) return { path, data };
      const html = data.toString('utf8');
      return { path, data: hasArchiveFacts(html) ? Buffer.from(withArchiveFacts(html), 'utf8') : data };
    });
  const { version } = JSON.parse(readFileSync('node_modules/warcio/package.json', 'utf8')) as { version: string };

  const wacz = await buildWacz(captured, {
    siteUrl,
    created,
    title: 'Xiqing Plans · 西青区国民经济和社会发展规划',
    description: 'The annual National Economic and Social Development Plans of Xiqing District, Tianjin: the Chinese originals in full, with English rendered from a curated translation memory. The Chinese original prevails.',
    software: `xiqing-plans scripts/archive.ts, warcio.js ${version}`,
    errorPages: ['404.html'],
  });
  const { problems, pages, index } = await readWacz(wacz);
  if (problems.length > 0) throw new ArchiveError(`the package fails its own check; nothing written\n  ${problems.join('\n  ')}`);
  writeFileAtomic(out, wacz);

  const facts = { bytes: wacz.byteLength, sha256: createHash('sha256').update(wacz).digest('hex') };
  const stated = publishing ? captured.filter(({ path }) => path.endsWith('.html') && hasArchiveFacts(readFileSync(join(root, path), 'utf8'))).map(({ path }) => path) : [];
  for (const path of stated) writeFileAtomic(join(root, path), withArchiveFacts(readFileSync(join(root, path), 'utf8'), facts));

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`archive: ${out}, ${megabytes(facts.bytes)} MB, SHA-256 ${facts.sha256}: ${index.length} files, ${pages.length} pages from ${root} at ${siteUrl}, captured ${created}, in ${seconds} s`);
  if (publishing) console.log(`archive: size and SHA-256 stated on ${stated.join(', ') || 'no page'}`);
}, [ArchiveError, ContentTreeError]);
