/**
 * Recognises the numbered lines that carry a plan's hierarchy. The `#` marks of the extraction
 * are unreliable (the same level appears as `##`, `###` and `####`, or not at all), so a line's
 * level comes from its numbering alone: which marker opens it (`一、`, `（一）`, `第一部分`) and
 * which level the genre's numbering scheme gives that marker.
 *
 * Extraction damages the numbering in known ways, and each is read through and reported so the
 * log can list it: ASCII brackets (`(一)`), spaces inside or around the marker (`（ 一 ）`,
 * `一 、`), and the full stop that older plans print after a heading (`（一）…成效明显。`).
 *
 * Whether a numbered line is a heading is a question of shape. A heading is one short clause run
 * with no sentence end inside it: at most 60 characters (a full stop may end it), and up to 100
 * without a full stop read as an unusually long heading (the caller logs that). A line whose first
 * sentence is heading-shaped and that then runs on is a run-in heading (`（一）…成效明显。全区…`);
 * anything else is prose that merely opens with a numeral, as body text may (`二、三产业增加值…`).
 */
import { parseChineseNumeral } from '../numerals.ts';

export type HeadingLevel = 'part' | 'subsection';

/** The numbering markers the plans use: `一、`, `（一）`, `第一部分`. */
export type MarkerId = 'dun' | 'paren' | 'part-word';

const NUMERAL = '[一二三四五六七八九十]+';

const MARKERS: Record<MarkerId, { pattern: RegExp; canonical: (numeral: string) => string }> = {
  dun: { pattern: new RegExp(`^(${NUMERAL})\\s*、\\s*`), canonical: (n) => `${n}、` },
  paren: { pattern: new RegExp(`^[（(]\\s*(${NUMERAL})\\s*[）)]\\s*`), canonical: (n) => `（${n}）` },
  'part-word': { pattern: new RegExp(`^第\\s*(${NUMERAL})\\s*部分\\s*`), canonical: (n) => `第${n}部分` },
};

export const MARKER_IDS = Object.keys(MARKERS) as MarkerId[];

/** How a marker is printed when undamaged (`（三）`), for messages and the log. */
export function canonicalMarker(marker: MarkerId, numeral: string): string {
  return MARKERS[marker].canonical(numeral);
}

/** A heading line is short; up to this many characters it is read without remark. */
export const MAX_HEADING_LENGTH = 60;
/** Longer than this, a numbered line is not taken for a heading at all. */
export const MAX_LONG_HEADING_LENGTH = 100;

/** Ends a sentence inside a heading candidate. */
const SENTENCE_END = /[。！？!?；;]/;
/** A heading does not end like a clause that goes on. */
const OPEN_ENDING = /[，,、：:；;]$/;

export type LineShape =
  /** A heading line, at most MAX_HEADING_LENGTH characters. */
  | 'heading'
  /** A heading line longer than MAX_HEADING_LENGTH, up to MAX_LONG_HEADING_LENGTH. */
  | 'long-heading'
  /** A heading-shaped first sentence, then more text on the same line. */
  | 'run-in'
  | 'prose';

export interface NumberedLine {
  marker: MarkerId;
  /** The numeral as printed (`三`). */
  numeral: string;
  /** Its value (3). */
  number: number;
  /** The marker as printed, surrounding spaces excluded (`( 三 )`). */
  printed: string;
  shape: LineShape;
  /**
   * Where the heading ends in the line: the whole line, or for a run-in heading the end of its
   * first sentence. Undefined for prose.
   */
  headingEnd: number | undefined;
  /** The heading's title: after the marker, without a trailing full stop; empty for prose. */
  title: string;
  /** Whether the heading ends with a full stop (left out of the title, kept in the text). */
  fullStop: boolean;
}

function shapeOf(text: string, titleStart: number): Pick<NumberedLine, 'shape' | 'headingEnd' | 'title' | 'fullStop'> {
  const prose = { shape: 'prose', headingEnd: undefined, title: '', fullStop: false } as const;
  const rest = text.slice(titleStart);
  const end = rest.search(SENTENCE_END);
  const sentence = end === -1 ? rest : rest.slice(0, end + 1);
  const fullStop = sentence.endsWith('。');
  const title = (fullStop ? sentence.slice(0, -1) : sentence).trim();
  if (title === '' || OPEN_ENDING.test(title) || (end !== -1 && !fullStop)) return prose;
  const headingEnd = titleStart + sentence.length;
  // A sentence ending in a full stop is a heading only when short; a long one is prose.
  if (headingEnd > (fullStop ? MAX_HEADING_LENGTH : MAX_LONG_HEADING_LENGTH)) return prose;
  const runsOn = text.slice(headingEnd).trim() !== '';
  if (runsOn) return { shape: 'run-in', headingEnd, title, fullStop };
  return { shape: headingEnd > MAX_HEADING_LENGTH ? 'long-heading' : 'heading', headingEnd, title, fullStop };
}

/** Reads a line (heading marks already removed) that opens with the given marker; undefined if it does not. */
export function readNumberedLine(text: string, marker: MarkerId): NumberedLine | undefined {
  const match = MARKERS[marker].pattern.exec(text);
  const number = match && parseChineseNumeral(match[1]!);
  if (!match || !number) return undefined;
  const line = { marker, numeral: match[1]!, number, printed: match[0].trim() };
  // `二、三产业…`, `一、二类…`: numerals counted off in a row name things; they number nothing.
  const following = new RegExp(`^${NUMERAL}`).exec(text.slice(match[0].length))?.[0];
  if (marker === 'dun' && following && parseChineseNumeral(following) === number + 1) {
    return { ...line, shape: 'prose', headingEnd: undefined, title: '', fullStop: false };
  }
  return { ...line, ...shapeOf(text, match[0].length) };
}

/** Whether the line is a heading by its shape alone (any marker): such a line is never joined to the next. */
export function isHeadingShaped(text: string, markers: readonly MarkerId[] = MARKER_IDS): boolean {
  return markers.some((marker) => {
    const shape = readNumberedLine(text, marker)?.shape;
    return shape === 'heading' || shape === 'long-heading';
  });
}

/** The level of a heading line (a whole line, not run in) under a numbering scheme; undefined for any other line. */
export function headingLevel(text: string, scheme: { part: MarkerId; subsection: MarkerId }): HeadingLevel | undefined {
  return (['part', 'subsection'] as const).find((level) => {
    const shape = readNumberedLine(text, scheme[level])?.shape;
    return shape === 'heading' || shape === 'long-heading';
  });
}
