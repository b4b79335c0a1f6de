/**
 * Points inside a paragraph: `一是…，二是…，三是…`. Reports to the people's congress list their
 * measures this way; each point is a clause of its own, and its marker is no part of what the
 * point says (a figure's label never starts with `二是`).
 */
import { parseChineseNumeral } from '../numerals.ts';

/** A point marker, as the figure labeller strips it from a phrase's start. */
export const POINT_MARKER = '[一二三四五六七八九十]+是';

/** A marker opens the paragraph or a clause. */
const MARKER_AT_CLAUSE_START = new RegExp(`(?<=^|[。；：，,;:！？])\\s*(${POINT_MARKER})`, 'g');


export type PointReading = { points: number[] } | { broken: string } | undefined;

/**
 * Where each point starts, when the paragraph's markers count 一是, 二是, … (a new count may start
 * again at 一是); `broken` names the markers when they do not; undefined when there are none.
 */
export function readPoints(text: string): PointReading {
  const found = [...text.matchAll(MARKER_AT_CLAUSE_START)].map((m) => ({
    start: m.index + m[0].length - m[1]!.length,
    marker: m[1]!,
    number: parseChineseNumeral(m[1]!.slice(0, -1)) ?? 0,
  }));
  if (found.length === 0) return undefined;
  const counts = found.every((p, i) => p.number === 1 || (i > 0 && p.number === found[i - 1]!.number + 1));
  if (!counts || found.length < 2 || found[0]!.number !== 1) return { broken: found.map((p) => p.marker).join('、') };
  return { points: found.map((p) => p.start) };
}
