/**
 * Recognises the numbered headings that carry a plan's hierarchy. The `#` marks of the
 * extraction are unreliable (the same level appears as `##`, `###` and `####`, or not at all),
 * so a line's level comes from its numbering alone: `一、` opens a part, `（一）` a sub-section.
 */
import { parseChineseNumeral } from '../numerals.ts';

export type HeadingLevel = 'part' | 'subsection';

export interface Heading {
  level: HeadingLevel;
  /** The numeral as printed (`三`). */
  numeral: string;
  /** Its value (3). */
  number: number;
  /** The heading text after the numbering. */
  title: string;
}

/** A heading line is short and is not a sentence; body text that merely starts with `一、` is not one. */
const MAX_HEADING_LENGTH = 60;

const PART_HEADING = /^([一二三四五六七八九十]+)、\s*(\S.*)$/;
const SUBSECTION_HEADING = /^[（(]([一二三四五六七八九十]+)[）)]\s*(\S.*)$/;

/** Classifies a line (heading marks already removed); undefined for anything but a heading. */
export function parseHeading(line: string): Heading | undefined {
  if (line.length > MAX_HEADING_LENGTH || /[。；;：:！？!?]$/.test(line)) return undefined;
  for (const [level, pattern] of [['part', PART_HEADING], ['subsection', SUBSECTION_HEADING]] as const) {
    const match = pattern.exec(line);
    const number = match && parseChineseNumeral(match[1]!);
    if (match && number) return { level, numeral: match[1]!, number, title: match[2]!.trim() };
  }
  return undefined;
}
