/**
 * Parses a plan's text into notice, title, parts, sections and paragraphs.
 *
 * The genre is fixed (notice → title → part 一 reviewing last year → part 二 planning this year,
 * each with an intro, numbered sub-sections and closing paragraphs) but the extraction is not:
 * `#` levels are arbitrary and paragraphs are broken at PDF page breaks. The hierarchy therefore
 * comes from the numbering, and a paragraph that ends without closing punctuation is joined with
 * the next one, each join logged. Anything that does not fit the genre (no parts, numbering out
 * of order, a file that stops mid-sentence) is an IngestError naming the line.
 */
import { editorialTitle } from './editorial-titles.ts';
import { parseHeading, type Heading } from './headings.ts';
import { IngestError } from './ingest-error.ts';
import { parseNotice, type Notice } from './notice.ts';
import type { Paragraph, Part, PartRole, Section } from './plan-model.ts';
import { readSourceLines, type Normalization, type SourceLine } from './source-lines.ts';
import { topicPhraseOf } from './topic-sentence.ts';

export interface ParsedPlan {
  notice: Notice;
  title_zh: string;
  titleLine: number;
  parts: Part[];
  /** Every change from source to pages, in source order. */
  normalizations: Normalization[];
}

/** A sentence (or the notice's disclosure line) is complete when it ends like this. */
export const CLOSING_PUNCTUATION = /[。！？!?；;：:…][”’」』）)]*$/;

/** How many characters of each side a join's log entry quotes. */
const JOIN_CONTEXT = 8;

interface Block {
  line: number;
  text: string;
}

/** Joins lines broken at page breaks into whole paragraphs, logging each join. */
function joinBrokenParagraphs(lines: SourceLine[], file: string, normalizations: Normalization[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const { line, text } of lines) {
    if (open) {
      if (parseHeading(text)) {
        throw new IngestError(file, open.line, `a paragraph ends mid-sentence ("…${open.text.slice(-JOIN_CONTEXT)}") before the heading at line ${line}`);
      }
      normalizations.push({
        kind: 'page-break-join',
        line,
        before: '\n',
        after: '',
        context: `${open.text.slice(-JOIN_CONTEXT)}⏎${text.slice(0, JOIN_CONTEXT)}`,
      });
      open.text += text;
    } else {
      open = { line, text };
      blocks.push(open);
    }
    if (parseHeading(open.text) || CLOSING_PUNCTUATION.test(open.text)) open = undefined;
  }
  if (open) {
    throw new IngestError(file, open.line, `the file ends mid-sentence ("…${open.text.slice(-JOIN_CONTEXT)}"): is it truncated?`);
  }
  return blocks;
}

/** Checks that headings of one level count 1, 2, 3… without gaps or repeats. */
function expectNextNumber(heading: Heading, previous: { number: number; line: number } | undefined, line: number, file: string): void {
  const expected = (previous?.number ?? 0) + 1;
  if (heading.number === expected) return;
  const label = heading.level === 'part' ? `part ${heading.numeral}、` : `sub-section （${heading.numeral}）`;
  if (previous && heading.number === previous.number) {
    throw new IngestError(file, line, `duplicated numbering: ${label} again (also at line ${previous.line})`);
  }
  throw new IngestError(file, line, `numbering skips: ${label} where number ${expected} was expected`);
}

function paragraphsOf(blocks: Block[], part: number, section: number): Paragraph[] {
  return blocks.map((b, i) => ({ id: `p${part}-${section}-${i + 1}`, text: b.text, line: b.line }));
}

/**
 * Splits a part's last sub-section from its closing paragraphs: the trailing paragraphs that do
 * not open with a topic sentence, when the sub-section itself does.
 */
function splitClosing(blocks: Block[]): { body: Block[]; closing: Block[] } {
  let cut = blocks.length;
  while (cut > 1 && topicPhraseOf(blocks[cut - 1]!.text) === undefined) cut--;
  if (cut === blocks.length || topicPhraseOf(blocks[0]!.text) === undefined) return { body: blocks, closing: [] };
  return { body: blocks.slice(0, cut), closing: blocks.slice(cut) };
}

