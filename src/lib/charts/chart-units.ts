/**
 * The drawing units every chart shares, in CSS pixels. Charts are laid out for the narrowest
 * column they appear in, a 320 px phone less the page's margins, and stretch horizontally to any
 * wider column while text keeps its size (`bar-rows.ts`); coordinates are rounded to 0.1 so the
 * markup (and its snapshots) are stable.
 */
export const CHART_MIN_WIDTH = 288;
/** Labels and values. */
export const FONT_SIZE = 14;
/** Axis labels (years). */
export const SMALL_FONT_SIZE = 13;
/** One line of label text. */
export const LINE_HEIGHT = 18;
/** Space between a bar's end and its value label, or the label and the bar's edge. */
export const LABEL_PAD = 5;

/** Text as drawn: lines (usually one), where they sit and how they align on x. */
export interface TextPlacement {
  /** One entry per line. */
  lines: string[];
  x: number;
  /** The baseline of each line. */
  y: number[];
  anchor: 'start' | 'middle' | 'end';
}

/** Rounds a coordinate to 0.1. */
export function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The y of a text baseline that centres a line of `fontSize` text on `middle` (cap height ≈ 0.7em). */
export function centredBaseline(middle: number, fontSize: number): number {
  return round1(middle + fontSize * 0.35);
}
