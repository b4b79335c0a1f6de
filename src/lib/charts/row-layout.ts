/**
 * Rows of labelled bars (share bars and ranked bars). Short labels sit in a column beside the
 * bars; when the longest label would take more than a third of the width, every label goes on
 * its own line(s) above its bar instead, so bars keep enough length to compare on a phone.
 */
import { CHART_WIDTH, FONT_SIZE, LABEL_PAD, LINE_HEIGHT, centredBaseline, round1, type TextPlacement } from './chart-units.ts';
import { textWidth, wrapText } from './text-width.ts';

export const BAR_HEIGHT = 22;
/** The widest label column, as a share of the chart width, before labels move above the bars. */
const SIDE_LABEL_SHARE = 1 / 3;
const SIDE_ROW_GAP = 8;
const STACKED_ROW_GAP = 12;

export interface RowFrame {
  label: TextPlacement;
  /** The vertical extent of the row's bar. */
  band: { y: number; height: number };
}

export interface RowLayout {
  mode: 'side' | 'stacked';
  /** Where bars may start and end horizontally. */
  plotStart: number;
  plotEnd: number;
  rows: RowFrame[];
  height: number;
}

export function layoutRows(labels: readonly string[], width = CHART_WIDTH): RowLayout {
  const labelColumn = Math.max(0, ...labels.map((label) => textWidth(label, FONT_SIZE)));
  return labelColumn <= width * SIDE_LABEL_SHARE ? sideRows(labels, labelColumn, width) : stackedRows(labels, width);
}

function sideRows(labels: readonly string[], labelColumn: number, width: number): RowLayout {
  const rows = labels.map((label, i): RowFrame => {
    const y = i * (BAR_HEIGHT + SIDE_ROW_GAP);
    return {
      label: { lines: [label], x: round1(labelColumn), y: [centredBaseline(y + BAR_HEIGHT / 2, FONT_SIZE)], anchor: 'end' },
      band: { y, height: BAR_HEIGHT },
    };
  });
  return { mode: 'side', plotStart: round1(labelColumn + 2 * LABEL_PAD), plotEnd: width, rows, height: height(rows) };
}

function stackedRows(labels: readonly string[], width: number): RowLayout {
  let y = 0;
  const rows = labels.map((label): RowFrame => {
    const lines = wrapText(label, width, FONT_SIZE);
    const baselines = lines.map((_, line) => round1(y + (line + 1) * LINE_HEIGHT - (LINE_HEIGHT - FONT_SIZE)));
    const bandY = round1(y + lines.length * LINE_HEIGHT + 2);
    y = bandY + BAR_HEIGHT + STACKED_ROW_GAP;
    return { label: { lines, x: 0, y: baselines, anchor: 'start' }, band: { y: bandY, height: BAR_HEIGHT } };
  });
  return { mode: 'stacked', plotStart: 0, plotEnd: width, rows, height: height(rows) };
}

function height(rows: RowFrame[]): number {
  const last = rows.at(-1);
  return last ? round1(last.band.y + last.band.height + 1) : 0;
}
