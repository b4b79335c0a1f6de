/**
 * Share bars: each mark a percentage of a whole, drawn as a fill in a full-width track that
 * stands for 100%, one row per mark in the order given.
 */
import { scaleLinear } from 'd3-scale';
import { isHollow, type ChartMark, type FigureKind } from './chart-spec.ts';
import { round1, type TextPlacement } from './chart-units.ts';
import { layoutRows } from './row-layout.ts';
import { placeValueLabel, type Rect, type ValuePlacement } from './value-label.ts';

export interface ShareRow {
  figure: string;
  kind: FigureKind;
  hollow: boolean;
  label: TextPlacement;
  /** The whole (100%). */
  track: Rect;
  /** The share. */
  fill: Rect;
  value: ValuePlacement;
}

export interface ShareLayout {
  width: number;
  height: number;
  scale: { domain: [number, number]; range: [number, number] };
  rows: ShareRow[];
}

/**
 * @param valueText the value label of a mark (its display, possibly marked as an estimate)
 * @throws RangeError when a value is not a percentage between 0 and 100
 */
export function layoutShareBars(marks: readonly ChartMark[], valueText: (mark: ChartMark) => string = (m) => m.display): ShareLayout {
  for (const mark of marks) {
    if (!(mark.value >= 0 && mark.value <= 100)) throw new RangeError(`share chart: figure ${mark.figure} (${mark.label}) is ${mark.value}, not a percentage between 0 and 100`);
  }
  const frame = layoutRows(marks.map((m) => m.label));
  const x = scaleLinear().domain([0, 100]).range([frame.plotStart, frame.plotEnd]);
  const rows = marks.map((mark, i): ShareRow => {
    const { label, band } = frame.rows[i]!;
    const track = { x: frame.plotStart, y: band.y, width: round1(frame.plotEnd - frame.plotStart), height: band.height };
    const fill = { x: frame.plotStart, y: band.y, width: round1(x(mark.value) - frame.plotStart), height: band.height };
    return { figure: mark.figure, kind: mark.kind, hollow: isHollow(mark.kind), label, track, fill, value: placeValueLabel(valueText(mark), fill, 'right') };
  });
  return { width: frame.plotEnd, height: frame.height, scale: { domain: [0, 100], range: [frame.plotStart, frame.plotEnd] }, rows };
}
