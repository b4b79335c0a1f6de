/**
 * Link checking over a built site: every internal link must name a file of the build, under the
 * configured base, and every `#fragment` an element id of its target page. Resources (scripts,
 * stylesheets, images, icons) must come from the site itself. Links out to other sites (`<a>` to
 * an official source, say) are allowed: following one is the reader's choice, not a request the
 * page makes.
 */
import { Parser } from 'htmlparser2';
import { lineCounter, scanTags } from '../html-scan.ts';
import { fileOfUrlPath, urlPathOf } from './served-paths.ts';

export interface Link {
  url: string;
  line: number;
  /** A resource the page loads by itself, as opposed to a link the reader may follow. */
  resource: boolean;
}

export interface LinkSource {
  /** Path of the file relative to the site's root, e.g. `zh/2021/1-3/index.html`. */
  path: string;
  links: Link[];
}

export interface BrokenLink {
  path: string;
  line: number;
  url: string;
  problem: string;
}

export interface SiteIndex {
  /** Every file of the build, relative to its root. */
  files: ReadonlySet<string>;
  /** The element ids of each HTML file. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LinkCheckOptions {
  /** The base path the site is built for: `/` or e.g. `/mirror/xiqing/`. */
  base: string;
  /** The site's absolute URL, when configured: absolute links to its origin are internal. */
  site?: string | undefined;
}

const HREF_TAGS = new Set(['a', 'area', 'link']);
const SRC_TAGS = new Set(['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input']);
/** `<link rel>` values that make the browser fetch the target. */
const FETCHED_LINK_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

/** The links a page makes (`href` and `src` attributes). */
export function linksOfHtml(html: string): Link[] {
  const links: Link[] = [];
  for (const tag of scanTags(html)) {
    const href = tag.attributes.get('href');
    if (href !== undefined && HREF_TAGS.has(tag.name)) {
      const fetched = tag.name === 'link' && FETCHED_LINK_RELS.test(tag.attributes.get('rel') ?? '');
      links.push({ url: href, line: tag.line, resource: fetched });
    }
    const src = tag.attributes.get('src');
    if (src !== undefined && SRC_TAGS.has(tag.name)) links.push({ url: src, line: tag.line, resource: true });
  }
  return links;
}

/** The ids a fragment can name: every `id`, and `name` on `<a>`. */
export function anchorsOfHtml(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of scanTags(html)) {
    const id = tag.attributes.get('id');
    if (id) anchors.add(id);
    const name = tag.attributes.get('name');
    if (name && tag.name === 'a') anchors.add(name);
  }
  return anchors;
}

/** The `<loc>` URLs of a sitemap, entities resolved. */
export function linksOfSitemap(xml: string): Link[] {
  const links: Link[] = [];
  const lineAt = lineCounter(xml);
  let loc: Link | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'loc') loc = { url: '', line: lineAt(parser.startIndex), resource: false };
      },
      ontext(text) {
        if (loc) loc.url += text;
      },
      onclosetag(name) {
        if (name === 'loc' && loc) links.push({ ...loc, url: loc.url.trim() });
        loc = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return links;
}

/** An origin no real request goes to: site-relative links are resolved against it. */
const LOCAL_ORIGIN = 'http://site.invalid';

/** Every broken link of the given sources, in source order. */
export function checkLinks(sources: readonly LinkSource[], site: SiteIndex, options: LinkCheckOptions): BrokenLink[] {
  const base = options.base.replace(/\/?$/, '/');
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const broken: BrokenLink[] = [];
  for (const { path, links } of sources) {
    const pageUrl = new URL(urlPathOf(path, base), LOCAL_ORIGIN);
    for (const link of links) {
      const problem = problemOf(link, pageUrl, site, base, siteOrigin);
      if (problem) broken.push({ path, line: link.line, url: link.url, problem });
    }
  }
  return broken;
}

function problemOf(link: Link, pageUrl: URL, site: SiteIndex, base: string, siteOrigin: string | undefined): string | undefined {
  let target: URL;
  try {
    target = new URL(link.url, pageUrl);
  } catch {
    return 'not a valid URL';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return link.resource && target.protocol !== 'data:' ? `loads a resource over ${target.protocol}` : undefined;
  }
  if (target.origin !== LOCAL_ORIGIN && target.origin !== siteOrigin) {
    return link.resource ? 'loads a resource from another origin' : undefined;
  }
  const file = fileOfUrlPath(target.pathname, base);
  if (file === undefined) return `points outside the base ${base}`;
  if (!site.files.has(file)) {
    return site.files.has(`${file}/index.html`) ? 'names a directory without its trailing slash' : `no file ${file} in the build`;
  }
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment === '' || fragment.startsWith(':~:')) return undefined;
  const anchors = site.anchors.get(file);
  if (!anchors) return `#${fragment} on ${file}, which is not an HTML page`;
  return anchors.has(fragment) ? undefined : `no element with id "${fragment}" in ${file}`;
}
