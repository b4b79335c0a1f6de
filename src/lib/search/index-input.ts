/**
 * What Pagefind is given of a built page. A section page marks what search must not read with
 * `data-pagefind-ignore` — above all its charts, whose SVG and tables are most of the page's
 * bytes — and Pagefind parses the whole page only to skip those parts. Cutting them out first
 * gives Pagefind a fraction of the HTML to parse and leaves the index byte for byte the same
 * (tests/unit/search-index-input.test.ts indexes a build both ways and compares). A part that
 * holds a filter, meta or sort attribute stays, since Pagefind reads those inside ignored parts.
 *
 * The parts are found by a small scanner, not an HTML parser: htmlparser2 over a 200-plan build
 * (700 MB of HTML) took longer than the Pagefind time it saved. The scanner reads only what
 * Astro writes — quoted attribute values, escaped text — and whenever a part does not end the way
 * it expects (a comment, raw text, a missing end tag), it leaves the part in: a part left in
 * costs time, never a word of the index.
 */

import { separateHanCharacters } from './han.ts';

const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?:="([^"]*)")?(?=[\s/>])/g;
/** Attributes Pagefind reads inside an ignored part (unless it is ignored with "all"). */
const READ_INSIDE_IGNORED = /\sdata-pagefind-(?:filter|meta|sort|default-meta)[\s=>]/;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG_NAME = /[a-zA-Z][\w-]*/y;
/** A start tag up to an attribute, as Astro writes it: its name, then attributes, each value double-quoted. */
const START_TAG_PREFIX = /^<[a-zA-Z][\w-]*(?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*$/;

/** Whether a page is in Chinese, by its `<html lang>`: Pagefind's `zh-cn` index. */
export function isChinesePage(html: string): boolean {
  return /<html[^>]*\blang="zh/.test(html);
}

/**
 * The page as Pagefind is given it: on a Chinese page Han characters separated (see `han.ts`;
 * the English index has no Chinese words to find), then the ignored parts cut. In that order,
 * since whether text after a cut part starts a new word depends on the text inside it.
 */
export function pagefindInput(html: string): string {
  return withoutIgnoredParts(isChinesePage(html) ? separateHanCharacters(html) : html);
}

/** Whether Pagefind indexes the page at all: once any page has `data-pagefind-body`, pages without it are skipped. */
export function hasSearchBody(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** The index of the `>` that ends the tag opening at `open`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const close = html.indexOf('>', at);
    const quote = html.slice(at, close === -1 ? undefined : close).search(/["']/);
    if (quote === -1) return close;
    const quoteAt = at + quote;
    const end = html.indexOf(html[quoteAt]!, quoteAt + 1);
    if (end === -1) return -1;
    at = end + 1;
  }
}

function tagNameAt(html: string, at: number): string | undefined {
  TAG_NAME.lastIndex = at;
  return TAG_NAME.exec(html)?.[0].toLowerCase();
}

/**
 * Where the element whose start tag ends at `afterStart` ends (after its end tag), counting
 * nested elements of the same name; undefined when the scanner cannot be sure.
 */
function elementEnd(html: string, name: string, afterStart: number): number | undefined {
  let depth = 1;
  let at = afterStart;
  for (;;) {
    const open = html.indexOf('<', at);
    if (open === -1) return undefined;
    if (html.startsWith('<!', open) || html.startsWith('<?', open)) return undefined;
    const closing = html[open + 1] === '/';
    const tag = tagNameAt(html, open + (closing ? 2 : 1));
    if (tag === undefined) return undefined;
    const end = tagEnd(html, open);
    if (end === -1) return undefined;
    if (!closing && (tag === 'script' || tag === 'style' || tag === 'textarea' || tag === 'title')) return undefined;
    if (tag === name) {
      if (closing) depth--;
      else if (html[end - 1] !== '/') depth++;
      if (depth === 0) return end + 1;
    }
    at = end + 1;
  }
}

/** The page without its outermost `data-pagefind-ignore` parts, every other byte as it was. */
export function withoutIgnoredParts(html: string): string {
  let out = '';
  let copied = 0;
  IGNORE_ATTRIBUTE.lastIndex = 0;
  for (let hit = IGNORE_ATTRIBUTE.exec(html); hit; hit = IGNORE_ATTRIBUTE.exec(html)) {
    const open = html.lastIndexOf('<', hit.index);
    // The attribute must be one of a start tag's (not words in text or in another attribute's value).
    if (open < copied || !START_TAG_PREFIX.test(html.slice(open, hit.index))) continue;
    const name = tagNameAt(html, open + 1)!;
    const startEnd = tagEnd(html, open);
    if (startEnd === -1) continue;
    const end = VOID_ELEMENTS.has(name) || html[startEnd - 1] === '/' ? startEnd + 1 : elementEnd(html, name, startEnd + 1);
    if (end === undefined) continue;
    const part = html.slice(open, end);
    if (hit[1] !== 'all' && READ_INSIDE_IGNORED.test(part)) continue;
    out += html.slice(copied, open);
    copied = end;
    IGNORE_ATTRIBUTE.lastIndex = end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
