/**
 * Where a bar's value label goes: inside the bar at its far end when it fits (set in the on-mark
 * colour), otherwise just past the bar's right-hand end over the background: past the far end of
 * a positive bar, past the zero line for a negative one, so labels never need room on the left.
 */
import { FONT_SIZE, LABEL_PAD, centredBaseline, round1, type TextPlacement } from './chart-units.ts';
import { textWidth } from './text-width.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ValuePlacement extends TextPlacement {
  inside: boolean;
}

/** Whether `text` fits inside a bar of `length` with padding on both sides. */
export function fitsInside(text: string, length: number): boolean {
  return textWidth(text, FONT_SIZE) + 2 * LABEL_PAD <= length;
}

/** The room a label needs outside a bar: the gap plus its width. */
export function outsideRoom(text: string): number {
  return LABEL_PAD + textWidth(text, FONT_SIZE);
}

/** Places `text` on `bar`, which grows rightwards from zero (or leftwards, for a negative value). */
export function placeValueLabel(text: string, bar: Rect, grows: 'right' | 'left'): ValuePlacement {
  const y = [centredBaseline(bar.y + bar.height / 2, FONT_SIZE)];
  const right = bar.x + bar.width;
  if (!fitsInside(text, bar.width)) return { lines: [text], x: round1(right + LABEL_PAD), y, anchor: 'start', inside: false };
  return grows === 'right'
    ? { lines: [text], x: round1(right - LABEL_PAD), y, anchor: 'end', inside: true }
    : { lines: [text], x: round1(bar.x + LABEL_PAD), y, anchor: 'start', inside: true };
}
