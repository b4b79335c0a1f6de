/**
 * `sitemap.xml` in the sitemaps.org 0.9 format, each page with its twin in the other language as
 * `xhtml:link` alternates, so crawlers and archivists can enumerate every public page. The list
 * comes from the pages the build actually wrote, so a new kind of page is never left out.
 */

export interface SitemapPage {
  /** The page's URL. */
  url: string;
  /** The same page in each language, keyed by BCP 47 tag. */
  alternates: Record<string, string>;
}

export interface SitemapOptions {
  /** The site's base path, `/` or e.g. `/mirror/xiqing/`. */
  base: string;
  /** The site's public URL, when configured: URLs are then absolute, as the protocol asks. */
  site?: URL | undefined;
  /** URL path segment → BCP 47 tag of each language, e.g. `{ zh: 'zh-CN', en: 'en' }`. */
  languages: Record<string, string>;
  /** Page paths (relative to the base) that are not pages to visit, such as `404/`. */
  exclude: readonly string[];
}

/**
 * The sitemap's entries for the built pages' paths (relative to the base, e.g. `zh/2021/`; files
 * such as `data/plans.json` are skipped). A page under a language segment lists itself and its
 * twin under each other language's segment, when that twin was built.
 */
export function sitemapPages(paths: readonly string[], options: SitemapOptions): SitemapPage[] {
  const base = options.base.replace(/\/?$/, '/');
  const url = (path: string) => (options.site ? new URL(`${base}${path}`, options.site).href : `${base}${path}`);
  const pages = [...new Set(paths.map((p) => p.replace(/^\//, '')))].filter((p) => (p === '' || p.endsWith('/')) && !options.exclude.includes(p)).sort();
  const built = new Set(pages);
  return pages.map((path) => {
    const [first, ...rest] = path.split('/');
    if (!first || !(first in options.languages)) return { url: url(path), alternates: {} };
    const twins = Object.entries(options.languages)
      .map(([segment, tag]) => [tag, [segment, ...rest].join('/')] as const)
      .filter(([, twin]) => built.has(twin));
    return { url: url(path), alternates: Object.fromEntries(twins.map(([tag, twin]) => [tag, url(twin)])) };
  });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]!};`);
}

export function formatSitemap(pages: readonly SitemapPage[]): string {
  const entries = pages.map(({ url, alternates }) => {
    const links = Object.entries(alternates).map(([tag, alternate]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(tag)}" href="${escapeXml(alternate)}"/>\n`);
    return `  <url>\n    <loc>${escapeXml(url)}</loc>\n${links.join('')}  </url>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('')}</urlset>\n`;
}
