/**
 * Cuts a paragraph into segments (between ； and 。) and clauses (between ，；： and 。), with their
 * offsets. Clauses are the translation units of prose paragraphs: small enough to translate
 * faithfully, large enough to carry one statement.
 */

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

function split(text: string, delimiters: RegExp): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(delimiters)) {
    const raw = text.slice(start, match.index);
    if (raw.trim() !== '') spans.push(trimmed(raw, start));
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim() !== '') spans.push(trimmed(text.slice(start), start));
  return spans;
}

function trimmed(raw: string, start: number): TextSpan {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: start + lead, end: start + lead + text.length };
}

/** Segments: the statements between ； and 。 (a list of results is one sentence with ；). */
export function segmentsOf(text: string): TextSpan[] {
  return split(text, /[；;。！？!?]/g);
}

/** Whether a segment only introduces what follows (`主要特点是：`) and says nothing itself. */
export function introducesList(segment: TextSpan): boolean {
  return /[：:]$/.test(segment.text);
}

/** Clauses of a segment, with offsets in the paragraph. */
export function clausesOf(paragraph: string, segment: TextSpan): TextSpan[] {
  return split(paragraph.slice(segment.start, segment.end), /[，,：:]/g).map((c) => ({ ...c, start: c.start + segment.start, end: c.end + segment.start }));
}
