/**
 * Rows of horizontal bars: the one geometry every chart draws (shares, a whole and its parts,
 * growth rates ranked, an indicator year by year). Each row has a label and one or two bars
 * from a zero line (a year's outcome solid, its target hollow, on the same row), each bar with
 * its value beside or inside it, so every mark carries its number and no axis is needed. Bars
 * start at zero, so lengths compare honestly; negative values grow leftwards.
 *
 * The layout is computed for the narrowest column a chart appears in (`CHART_MIN_WIDTH`) and
 * drawn with horizontal positions as percentages of the chart's width, text at a fixed size.
 * Every horizontal constraint has the form "a share of the width ≥ a text's width" (a label fits
 * its column, a value fits inside its bar or in the room past it), so what holds at the narrowest
 * width holds in any wider column: charts fill the column and labels never collide.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { isHollow, type FigureKind } from './chart-spec.ts';
import { CHART_MIN_WIDTH, FONT_SIZE, LABEL_PAD, LINE_HEIGHT, SMALL_FONT_SIZE, centredBaseline, round1, type TextPlacement } from './chart-units.ts';
import { textWidth, wrapText } from './text-width.ts';
import { fitsInside, outsideRoom, placeValueLabel, type Rect, type ValuePlacement } from './value-label.ts';

export interface BarInput {
  figure: string;
  kind: FigureKind;
  value: number;
  /** The value label as printed beside the bar. */
  text: string;
}

export interface RowInput {
  label: string;
  /** One bar, or two drawn one above the other (an outcome and the target of the same year). */
  bars: readonly BarInput[];
}

/** How a mark looks: a solid bar (an outcome), a hollow one (a target), the track of a whole. */
export type MarkStyle = 'solid' | 'hollow' | 'track';

export interface LegendInput {
  style: MarkStyle;
  text: string;
}

export interface BarRowsOptions {
  /** A fixed value range (0–100 for shares, 0–the whole for parts); otherwise zero to the extremes. */
  domain?: [number, number];
  /** A track across the whole domain behind each row's bars: the whole a share or a part is of. */
  track?: boolean;
  /** A key for each mark style drawn. */
  legend: readonly LegendInput[];
}

export interface PlacedBar {
  figure: string;
  kind: FigureKind;
  hollow: boolean;
  rect: Rect;
  value: ValuePlacement;
}

export interface PlacedRow {
  label: TextPlacement;
  track: Rect | null;
  bars: PlacedBar[];
}

export interface PlacedLegend {
  style: MarkStyle;
  swatch: Rect;
  label: TextPlacement;
}

export interface BarRowsLayout {
  /** The width laid out for; x coordinates are drawn as shares of it. */
  width: number;
  height: number;
  scale: { domain: [number, number]; range: [number, number] };
  legend: PlacedLegend[];
  rows: PlacedRow[];
  /** The zero line: one span beside a label column, one per row when labels sit above the bars. */
  zeroLine: { x: number; spans: { y1: number; y2: number }[] };
}

const SINGLE_BAR = 22;
const PAIRED_BAR = 18;
const PAIR_GAP = 2;
/** The widest label column, as a share of the width, before labels move above their bars. */
const SIDE_LABEL_SHARE = 1 / 3;
const SIDE_ROW_GAP = 8;
const STACKED_ROW_GAP = 12;
const SWATCH = { width: 14, height: 12 };
const LEGEND_GAP = 16;

/** A layout of `rows`, each label and value given as it is printed. */
export function layoutBarRows(rows: readonly RowInput[], options: BarRowsOptions, width = CHART_MIN_WIDTH): BarRowsLayout {
  if (rows.length === 0 || rows.some((row) => row.bars.length === 0 || row.bars.length > 2)) throw new RangeError('bar rows: every row needs one or two bars');
  const legend = layoutLegend(options.legend, width);
  const top = legend.length === 0 ? 0 : round1(Math.max(...legend.map((l) => l.swatch.y + l.swatch.height)) + 10);
  const frame = layoutFrame(rows, width, top);
  const bars = rows.flatMap((row) => row.bars);
  const domain = options.domain ?? valueDomain(bars.map((b) => b.value));
  for (const bar of bars) {
    if (bar.value < domain[0] || bar.value > domain[1]) throw new RangeError(`bar rows: figure ${bar.figure} is ${bar.value}, outside ${domain[0]}–${domain[1]}`);
  }
  // First reserve room for every value outside its bar; then only for those that do not fit
  // inside. Bars only lengthen from the first scale to the second, so a value that fitted still does.
  const zeroValue = Math.max(domain[0], Math.min(0, domain[1]));
  const everyValue = scaleFor(domain, frame, bars, () => true);
  const x = scaleFor(domain, frame, bars, (bar) => !fitsInside(bar.text, Math.abs(everyValue(bar.value) - everyValue(zeroValue))));
  const zero = round1(x(zeroValue));
  const placed = rows.map((row, i): PlacedRow => {
    const { label, band } = frame.rows[i]!;
    const height = row.bars.length === 1 ? SINGLE_BAR : PAIRED_BAR;
    return {
      label,
      track: options.track ? { x: round1(x(domain[0])), y: band.y, width: round1(x(domain[1]) - x(domain[0])), height: band.height } : null,
      bars: row.bars.map((bar, j): PlacedBar => {
        const end = round1(x(bar.value));
        const rect = { x: Math.min(zero, end), y: round1(band.y + j * (height + PAIR_GAP)), width: round1(Math.abs(end - zero)), height };
        return { figure: bar.figure, kind: bar.kind, hollow: isHollow(bar.kind), rect, value: placeValueLabel(bar.text, rect, bar.value < 0 ? 'left' : 'right') };
      }),
    };
  });
  const [start, stop] = x.range() as [number, number];
  return {
    width,
    height: frame.height,
    scale: { domain, range: [round1(start), round1(stop)] },
    legend,
    rows: placed,
    zeroLine: {
      x: zero,
      spans: frame.mode === 'side' ? [{ y1: top, y2: frame.height }] : frame.rows.map(({ band }) => ({ y1: round1(band.y - 3), y2: round1(band.y + band.height + 3) })),
    },
  };
}

