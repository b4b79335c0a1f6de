/**
 * A small reader for the HTML this site's build writes: start tags with their attributes, the raw
 * text of `<script>` and `<style>` elements, and the document's title and visible text. It does
 * not build a tree; it is enough for checking links, anchors and inline scripts, and for the
 * archive's page index, without a parser dependency.
 */

export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** 1-based line of the tag in the document, for error messages. */
  line: number;
  /** The raw text up to the matching end tag, for `<script>` and `<style>` (raw-text elements). */
  rawText?: string;
}

const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Resolves character references (`&amp;`, `&#39;`, `&#x4e2d;`) in text or an attribute value. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Every start tag of the document in order, skipping comments, doctype and end tags. */
export function scanTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const token = /<!--[\s\S]*?-->|<![^>]*>|<\/[^>]*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(html))) {
    if (!match[1]) continue;
    const name = match[1].toLowerCase();
    const tag: StartTag = { name, attributes: parseAttributes(match[2] ?? ''), line: lineAt(match.index) };
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const endTag = new RegExp(`</${name}[\\s>/]`, 'gi');
      endTag.lastIndex = token.lastIndex;
      const stop = endTag.exec(html)?.index ?? html.length;
      tag.rawText = html.slice(token.lastIndex, stop);
      token.lastIndex = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** The text of `<title>`, entities resolved and whitespace collapsed. */
export function documentTitle(html: string): string {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return match ? collapse(decodeEntities(match[1]!)) : '';
}

/** Phrasing elements: their tags vanish without a space, so Chinese words they split stay whole. */
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/** The readable text of `<body>`: no markup, scripts, styles or comments; whitespace collapsed. */
export function documentText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const withoutCode = body.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
  const text = withoutCode.replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_, name: string) => (INLINE_ELEMENTS.has(name.toLowerCase()) ? '' : ' '));
  return collapse(decodeEntities(text));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
