/**
 * What a built site weighs, page by page: the section pages (`/{lang}/{year}/{part}-{n}/`) a
 * reader lands on from search, every HTML page, and the whole output. The bench reports these
 * for each corpus, so a page whose weight grows with the number of plans shows.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { median } from './bench-stats.ts';

const SECTION_PAGE = /^(zh|en)\/\d{4}\/\d+-\d+\/index\.html$/;

export interface PageWeights {
  pages: number;
  html_bytes: number;
  /** All HTML bytes over the number of pages. */
  html_bytes_per_page: number;
  /** The whole output (HTML, data, sources, search index, archive) over the number of pages. */
  dist_bytes_per_page: number;
  dist_bytes: number;
  section_pages: number;
  section_median_bytes: number;
  section_largest: { path: string; bytes: number };
  /** The largest page of any kind, with its path. */
  largest_page: { path: string; bytes: number };
}

export function pageWeights(dist: string): PageWeights {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { path: relative(dist, path).split(sep).join('/'), bytes: statSync(path).size };
    });
  const html = files.filter((f) => f.path.endsWith('.html'));
  const sections = html.filter((f) => SECTION_PAGE.test(f.path));
  if (html.length === 0 || sections.length === 0) throw new Error(`${dist} holds no section pages`);
  const largest = (list: typeof files) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const htmlBytes = html.reduce((sum, f) => sum + f.bytes, 0);
  const distBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  return {
    pages: html.length,
    html_bytes: htmlBytes,
    html_bytes_per_page: Math.round(htmlBytes / html.length),
    dist_bytes_per_page: Math.round(distBytes / html.length),
    dist_bytes: distBytes,
    section_pages: sections.length,
    section_median_bytes: median(sections.map((f) => f.bytes)),
    section_largest: largest(sections),
    largest_page: largest(html),
  };
}
