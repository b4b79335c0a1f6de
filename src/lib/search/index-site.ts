/**
 * The search index of a built site: Pagefind over every page that carries `data-pagefind-body`
 * (section pages in both languages and the English listing pages; `<html lang>` splits them into
 * a `zh-cn` and an `en` index), with Han characters of the Chinese pages separated first (see
 * `han.ts`) and the parts search skips cut out (`index-input.ts`); the Traditional→Simplified map
 * for queries; and the crosswalk between the languages (see `crosswalk.ts`). Written beside the
 * site in `pagefind/`, whole or not at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { paths, withBase } from '../site/site-paths.ts';
import { buildCrosswalk, POSTINGS_DIR, serializeCrosswalk } from './crosswalk.ts';
import { crosswalkSources, listingTitles, type TermbaseEntries } from './crosswalk-sources.ts';
import { hasSearchBody, isChinesePage, pagefindInput } from './index-input.ts';
import { latinWords } from './indexes.ts';
import { readSectionPage, type SectionText } from './page-text.ts';
import { simplifiedMapForCorpus } from './simplified-candidates.ts';
import { parseSimplifiedMap, serializeSimplifiedMap } from './simplified.ts';

/** The file, in the search bundle, of the query-side Traditional→Simplified map. */
export const SIMPLIFIED_MAP_FILE = 'simplified.json';

/** Hex digits of SHA-256 naming the version of the crosswalk's files. */
const POSTINGS_NAME_LENGTH = 12;

/** The file, in the search bundle, of the crosswalk between the languages. */
export const CROSSWALK_FILE = 'crosswalk.json';

export class IndexError extends Error {}

/**
 * How large Pagefind cuts its index chunks, in word locations (its default is 20,000). A query
 * fetches the chunk of each of its words, and with each Han character a word, a common character
 * fills a chunk of its own plus the words that share it; smaller chunks carry fewer such
 * passengers, at the price of a longer chunk list in the metadata every search loads first.
 * Measured with `npm run search-bytes` (opening search on a section page, then a first Chinese
 * and a first English query; Pagefind's files alone, before the site's crosswalk was added to the
 * bundle): on 20 plans 200 kB compressed at the default and 152 kB at 6,000;
 * on 200 plans 217, 202, 175, 176 and 181 kB at 20,000, 10,000, 6,000, 4,000 and 2,000.
 * Pagefind reads the size from a variable it calls unstable: its version is pinned in the
 * lockfile, and `npm run bench` reports the bytes, so a change in it shows.
 */
const INDEX_CHUNK_SIZE = '6000';

/**
 * Pages sent to Pagefind before waiting for its answers: Pagefind reads one page while the next
 * is being prepared, in the order sent, so the index is the same as when sent one by one.
 */
const PAGES_IN_FLIGHT = 16;

/**
 * Pagefind's ready-made UIs, its highlighter and its web worker, which the site's own search
 * does not load (see src/scripts/search/): left out of the bundle and so out of the mirror.
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

export interface IndexSummary {
  pages: number;
  languages: Record<string, number>;
  bytes: number;
  simplifiedPairs: number;
  /** The index search loads on opening (bytes), and the files of postings loaded when a query names an entry. */
  crosswalk: { entries: number; bytes: number; postingFiles: number; postingBytes: number };
}

function htmlFiles(dir: string, skip: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(skip))
    .sort();
}

/** The public URL of a built page: `zh/2021/1-1/index.html` → `<base>zh/2021/1-1/`. */
export function pageUrl(base: string, file: string): string {
  return withBase(base, file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'));
}

/**
 * Each of Pagefind's fragments (a page's URL and indexed text), by the id its search results carry
 * (the file's name). A fragment is gzip of `pagefind_dcd` followed by the page's JSON; anything
 * else means Pagefind changed its format, and the crosswalk cannot be built.
 */
function readFragments(bundleDir: string): Map<string, { url: string; content: string }> {
  const dir = join(bundleDir, 'fragment');
  const fragments = new Map<string, { url: string; content: string }>();
  const signature = 'pagefind_dcd';
  for (const name of readdirSync(dir)) {
    const data = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!data.startsWith(signature) || !name.endsWith('.pf_fragment')) throw new IndexError(`${join(dir, name)}: not a Pagefind fragment as this script knows them (pagefind_dcd + JSON)`);
    fragments.set(name.slice(0, -'.pf_fragment'.length), JSON.parse(data.slice(signature.length)) as { url: string; content: string });
  }
  return fragments;
}

function directorySize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).byteLength, 0);
}

