/**
 * Parses a plan's text into its head (issuing notice or report head), title, parts, sections and
 * paragraphs, following the genre it is published in (`genres.ts`).
 *
 * The genre is data, and the extraction is unreliable: `#` levels are arbitrary, paragraphs are
 * broken at PDF page breaks, and numbering is damaged (`headings.ts`). The hierarchy therefore
 * comes from the numbering, read against the sequence it must continue: a numbered line becomes a
 * heading when its shape and its number both say so. A paragraph that ends without closing
 * punctuation is joined with the next one. Every join, every damaged heading read through and
 * every choice between readings (a run-in heading split off, an unusually long heading accepted,
 * a numbered line kept as a paragraph) is logged. What fits no reading (no parts, numbering out of
 * order or restarting, a part without the sub-sections its genre has, a file that stops
 * mid-sentence) is an IngestError naming the line and what was expected.
 */
import { genreById, GENRES, recogniseGenres, type Genre, type GenreId, type NumberingScheme, type PartShape } from './genres.ts';
import { canonicalMarker, isHeadingShaped, MARKER_IDS, MAX_HEADING_LENGTH, readNumberedLine, type NumberedLine } from './headings.ts';
import { IngestError } from './ingest-error.ts';
import { parseNotice, type Notice } from './notice.ts';
import { ROLE_OF_PURPOSE, type Decision, type Paragraph, type Part, type Section } from './plan-model.ts';
import { readPoints } from './points.ts';
import { parseReportHead, type Report } from './report.ts';
import { readSourceLines, type Normalization, type SourceLine } from './source-lines.ts';
import { topicPhraseOf } from './topic-sentence.ts';

export interface ParsedPlan {
  genre: GenreId;
  /** The issuing notice, in a genre that has one. */
  notice?: Notice;
  /** The report's head, in the report genre. */
  report?: Report;
  title_zh: string;
  titleLine: number;
  parts: Part[];
  /** Every change from source to pages, in source order. */
  normalizations: Normalization[];
  /** Every choice between readings, in source order. */
  decisions: Decision[];
}

export interface ParseOptions {
  /** The genre the catalogue names; recognised from the document when absent. */
  genre?: GenreId | undefined;
  /** Where the catalogue names it (`plans.yaml:14`), for messages. */
  catalogEntry?: string;
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
      if (isHeadingShaped(text)) {
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
    if (isHeadingShaped(open.text) || CLOSING_PUNCTUATION.test(open.text)) open = undefined;
  }
  if (open) {
    throw new IngestError(file, open.line, `the file ends mid-sentence ("…${open.text.slice(-JOIN_CONTEXT)}"): is it truncated?`);
  }
  return blocks;
}

function paragraphsOf(blocks: Block[], part: number, section: number): Paragraph[] {
  return blocks.map((b, i) => ({ id: `p${part}-${section}-${i + 1}`, text: b.text, line: b.line }));
}

/**
 * Splits a part's last sub-section from its closing paragraphs. Where the genre has a closing
 * formula (`各位代表，`), the closing starts at the paragraph that opens with it; otherwise it is the
 * trailing paragraphs that do not open with a topic sentence, when the sub-section itself does.
 */
function splitClosing(blocks: Block[], shape: PartShape): { body: Block[]; closing: Block[] } {
  const formula = shape.closingFormula;
  const byFormula = formula ? blocks.findIndex((b, i) => i > 0 && formula.test(b.text)) : -1;
  if (byFormula > 0) return { body: blocks.slice(0, byFormula), closing: blocks.slice(byFormula) };
  let cut = blocks.length;
  while (cut > 1 && topicPhraseOf(blocks[cut - 1]!.text) === undefined) cut--;
  if (cut === blocks.length || topicPhraseOf(blocks[0]!.text) === undefined) return { body: blocks, closing: [] };
  return { body: blocks.slice(0, cut), closing: blocks.slice(cut) };
}

