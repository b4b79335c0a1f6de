/**
 * Recognises the numbered headings that carry a plan's hierarchy. The `#` marks of the
 * extraction are unreliable (the same level appears as `##`, `###` and `####`, or not at all),
 * so a line's level comes from its numbering alone: `一、` opens a part, `（一）` a sub-section.
 */

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

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a heading numeral from 一 to 九十九 (`十二` = 12, `二十` = 20), or undefined. */
export function headingNumeralValue(numeral: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral === '') return undefined;
  const [, tensDigit, ten, units] = match;
  if (!ten) return tensDigit && !units ? DIGITS[tensDigit] : undefined;
  return (tensDigit ? DIGITS[tensDigit]! : 1) * 10 + (units ? DIGITS[units]! : 0);
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
    const number = match && headingNumeralValue(match[1]!);
    if (match && number) return { level, numeral: match[1]!, number, title: match[2]!.trim() };
  }
  return undefined;
}
