/**
 * The searchable paragraphs of a built section page, read as Pagefind reads them: the text of each
 * paragraph that carries a permanent id (`p1-2-3` on Chinese pages, `en-p1-2-3` on English ones),
 * without anything marked `data-pagefind-ignore` (¶ links, twin links, the Chinese twin on an
 * English page), and the section's facts from its `<article data-pagefind-body>`. The index script
 * finds the termbase's names in these paragraphs (see `crosswalk.ts`).
 */
import { Parser } from 'htmlparser2';

export interface SectionText {
  lang: 'zh' | 'en';
  plan: string;
  section: string;
  /** The plan part's role, as the `part` filter names it (`review`, `plan`). */
  part: string;
  titleZh: string;
  titleEn: string;
  paragraphs: { id: string; text: string }[];
}

const PARAGRAPH_ID = /^(?:en-)?p\d+(?:-\d+)+$/;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The section a built page shows, with its paragraphs; undefined for any other page. */
export function readSectionPage(html: string): SectionText | undefined {
  const lang = /<html[^>]*\blang="(zh|en)/.exec(html)?.[1] as 'zh' | 'en' | undefined;
  let article: Record<string, string> | undefined;
  const paragraphs: { id: string; text: string }[] = [];
  // Open elements, each with whether its text is left out of the index; the paragraph being read.
  const open: { name: string; ignored: boolean }[] = [];
  let paragraph: { id: string; text: string; depth: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'article' && 'data-pagefind-body' in attributes && attributes['data-section']) article = attributes;
        const ignored = (open.at(-1)?.ignored ?? false) || 'data-pagefind-ignore' in attributes;
        if (VOID_ELEMENTS.has(name)) return;
        open.push({ name, ignored });
        if (name === 'p' && !ignored && article && PARAGRAPH_ID.test(attributes.id ?? '')) paragraph = { id: attributes.id!, text: '', depth: open.length };
      },
      ontext(text) {
        if (paragraph && !open.at(-1)?.ignored) paragraph.text += text;
      },
      onclosetag(name) {
        if (VOID_ELEMENTS.has(name)) return;
        if (paragraph && open.length === paragraph.depth) {
          paragraphs.push({ id: paragraph.id, text: paragraph.text.replace(/\s+/g, ' ').trim() });
          paragraph = undefined;
        }
        open.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (!lang || !article) return undefined;
  return {
    lang,
    plan: article['data-plan'] ?? '',
    section: article['data-section'] ?? '',
    part: article['data-part'] ?? '',
    titleZh: article['data-title-zh'] ?? '',
    titleEn: article['data-title-en'] ?? '',
    paragraphs,
  };
}
