/**
 * A built site as a WACZ 1.1.1 package, and the check that reads one back. The package holds
 * `archive/data.warc.gz` (every file as a response record), `indexes/index.cdxj`,
 * `pages/pages.jsonl` (every HTML page with its title and text), `datapackage.json` (every
 * resource's SHA-256 and size) and `datapackage-digest.json`.
 */
import { WARCParser } from 'warcio';
import { documentText, documentTitle } from '../../html-scan.ts';
import { mediaTypeOf } from '../media-types.ts';
import { urlPathOf } from '../served-paths.ts';
import { digestHex, indexWarc, parseCdxj, type ParsedCdxjLine } from './cdxj.ts';
import { describeResource, digestOfDataPackage, sha256Prefixed, WACZ_PROFILE, WACZ_VERSION, type DataPackage } from './datapackage.ts';
import { formatPagesJsonl, parsePagesJsonl, type WaczPage } from './pages.ts';
import { writeWarc } from './warc.ts';
import { readStoredZip, writeStoredZip } from './zip.ts';

export interface SiteFile {
  /** Path relative to the site's root, e.g. `zh/2021/index.html`. */
  path: string;
  data: Uint8Array;
}

export interface WaczOptions {
  /** The site's absolute URL including its base, e.g. `https://xiqing-plans.example/mirror/xiqing/`. */
  siteUrl: string;
  /** RFC 3339 time of the capture and of the package. */
  created: string;
  title: string;
  description: string;
  software: string;
  /** Pages that are served only for errors (404.html): archived, but not listed as entry points. */
  errorPages: readonly string[];
}

const WARC_NAME = 'data.warc.gz';
const PATHS = { warc: `archive/${WARC_NAME}`, index: 'indexes/index.cdxj', pages: 'pages/pages.jsonl', datapackage: 'datapackage.json', digest: 'datapackage-digest.json' };

/** The URL a built file is captured at. */
export function capturedUrl(path: string, siteUrl: string): string {
  const site = new URL(siteUrl);
  return new URL(urlPathOf(path, site.pathname.replace(/\/?$/, '/')), site.origin).href;
}

export function isHtmlPage(path: string): boolean {
  return path.endsWith('.html');
}

export async function buildWacz(files: readonly SiteFile[], options: WaczOptions): Promise<Uint8Array> {
  const { created, siteUrl } = options;
  const captured = files.map(({ path, data }) => ({ path, url: capturedUrl(path, siteUrl), mime: mediaTypeOf(path), data }));
  const warc = await writeWarc(captured, { filename: WARC_NAME, date: created, software: options.software, description: options.description });
  const decoder = new TextDecoder();
  const pages: WaczPage[] = captured
    .filter(({ path }) => isHtmlPage(path) && !options.errorPages.includes(path))
    .map(({ path, url, data }) => {
      const html = decoder.decode(data);
      return { id: path, url, ts: created, title: documentTitle(html), text: documentText(html) };
    });
  const encoder = new TextEncoder();
  const contents: [string, Uint8Array][] = [
    [PATHS.warc, warc],
    [PATHS.index, encoder.encode(await indexWarc(warc, WARC_NAME))],
    [PATHS.pages, encoder.encode(formatPagesJsonl(pages))],
  ];
  const home = new URL(siteUrl).href;
  const datapackage: DataPackage = {
    profile: WACZ_PROFILE,
    wacz_version: WACZ_VERSION,
    title: options.title,
    description: options.description,
    created,
    modified: created,
    software: options.software,
    mainPageUrl: home,
    mainPageDate: created,
    home: { url: home, ts: created },
    resources: contents.map(([path, data]) => describeResource(path, data)),
  };
  const datapackageJson = `${JSON.stringify(datapackage, null, 2)}\n`;
  const digestJson = `${JSON.stringify(digestOfDataPackage(datapackageJson), null, 2)}\n`;
  return writeStoredZip(
    [...contents.map(([name, data]) => ({ name, data })), { name: PATHS.datapackage, data: encoder.encode(datapackageJson) }, { name: PATHS.digest, data: encoder.encode(digestJson) }],
    new Date(created),
  );
}

export interface WaczContents {
  datapackage: DataPackage;
  pages: WaczPage[];
  index: ParsedCdxjLine[];
  /** Every way the package fails to be what its manifest and index say; empty when sound. */
  problems: string[];
}

/**
 * Reads a package back and checks it against itself: the manifest's digest, every resource's
 * hash and size, no unlisted files, and every index line pointing at a WARC response record for
 * its URL whose payload has the indexed digest.
 */
export async function readWacz(bytes: Uint8Array): Promise<WaczContents> {
  const entries = new Map(readStoredZip(bytes).map((e) => [e.name, e.data]));
  const problems: string[] = [];
  const text = (name: string) => {
    const data = entries.get(name);
    if (!data) throw new Error(`the package has no ${name}`);
    return new TextDecoder().decode(data);
  };
  const datapackageJson = text(PATHS.datapackage);
  const datapackage = JSON.parse(datapackageJson) as DataPackage;
  if (datapackage.profile !== WACZ_PROFILE) problems.push(`datapackage.json: profile is "${datapackage.profile}", not "${WACZ_PROFILE}"`);
  const digest = JSON.parse(text(PATHS.digest)) as { path: string; hash: string };
  if (digest.path !== PATHS.datapackage || digest.hash !== sha256Prefixed(datapackageJson)) problems.push('datapackage-digest.json: does not match datapackage.json');

  for (const resource of datapackage.resources) {
    const data = entries.get(resource.path);
    if (!data) problems.push(`${resource.path}: listed in datapackage.json but not in the package`);
    else if (data.byteLength !== resource.bytes) problems.push(`${resource.path}: ${data.byteLength} bytes, datapackage.json says ${resource.bytes}`);
    else if (sha256Prefixed(data) !== resource.hash) problems.push(`${resource.path}: SHA-256 does not match datapackage.json`);
  }
  const listed = new Set([...datapackage.resources.map((r) => r.path), PATHS.datapackage, PATHS.digest]);
  for (const name of entries.keys()) if (!listed.has(name)) problems.push(`${name}: in the package but not listed in datapackage.json`);

  const index = parseCdxj(text(PATHS.index));
  const warc = entries.get(PATHS.warc) ?? new Uint8Array();
  for (const line of index) {
    const record = await WARCParser.parse([warc.subarray(line.offset, line.offset + line.length)]);
    const payload = record ? await record.readFully(true) : undefined;
    if (!record || record.warcType !== 'response' || record.warcTargetURI !== line.url) problems.push(`index.cdxj: ${line.url} does not point at its response record`);
    else if (sha256Prefixed(payload!) !== `sha256:${digestHex(line.digest)}`) problems.push(`index.cdxj: ${line.url}: the record's payload does not have the indexed digest`);
  }

  const pages = parsePagesJsonl(text(PATHS.pages));
  const indexed = new Set(index.map((l) => l.url));
  for (const page of pages) if (!indexed.has(page.url)) problems.push(`pages.jsonl: ${page.url} is not in the index`);
  return { datapackage, pages, index, problems };
}
