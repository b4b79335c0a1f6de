/**
 * `pages/pages.jsonl`: the WACZ's list of entry points, a header line then one JSON object per
 * page with its URL, capture time, title and full text (for search in replay tools).
 */

export interface WaczPage {
  id: string;
  url: string;
  /** RFC 3339 capture time. */
  ts: string;
  title: string;
  text: string;
}

export const PAGES_HEADER = { format: 'json-pages-1.0', id: 'pages', title: 'All Pages', hasText: true };

export function formatPagesJsonl(pages: readonly WaczPage[]): string {
  return [PAGES_HEADER, ...pages].map((line) => `${JSON.stringify(line)}\n`).join('');
}

export function parsePagesJsonl(text: string): WaczPage[] {
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  if (!header || (JSON.parse(header) as { format?: string }).format !== PAGES_HEADER.format) {
    throw new Error(`pages.jsonl: the first line must be the ${PAGES_HEADER.format} header`);
  }
  return lines.map((line) => JSON.parse(line) as WaczPage);
}