interface RowFrame {
  label: TextPlacement;
  /** The vertical extent of the row's bars. */
  band: { y: number; height: number };
}

interface Frame {
  mode: 'side' | 'stacked';
  /** Where bars may start and end horizontally. */
  plotStart: number;
  plotEnd: number;
  rows: RowFrame[];
  height: number;
}

function bandHeight(row: RowInput): number {
  return row.bars.length === 1 ? SINGLE_BAR : 2 * PAIRED_BAR + PAIR_GAP;
}

/**
 * Short labels sit in a column beside the bars; when the longest would take more than a third of
 * the width, every label goes on its own line(s) above its bars, so bars keep their length.
 */
function layoutFrame(rows: readonly RowInput[], width: number, top: number): Frame {
  const labelColumn = Math.max(...rows.map((row) => textWidth(row.label, FONT_SIZE)));
  let y = top;
  if (labelColumn <= width * SIDE_LABEL_SHARE) {
    const frames = rows.map((row): RowFrame => {
      const band = { y: round1(y), height: bandHeight(row) };
      y += band.height + SIDE_ROW_GAP;
      return { label: { lines: [row.label], x: round1(labelColumn), y: [centredBaseline(band.y + band.height / 2, FONT_SIZE)], anchor: 'end' }, band };
    });
    return { mode: 'side', plotStart: round1(labelColumn + 2 * LABEL_PAD), plotEnd: width, rows: frames, height: bottom(frames) };
  }
  const frames = rows.map((row): RowFrame => {
    const lines = wrapText(row.label, width, FONT_SIZE);
    const baselines = lines.map((_, line) => round1(y + (line + 1) * LINE_HEIGHT - (LINE_HEIGHT - FONT_SIZE)));
    const band = { y: round1(y + lines.length * LINE_HEIGHT + 2), height: bandHeight(row) };
    y = band.y + band.height + STACKED_ROW_GAP;
    return { label: { lines, x: 0, y: baselines, anchor: 'start' }, band };
  });
  return { mode: 'stacked', plotStart: 0, plotEnd: width, rows: frames, height: bottom(frames) };
}

function bottom(rows: RowFrame[]): number {
  const last = rows.at(-1)!;
  return round1(last.band.y + last.band.height + 1);
}

/** Keys left to right, wrapping to a new line when the next would run past the width. */
function layoutLegend(entries: readonly LegendInput[], width: number): PlacedLegend[] {
  let x = 0;
  let line = 0;
  return entries.map((entry) => {
    const needed = SWATCH.width + LABEL_PAD + textWidth(entry.text, SMALL_FONT_SIZE);
    if (x > 0 && x + needed > width) {
      x = 0;
      line += 1;
    }
    const middle = line * LINE_HEIGHT + LINE_HEIGHT / 2;
    const placed: PlacedLegend = {
      style: entry.style,
      swatch: { x: round1(x), y: round1(middle - SWATCH.height / 2), ...SWATCH },
      label: { lines: [entry.text], x: round1(x + SWATCH.width + LABEL_PAD), y: [centredBaseline(middle, SMALL_FONT_SIZE)], anchor: 'start' },
    };
    x += needed + LEGEND_GAP;
    return placed;
  });
}

/** Always includes zero; all-zero values still get a usable scale. */
function valueDomain(values: number[]): [number, number] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return low === high ? [0, 1] : [low, high];
}

/**
 * A scale over the plot, less the margin on the right that the values chosen by `outside` need.
 * Such a value starts just right of its bar's right-hand end (the far end of a positive bar, the
 * zero line for a negative one), so it needs margin only where too little plot lies beyond that
 * end: for a value at share s of the span, s × (width − margin) + room ≤ width.
 */
function scaleFor(domain: [number, number], frame: Frame, bars: readonly BarInput[], outside: (bar: BarInput) => boolean): ScaleLinear<number, number> {
  const width = frame.plotEnd - frame.plotStart;
  const share = (value: number) => (value - domain[0]) / (domain[1] - domain[0]);
  const margins = bars.flatMap((bar) => {
    if (!outside(bar)) return [];
    const start = share(Math.max(0, bar.value));
    const room = outsideRoom(bar.text);
    return start > 0 ? [width - (width - room) / start] : [room - width];
  });
  return scaleLinear()
    .domain(domain)
    .range([frame.plotStart, frame.plotEnd - Math.max(0, ...margins)]);
}
