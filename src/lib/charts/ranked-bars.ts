/**
 * Ranked bars: amounts in one unit, largest first, drawn from a zero line (negative amounts grow
 * leftwards). Value labels sit inside a bar when they fit; the scale leaves just enough room on
 * the right for the labels that do not.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { isHollow, type ChartMark, type FigureKind } from './chart-spec.ts';
import { round1, type TextPlacement } from './chart-units.ts';
import { layoutRows, type RowLayout } from './row-layout.ts';
import { fitsInside, outsideRoom, placeValueLabel, type Rect, type ValuePlacement } from './value-label.ts';

export interface BarRow {
  figure: string;
  kind: FigureKind;
  hollow: boolean;
  label: TextPlacement;
  bar: Rect;
  value: ValuePlacement;
}

export interface BarsLayout {
  width: number;
  height: number;
  scale: { domain: [number, number]; range: [number, number] };
  /** The zero line: one span across all rows beside a label column, one per bar when labels sit above the bars (so it does not cross them). */
  zeroLine: { x: number; spans: { y1: number; y2: number }[] };
  rows: BarRow[];
}

/** Largest first; equal amounts keep the order given. */
export function rankMarks(marks: readonly ChartMark[]): ChartMark[] {
  return [...marks].sort((a, b) => b.value - a.value);
}

/** @param valueText the value label of a mark (its display, possibly marked as an estimate) */
export function layoutRankedBars(marks: readonly ChartMark[], valueText: (mark: ChartMark) => string = (m) => m.display): BarsLayout {
  const ranked = rankMarks(marks);
  const texts = ranked.map(valueText);
  const frame = layoutRows(ranked.map((m) => m.label));
  const domain = valueDomain(ranked.map((m) => m.value));
  // First reserve room for every label outside its bar; then only for those that did not fit
  // inside. Bars only lengthen from the first scale to the second, so a label that fitted still does.
  const everyLabel = scaleFor(domain, frame, ranked, texts, () => true);
  const x = scaleFor(domain, frame, ranked, texts, (mark, text) => !fitsInside(text, barLength(everyLabel, mark.value)));
  const zero = round1(x(0));
  const rows = ranked.map((mark, i): BarRow => {
    const { label, band } = frame.rows[i]!;
    const end = round1(x(mark.value));
    const bar = { x: Math.min(zero, end), y: band.y, width: round1(Math.abs(end - zero)), height: band.height };
    return { figure: mark.figure, kind: mark.kind, hollow: isHollow(mark.kind), label, bar, value: placeValueLabel(texts[i]!, bar, mark.value < 0 ? 'left' : 'right') };
  });
  const [start, stop] = x.range() as [number, number];
  return {
    width: frame.plotEnd,
    height: frame.height,
    scale: { domain, range: [round1(start), round1(stop)] },
    zeroLine: { x: zero, spans: frame.mode === 'side' ? [{ y1: 0, y2: frame.height }] : frame.rows.map(({ band }) => ({ y1: round1(band.y - 3), y2: round1(band.y + band.height + 3) })) },
    rows,
  };
}

/** Always includes zero; all-zero amounts still get a usable scale. */
function valueDomain(values: number[]): [number, number] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return low === high ? [0, 1] : [low, high];
}

function barLength(x: ScaleLinear<number, number>, value: number): number {
  return Math.abs(x(value) - x(0));
}

/**
 * A scale over the plot width, less the margin on the right that the labels chosen by `outside`
 * need. Such a label starts just right of its bar's right-hand end (the far end of a positive bar,
 * the zero line for a negative one), so it needs margin only where too little plot lies beyond
 * that end: for a label at share s of the span, s × (width − margin) + room ≤ width.
 */
function scaleFor(
  domain: [number, number],
  frame: RowLayout,
  marks: ChartMark[],
  texts: string[],
  outside: (mark: ChartMark, text: string) => boolean,
): ScaleLinear<number, number> {
  const width = frame.plotEnd - frame.plotStart;
  const share = (value: number) => (value - domain[0]) / (domain[1] - domain[0]);
  const margins = marks.flatMap((mark, i) => {
    const text = texts[i]!;
    if (!outside(mark, text)) return [];
    const start = share(Math.max(0, mark.value));
    return start > 0 ? [width - (width - outsideRoom(text)) / start] : [];
  });
  return scaleLinear()
    .domain(domain)
    .range([frame.plotStart, frame.plotEnd - Math.max(0, ...margins)]);
}