interface SubsectionDraft {
  heading: NumberedLine;
  headingText: string;
  line: number;
  blocks: Block[];
}

interface PartDraft {
  heading: NumberedLine;
  headingText: string;
  line: number;
  shape: PartShape;
  intro: Block[];
  subsections: SubsectionDraft[];
}

function buildPart(draft: PartDraft): Part {
  const part = draft.heading.number;
  const { shape } = draft;
  const sections: Section[] = [];
  if (draft.intro.length > 0) {
    sections.push({
      id: `${part}-0`, part, index: 0, kind: 'intro',
      title_zh: shape.intro_zh, title_editorial: true,
      paragraphs: paragraphsOf(draft.intro, part, 0),
    });
  }
  draft.subsections.forEach((sub, i) => {
    const isLast = i === draft.subsections.length - 1;
    const { body, closing } = isLast ? splitClosing(sub.blocks, shape) : { body: sub.blocks, closing: [] };
    const index = sub.heading.number;
    sections.push({
      id: `${part}-${index}`, part, index, kind: 'subsection',
      heading_zh: sub.headingText, numeral: sub.heading.numeral, title_zh: sub.heading.title, title_editorial: false,
      paragraphs: paragraphsOf(body, part, index),
    });
    if (closing.length > 0) {
      sections.push({
        id: `${part}-${index + 1}`, part, index: index + 1, kind: 'closing',
        title_zh: shape.closing_zh, title_editorial: true,
        paragraphs: paragraphsOf(closing, part, index + 1),
      });
    }
  });
  return {
    index: part, numeral: draft.heading.numeral, role: ROLE_OF_PURPOSE[shape.purpose], purpose: shape.purpose,
    heading_zh: draft.headingText, title_zh: draft.heading.title, line: draft.line, sections,
  };
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
const countOf = (n: number, noun: string) => `${COUNT_WORDS[n] ?? n} ${noun}${n === 1 ? '' : 's'}`;

/** The genre the catalogue names, checked against the document, or the one the document shows. */
function chooseGenre(lines: SourceLine[], file: string, options: ParseOptions, decisions: Decision[]): Genre {
  const recognised = recogniseGenres(lines);
  const first = lines[0]!;
  const quote = ({ line, text }: { line: number; text: string }) => `line ${line}: "${text}"`;
  if (options.genre) {
    const named = genreById(options.genre);
    if (recognised.some((r) => r.genre === named)) return named;
    const where = options.catalogEntry ?? 'the catalogue';
    const other = recognised[0];
    if (other) {
      throw new IngestError(file, other.line, `${where} gives genre ${named.id}, but the document opens like ${other.genre.name} (${other.genre.id}) at ${quote(other)}`);
    }
    throw new IngestError(file, first.line, `${where} gives genre ${named.id}, but the document does not open like ${named.name}: expected a line such as "${named.signatureExample}"`);
  }
  if (recognised.length === 1) {
    const [found] = recognised as [(typeof recognised)[number]];
    decisions.push({ kind: 'genre', line: found.line, note: `genre ${found.genre.id} (${found.genre.name}), recognised from ${quote(found)}` });
    return found.genre;
  }
  if (recognised.length > 1) {
    throw new IngestError(file, first.line, `the document opens like more than one genre (${recognised.map((r) => r.genre.id).join(', ')}): name its genre in the catalogue`);
  }
  const expected = GENRES.map((g) => `"${g.signatureExample}" (${g.id})`).join(' or ');
  throw new IngestError(file, first.line, `the document's genre cannot be recognised from its opening lines: expected a line such as ${expected}`);
}

/** The first part heading (numbered 1) and the numbering scheme it shows. */
function findFirstPart(lines: SourceLine[], genre: Genre, file: string, decisions: Decision[]): { index: number; scheme: NumberingScheme } {
  for (const [index, { text, line }] of lines.entries()) {
    for (const [i, scheme] of genre.numbering.entries()) {
      const heading = readNumberedLine(text, scheme.part);
      if (heading?.number !== 1 || (heading.shape !== 'heading' && heading.shape !== 'long-heading')) continue;
      if (i > 0) {
        decisions.push({
          kind: 'numbering',
          line,
          note: `parts numbered ${canonicalMarker(scheme.part, '一')}, sub-sections ${canonicalMarker(scheme.subsection, '一')}, as the first part heading shows`,
        });
      }
      return { index, scheme };
    }
  }
  throw new IngestError(file, lines[0]?.line ?? 1, `no part heading such as "${genre.firstPartExample}": the plan's structure cannot be read`);
}

/** Reads the parts and sub-sections of the body, against the sequence their numbering must follow. */
class Outline {
  readonly drafts: PartDraft[] = [];
  /** Paragraphs before the first part (a report's opening). */
  readonly opening: Block[] = [];
  private readonly genre: Genre;
  private readonly scheme: NumberingScheme;
  private readonly file: string;
  private readonly normalizations: Normalization[];
  private readonly decisions: Decision[];

  constructor(genre: Genre, scheme: NumberingScheme, file: string, normalizations: Normalization[], decisions: Decision[]) {
    this.genre = genre;
    this.scheme = scheme;
    this.file = file;
    this.normalizations = normalizations;
    this.decisions = decisions;
  }

  add(block: Block): void {
    const part = readNumberedLine(block.text, this.scheme.part);
    const subsection = readNumberedLine(block.text, this.scheme.subsection);
    const current = this.drafts.at(-1);
    if (part && this.takePart(part, block)) return;
    if (subsection && current && this.takeSubsection(subsection, block, current)) return;
    const numbered = part ?? subsection ?? MARKER_IDS.map((m) => readNumberedLine(block.text, m)).find(Boolean);
    if (numbered) this.keepAsParagraph(numbered, block, part || subsection ? undefined : 'its numbering is not one this document uses for parts or sub-sections');
    if (!current) this.opening.push(block);
    else (current.subsections.at(-1)?.blocks ?? current.intro).push(block);
  }

  private takePart(heading: NumberedLine, block: Block): boolean {
    if (heading.shape !== 'heading' && heading.shape !== 'long-heading') return false;
    const previous = this.drafts.at(-1);
    this.expectNext(heading, 'part', previous && { heading: previous.heading, line: previous.line }, block.line);
    const shape = this.genre.parts[this.drafts.length];
    if (!shape) {
      throw new IngestError(this.file, block.line, `part ${canonicalMarker(heading.marker, heading.numeral)}: ${this.genre.name} has only ${countOf(this.genre.parts.length, 'part')} (${this.describeParts()})`);
    }
    this.logHeading(heading, block, 'part');
    this.drafts.push({ heading, headingText: block.text, line: block.line, shape, intro: [], subsections: [] });
    return true;
  }

  private takeSubsection(heading: NumberedLine, block: Block, part: PartDraft): boolean {
    const previous = part.subsections.at(-1);
    const expected = (previous?.heading.number ?? 0) + 1;
    const label = `sub-section ${canonicalMarker(heading.marker, heading.numeral)}`;
    if (heading.shape === 'heading' || heading.shape === 'long-heading') {
      this.expectNext(heading, 'subsection', previous && { heading: previous.heading, line: previous.line }, block.line);
      this.logHeading(heading, block, 'subsection');
      part.subsections.push({ heading, headingText: block.text, line: block.line, blocks: [] });
      return true;
    }
    if (heading.number !== expected) return false;
    if (heading.shape === 'run-in') {
      const headingText = block.text.slice(0, heading.headingEnd);
      const paragraph = { line: block.line, text: block.text.slice(heading.headingEnd).trimStart() };
      this.decisions.push({
        kind: 'run-in-heading',
        line: block.line,
        note: `"${headingText}" read as the heading of ${label}, run in with the paragraph that follows it on the line`,
      });
      this.logHeading(heading, block, 'subsection');
      part.subsections.push({ heading, headingText, line: block.line, blocks: [paragraph] });
      return true;
    }
    throw new IngestError(
      this.file,
      block.line,
      `the line opens with ${canonicalMarker(heading.marker, heading.numeral)}, the next sub-section's number, but is no heading (${block.text.length} characters, no short first sentence): expected a heading line such as "${canonicalMarker(heading.marker, heading.numeral)}…" of at most ${MAX_HEADING_LENGTH} characters`,
    );
  }

  /** A numbered line read as a paragraph: logged, since it looked like a heading. */
  private keepAsParagraph(numbered: NumberedLine, block: Block, reason?: string): void {
    const why =
      reason ??
      (numbered.shape === 'prose' ? 'it reads as prose, not as a heading'
      : numbered.shape === 'run-in' ? 'it runs on after its first sentence, and its number does not continue the sequence'
      : 'its number does not continue the sequence');
    this.decisions.push({
      kind: 'numbered-paragraph',
      line: block.line,
      note: `"${block.text.slice(0, 16)}…" opens with ${canonicalMarker(numbered.marker, numbered.numeral)} but is read as a paragraph: ${why}`,
    });
  }

  /** Headings of one level count 1, 2, 3… without gaps, repeats or restarts. */
  private expectNext(heading: NumberedLine, level: 'part' | 'subsection', previous: { heading: NumberedLine; line: number } | undefined, line: number): void {
    const expected = (previous?.heading.number ?? 0) + 1;
    if (heading.number === expected) return;
    const name = (h: NumberedLine) => `${level === 'part' ? 'part' : 'sub-section'} ${canonicalMarker(h.marker, h.numeral)}`;
    if (previous && heading.number === previous.heading.number) {
      throw new IngestError(this.file, line, `duplicated numbering: ${name(heading)} again (also at line ${previous.line})`);
    }
    if (previous && heading.number < previous.heading.number) {
      throw new IngestError(this.file, line, `numbering restarts: ${name(heading)} after ${name(previous.heading)} at line ${previous.line}, where number ${expected} was expected`);
    }
    throw new IngestError(this.file, line, `numbering skips: ${name(heading)} where number ${expected} was expected`);
  }

  /** Logs what reading the heading took: damaged numbering, a full stop, an unusual length. */
  private logHeading(heading: NumberedLine, block: Block, level: 'part' | 'subsection'): void {
    const canonical = canonicalMarker(heading.marker, heading.numeral);
    if (heading.printed !== canonical) {
      this.normalizations.push({ kind: 'heading-numbering', line: block.line, before: heading.printed, after: canonical });
    }
    if (heading.fullStop) this.normalizations.push({ kind: 'heading-full-stop', line: block.line, before: '。', after: '' });
    if (heading.shape === 'long-heading') {
      this.decisions.push({
        kind: 'long-heading',
        line: block.line,
        note: `a ${level === 'part' ? 'part' : 'sub-section'} heading of ${block.text.length} characters (usually at most ${MAX_HEADING_LENGTH}), read as ${canonical} because it continues the numbering and has no sentence end`,
      });
    }
  }

  describeParts(): string {
    return this.genre.parts.map((p, i) => `${p.about} (${canonicalMarker(this.scheme.part, '一二三四五六七八九十'[i]!)})`).join(', ');
  }
}

/** Checks the parts found against the genre: each has text, and the sub-sections the genre gives it. */
function checkParts(outline: Outline, genre: Genre, lastLine: number, file: string): void {
  const { drafts } = outline;
  for (const draft of drafts) {
    const empty = draft.subsections.find((s) => s.blocks.length === 0);
    if (empty) throw new IngestError(file, empty.line, `sub-section ${canonicalMarker(empty.heading.marker, empty.heading.numeral)} has no text`);
    const label = `part ${canonicalMarker(draft.heading.marker, draft.heading.numeral)}`;
    if (draft.subsections.length === 0 && draft.intro.length === 0) throw new IngestError(file, draft.line, `${label} has no text`);
    if (draft.shape.subsections === 'required' && draft.subsections.length === 0) {
      throw new IngestError(
        file,
        draft.line,
        `${label} has no sub-sections, but in ${genre.name} ${draft.shape.about} is divided into numbered sub-sections: is a sub-section heading damaged beyond reading?`,
      );
    }
  }
  if (drafts.length < genre.parts.length) {
    throw new IngestError(file, lastLine, `only ${countOf(drafts.length, 'part')}: ${genre.name} has ${COUNT_WORDS[genre.parts.length]}, ${outline.describeParts()}; is the file truncated?`);
  }
}

/** Marks the paragraphs made of `一是…二是…` points, in a genre that has them; logs markers that do not count. */
function readParagraphPoints(parts: Part[], decisions: Decision[]): void {
  for (const paragraph of parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs))) {
    const reading = readPoints(paragraph.text);
    if (!reading) continue;
    if ('points' in reading) paragraph.points = reading.points;
    else decisions.push({ kind: 'points', line: paragraph.line, note: `the markers ${reading.broken} do not count 一是, 二是, …: the paragraph is read as prose, not as points` });
  }
}