export async function indexSite(siteDir: string, base: string, termbase: TermbaseEntries): Promise<IndexSummary> {
  if (!existsSync(join(siteDir, 'index.html'))) throw new IndexError(`${siteDir}: no built site here (no index.html); run \`astro build\` first`);
  const bundleDir = join(siteDir, paths.searchBundle());
  const staging = `${bundleDir.replace(/\/$/, '')}.${process.pid}.tmp`;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new IndexError(`pagefind: ${errors.join('; ')}`);
  let crosswalk: ReturnType<typeof buildCrosswalk>;
  try {
    // The characters of the Chinese pages, for the Traditional→Simplified map (which needs no more than the set).
    const corpusCharacters = new Set<string>();
    const inFlight: Promise<void>[] = [];
    const sectionPages: SectionText[] = [];
    // What each indexed page is, by its URL: a section, or an English listing page by its path.
    const keyOfUrl = new Map<string, string>();
    const chineseUrls = new Set<string>();
    for (const file of htmlFiles(siteDir, bundleDir)) {
      const html = readFileSync(file, 'utf8');
      if (!hasSearchBody(html)) continue;
      const name = relative(siteDir, file);
      const url = pageUrl(base, name);
      const added = index.addHTMLFile({ url, content: pagefindInput(html) }).then(({ errors }) => {
        if (errors.length > 0) throw new IndexError(`${file}: ${errors.join('; ')}`);
      });
      added.catch(() => undefined); // rethrown where it is awaited, not reported as unhandled meanwhile
      inFlight.push(added);
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
      const chinese = isChinesePage(html);
      if (chinese) {
        for (const char of html.replace(/[\0-\x7f]+/g, '')) corpusCharacters.add(char);
        chineseUrls.add(url);
      }
      const section = readSectionPage(html);
      if (section) {
        sectionPages.push(section);
        keyOfUrl.set(url, `${section.plan}/${section.section}`);
      } else if (!chinese) keyOfUrl.set(url, pageUrl('/', name).replace(/^\/en\//, ''));
    }
    await Promise.all(inFlight);
    rmSync(staging, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length > 0) throw new IndexError(`pagefind: ${written.errors.join('; ')}`);
    for (const file of readdirSync(staging)) if (UNUSED_BUNDLE_FILE.test(file)) rmSync(join(staging, file));
    const map = simplifiedMapForCorpus([...corpusCharacters].join(''));
    writeFileSync(join(staging, SIMPLIFIED_MAP_FILE), JSON.stringify(serializeSimplifiedMap(map)));
    const fragments = readFragments(staging);
    const pageKeys = new Map([...fragments].map(([id, { url }]) => [id, keyOfUrl.get(url) ?? '']));
    const unknown = [...pageKeys].filter(([, key]) => key === '');
    if (unknown.length > 0) throw new IndexError(`pagefind: fragments of pages the crosswalk does not know: ${unknown.map(([id]) => id).join(', ')}`);
    const latinOfOriginals = [...fragments.values()].filter(({ url }) => chineseUrls.has(url)).flatMap(({ content }) => latinWords(content));
    crosswalk = buildCrosswalk(crosswalkSources(siteDir, termbase), sectionPages, { pageKeys, latin: latinOfOriginals, listingTitles: listingTitles(siteDir) });
    const shipped = serializeCrosswalk(crosswalk, (text) => createHash('sha256').update(text).digest('hex').slice(0, POSTINGS_NAME_LENGTH));
    writeFileSync(join(staging, CROSSWALK_FILE), JSON.stringify(shipped.index));
    mkdirSync(join(staging, POSTINGS_DIR, shipped.index.version), { recursive: true });
    for (const [path, text] of shipped.files) writeFileSync(join(staging, path), text);
    rmSync(bundleDir, { recursive: true, force: true });
    renameSync(staging, bundleDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  const simplifiedPairs = Object.keys(parseSimplifiedMap(JSON.parse(readFileSync(join(bundleDir, SIMPLIFIED_MAP_FILE), 'utf8')) as string)).length;
  const crosswalkBytes = readFileSync(join(bundleDir, CROSSWALK_FILE)).byteLength;
  const postingsDir = join(bundleDir, POSTINGS_DIR);
  return {
    pages: Object.values(languages).reduce((a, b) => a + b, 0),
    languages,
    bytes: directorySize(bundleDir),
    simplifiedPairs,
    crosswalk: { entries: crosswalk.entries.length, bytes: crosswalkBytes, postingFiles: readdirSync(postingsDir, { recursive: true }).filter((f) => /\/\d+\.json$/.test(String(f))).length, postingBytes: directorySize(postingsDir) },
  };
}
