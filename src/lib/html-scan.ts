/**
 * Reading the HTML the build writes, with htmlparser2: start tags with their attributes (entities
 * resolved) and lines, the raw text of `<script>` and `<style>`, and the document's title and
 * visible text. Enough for checking links, anchors and inline scripts, and for the archive's
 * page index; no tree is built.
 */
import { Parser } from 'htmlparser2';

export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** 1-based line of the tag in the document, for error messages. */
  line: number;
  /** The raw text up to the matching end tag, for `<script>` and `<style>` (raw-text elements). */
  rawText?: string;
}

const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);

/** 1-based line of each offset, for documents read once front to back. */
export function lineCounter(html: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset; at++) if (html.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** Every start tag of the document in order, skipping comments, doctype and end tags. */
export function scanTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const lineAt = lineCounter(html);
  let raw: StartTag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag: StartTag = { name, attributes: new Map(Object.entries(attributes)), line: lineAt(parser.startIndex) };
        if (RAW_TEXT_ELEMENTS.has(name)) {
          tag.rawText = '';
          raw = tag;
        }
        tags.push(tag);
      },
      ontext(text) {
        if (raw) raw.rawText += text;
      },
      onclosetag() {
        raw = undefined;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  return tags;
}

/** Phrasing elements: their tags vanish without a space, so Chinese words they split stay whole. */
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
/** Elements whose content is not read: code, styles, templates. */
const UNREAD_ELEMENTS = new Set(['script', 'style', 'template']);

/** The document's title and the readable text of its body, whitespace collapsed. */
function readDocument(html: string): { title: string; text: string } {
  let title = '';
  let text = '';
  let inTitle = 0;
  let unread = 0;
  let inBody = false;
  let sawBody = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'body') inBody = sawBody = true;
        if (name === 'title') inTitle++;
        if (UNREAD_ELEMENTS.has(name)) unread++;
        if (!INLINE_ELEMENTS.has(name)) text += ' ';
      },
      onclosetag(name) {
        if (name === 'body') inBody = false;
        if (name === 'title') inTitle--;
        if (UNREAD_ELEMENTS.has(name)) unread--;
        if (!INLINE_ELEMENTS.has(name)) text += ' ';
      },
      ontext(chunk) {
        if (inTitle > 0) title += chunk;
        else if (unread === 0 && (inBody || !sawBody)) text += chunk;
      },
    },
    { lowerCaseTags: true, decodeEntities: true },
  );
  parser.end(html);
  return { title: collapse(title), text: collapse(text) };
}

/** The text of `<title>`, entities resolved and whitespace collapsed. */
export function documentTitle(html: string): string {
  return readDocument(html).title;
}

/** The readable text of `<body>`: no markup, scripts, styles or comments; whitespace collapsed. */
export function documentText(html: string): string {
  return readDocument(html).text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
