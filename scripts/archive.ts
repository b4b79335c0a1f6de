/**
 * Packs the built site into a WACZ 1.2 file: every file as a WARC response record at the URL it is
 * served at, with a CDXJ index, the pages with their titles and text, and a manifest with every
 * resource's SHA-256. The package is read back and checked before it is written.
 *   npm run archive -- [--dir DIR] [--out FILE]
 * DIR defaults to OUT_DIR, else dist; FILE to archive/xiqing-plans.wacz beside DIR (for a DIR not
 * named dist, archive/xiqing-plans-<name of DIR>.wacz), so a build of another tree never
 * overwrites the package of this one. URLs are captured under
 * SITE_URL (else https://xiqing-plans.example/) and SITE_BASE; SOURCE_DATE_EPOCH fixes the capture
 * time, so the same site gives the same package. The site must have been built from the content
 * tree CONTENT_DIR names (content/ by default).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { checkBuiltFromTree, ContentTreeError } from '../src/lib/cli/content-tree.ts';
import { OUT_DIR } from '../src/lib/content-root.ts';
import { listSiteFiles } from '../src/lib/mirror/site-files.ts';
import { buildWacz, readWacz } from '../src/lib/mirror/wacz/package.ts';

const { values } = parseCommandLine({
  command: 'npm run archive',
  description: 'Packs the built site into a WACZ 1.2 file (WARC, CDXJ index, pages, datapackage with every SHA-256), reads it back and checks every hash before writing it.',
  options: {
    dir: { type: 'string', value: 'DIR', default: OUT_DIR, description: 'the built site' },
    out: { type: 'string', value: 'FILE', description: 'the package to write (default: archive/xiqing-plans.wacz beside DIR; for a DIR not named dist, archive/xiqing-plans-<name>.wacz)' },
  },
  environment: {
    OUT_DIR: 'the built site when --dir is not given (else dist)',
    SITE_URL: 'the origin URLs are captured under (else https://xiqing-plans.example/)',
    SITE_BASE: 'the sub-path the site is served under (else /)',
    SOURCE_DATE_EPOCH: 'the capture time, in seconds since 1970 (else now), for a reproducible package',
    CONTENT_DIR: 'the content tree the site must have been built from (default: content)',
  },
});
const out = values.out ?? join(dirname(values.dir), 'archive', basename(values.dir) === 'dist' ? 'xiqing-plans.wacz' : `xiqing-plans-${basename(values.dir)}.wacz`);

const started = performance.now();
const root = values.dir;
if (!existsSync(root)) {
  console.error(`error: ${root} does not exist; build the site first`);
  process.exit(1);
}
try {
  checkBuiltFromTree(root);
} catch (error) {
  if (!(error instanceof ContentTreeError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}

const siteUrl = new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://xiqing-plans.example/').href;
const epoch = process.env.SOURCE_DATE_EPOCH;
const created = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
const files = listSiteFiles(root).map((path) => ({ path, data: readFileSync(join(root, path)) }));
const { version } = JSON.parse(readFileSync('node_modules/warcio/package.json', 'utf8')) as { version: string };

const wacz = await buildWacz(files, {
  siteUrl,
  created,
  title: 'Xiqing Plans · 西青区国民经济和社会发展规划',
  description: 'The annual National Economic and Social Development Plans of Xiqing District, Tianjin: the Chinese originals in full, with generated English summaries. The Chinese original prevails.',
  software: `xiqing-plans scripts/archive.ts, warcio.js ${version}`,
  errorPages: ['404.html'],
});
const { problems, pages, index } = await readWacz(wacz);
if (problems.length > 0) {
  console.error(`archive: the package fails its own check; nothing written\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileAtomic(out, wacz);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`archive: ${out}, ${(wacz.byteLength / 1e6).toFixed(2)} MB: ${index.length} files, ${pages.length} pages from ${root} at ${siteUrl}, in ${seconds} s`);