/** Parses a decoded plan text; `file` names it in errors. */
export function parsePlan(text: string, file: string, options: ParseOptions = {}): ParsedPlan {
  const { lines, normalizations } = readSourceLines(text);
  if (lines.length === 0) throw new IngestError(file, undefined, 'the file holds no text');
  const decisions: Decision[] = [];
  const genre = chooseGenre(lines, file, options, decisions);
  const { index: firstPart, scheme } = findFirstPart(lines, genre, file, decisions);

  let head: Pick<ParsedPlan, 'notice' | 'report' | 'title_zh' | 'titleLine'>;
  let bodyStart: number;
  if (genre.head === 'notice') {
    if (firstPart < 2) throw new IngestError(file, lines[firstPart]!.line, 'a part heading before the notice and the plan title');
    const titleLine = lines[firstPart - 1]!;
    head = { notice: parseNotice(lines.slice(0, firstPart - 1), file), title_zh: titleLine.text, titleLine: titleLine.line };
    bodyStart = firstPart;
  } else {
    const read = parseReportHead(lines.slice(0, firstPart), genre.address!, file, normalizations);
    head = { report: { ...read.report, opening_zh: [] }, title_zh: read.report.title_zh, titleLine: lines[0]!.line };
    bodyStart = read.bodyStart;
  }

  const outline = new Outline(genre, scheme, file, normalizations, decisions);
  for (const block of joinBrokenParagraphs(lines.slice(bodyStart), file, normalizations)) outline.add(block);
  checkParts(outline, genre, lines.at(-1)!.line, file);
  if (head.report) {
    head.report.opening_zh = outline.opening.map((b) => b.text);
    head.report.lines.push(...outline.opening.map((b) => ({ ...b, role: 'opening' as const })));
  }

  const parts = outline.drafts.map(buildPart);
  if (genre.points) readParagraphPoints(parts, decisions);
  outline.drafts.forEach(({ shape, line }, i) => {
    const closing = parts[i]!.sections.find((s) => s.kind === 'closing');
    if (!shape.closingFormula || (closing && shape.closingFormula.test(closing.paragraphs[0]!.text))) return;
    decisions.push({
      kind: 'closing',
      line: closing?.paragraphs[0]!.line ?? line,
      note: `no paragraph of part ${parts[i]!.numeral} opens with the closing formula /${shape.closingFormula.source}/: ${closing ? 'its closing paragraphs are those without a topic sentence' : 'it has no closing paragraphs'}`,
    });
  });
  normalizations.sort((a, b) => a.line - b.line);
  decisions.sort((a, b) => a.line - b.line);
  return { genre: genre.id, ...head, parts, normalizations, decisions };
}