interface PartDraft {
  heading: Heading;
  headingText: string;
  line: number;
  intro: Block[];
  subsections: { heading: Heading; headingText: string; line: number; blocks: Block[] }[];
}

function buildPart(draft: PartDraft, role: PartRole): Part {
  const part = draft.heading.number;
  const sections: Section[] = [];
  if (draft.intro.length > 0) {
    sections.push({
      id: `${part}-0`, part, index: 0, kind: 'intro',
      title_zh: editorialTitle('intro', role), title_editorial: true,
      paragraphs: paragraphsOf(draft.intro, part, 0),
    });
  }
  draft.subsections.forEach((sub, i) => {
    const isLast = i === draft.subsections.length - 1;
    const { body, closing } = isLast ? splitClosing(sub.blocks) : { body: sub.blocks, closing: [] };
    const index = sub.heading.number;
    sections.push({
      id: `${part}-${index}`, part, index, kind: 'subsection',
      heading_zh: sub.headingText, numeral: sub.heading.numeral, title_zh: sub.heading.title, title_editorial: false,
      paragraphs: paragraphsOf(body, part, index),
    });
    if (closing.length > 0) {
      sections.push({
        id: `${part}-${index + 1}`, part, index: index + 1, kind: 'closing',
        title_zh: editorialTitle('closing', role), title_editorial: true,
        paragraphs: paragraphsOf(closing, part, index + 1),
      });
    }
  });
  return { index: part, numeral: draft.heading.numeral, role, heading_zh: draft.headingText, title_zh: draft.heading.title, line: draft.line, sections };
}

/** Parses a decoded plan text; `file` names it in errors. */
export function parsePlan(text: string, file: string): ParsedPlan {
  const { lines, normalizations } = readSourceLines(text);
  const firstPart = lines.findIndex((l) => parseHeading(l.text)?.level === 'part');
  if (firstPart === -1) {
    throw new IngestError(file, lines[0]?.line ?? 1, 'no part heading such as "一、2020 年国民经济和社会发展规划执行情况": the plan\'s structure cannot be read');
  }
  if (firstPart < 2) {
    throw new IngestError(file, lines[firstPart]!.line, 'a part heading before the notice and the plan title');
  }
  const titleLine = lines[firstPart - 1]!;
  const notice = parseNotice(lines.slice(0, firstPart - 1), file);

  const drafts: PartDraft[] = [];
  for (const block of joinBrokenParagraphs(lines.slice(firstPart), file, normalizations)) {
    const heading = parseHeading(block.text);
    const current = drafts.at(-1);
    if (heading?.level === 'part') {
      expectNextNumber(heading, current && { number: current.heading.number, line: current.line }, block.line, file);
      drafts.push({ heading, headingText: block.text, line: block.line, intro: [], subsections: [] });
    } else if (heading?.level === 'subsection') {
      const previous = current!.subsections.at(-1);
      expectNextNumber(heading, previous && { number: previous.heading.number, line: previous.line }, block.line, file);
      current!.subsections.push({ heading, headingText: block.text, line: block.line, blocks: [] });
    } else {
      (current!.subsections.at(-1)?.blocks ?? current!.intro).push(block);
    }
  }
  for (const draft of drafts) {
    const empty = draft.subsections.find((s) => s.blocks.length === 0);
    if (empty) throw new IngestError(file, empty.line, `sub-section （${empty.heading.numeral}） has no text`);
    if (draft.subsections.length === 0 && draft.intro.length === 0) {
      throw new IngestError(file, draft.line, `part ${draft.heading.numeral}、 has no text`);
    }
  }
  if (drafts.length < 2) {
    const last = lines.at(-1)!;
    throw new IngestError(file, last.line, 'only one part: a plan reviews the past year (一、) and sets this year\'s targets (二、); is the file truncated?');
  }
  normalizations.sort((a, b) => a.line - b.line);
  return {
    notice,
    title_zh: titleLine.text,
    titleLine: titleLine.line,
    parts: drafts.map((d, i) => buildPart(d, i === 0 ? 'review' : 'plan')),
    normalizations,
  };
}
