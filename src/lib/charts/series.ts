/**
 * An indicator across plans: one column per period, actual and estimate figures as solid dots
 * joined by a line, targets as hollow dots joined by a dashed line that starts from the last
 * figure before them. Marks that share a period sit side by side. The value axis always includes
 * zero (drawn as a line), so a change looks as large as it is.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { isHollow, type ChartMark, type FigureKind } from './chart-spec.ts';
import { firstPerPeriod, orderMarks } from './periods.ts';
import { CHART_WIDTH, FONT_SIZE, LABEL_PAD, LINE_HEIGHT, SMALL_FONT_SIZE, centredBaseline, round1, type TextPlacement } from './chart-units.ts';
import { textWidth } from './text-width.ts';

export const DOT_RADIUS = 4.5;
/** Horizontal distance between marks of one period. */
const SAME_PERIOD_OFFSET = 9;
const PLOT_HEIGHT = 140;

export interface SeriesDot {
  figure: string;
  kind: FigureKind;
  period: number;
  hollow: boolean;
  cx: number;
  cy: number;
  r: number;
  /** The value label, when there is room for it. */
  label?: TextPlacement;
}

export interface LegendEntry {
  text: string;
  hollow: boolean;
  /** The key dot's centre; the text starts to its right. */
  cx: number;
  cy: number;
  label: TextPlacement;
}

export interface SeriesLayout {
  width: number;
  height: number;
  x: { domain: number[]; range: [number, number]; step: number };
  y: { domain: [number, number]; range: [number, number] };
  zeroLine: { y: number; x1: number; x2: number };
  /** The line through actual and estimate figures (an actual wins over an estimate of the same period), or null. */
  realizedPath: string | null;
  /** The dashed line through targets, or null. */
  targetPath: string | null;
  dots: SeriesDot[];
  periodLabels: TextPlacement[];
  legend: LegendEntry[];
}

export interface SeriesOptions {
  /** The value label of a mark (its display, possibly marked as an estimate or target). */
  valueText?: (mark: ChartMark) => string;
  /** Legend texts: for solid (actual or estimate) and hollow (target) dots. Entries appear for kinds present. */
  legend: { realized: string; target: string };
}

export function layoutSeries(marks: readonly ChartMark[], options: SeriesOptions): SeriesLayout {
  if (marks.length === 0) throw new RangeError('series chart: no marks');
  const valueText = options.valueText ?? ((m: ChartMark) => m.display);
  const ordered = orderMarks(marks);
  const periods = [...new Set(ordered.map((m) => m.period))];

  const legend = layoutLegend(ordered, options.legend);
  const plotTop = (legend.length > 0 ? LINE_HEIGHT + 10 : 0) + LINE_HEIGHT;
  const plotBottom = plotTop + PLOT_HEIGHT;
  // Room for a label below a dot at the zero line, then the years.
  const height = plotBottom + LINE_HEIGHT + SMALL_FONT_SIZE + 10;

  const x = scalePoint<number>().domain(periods).range([0, CHART_WIDTH]).padding(0.5);
  const low = Math.min(0, ...ordered.map((m) => m.value));
  const high = Math.max(0, ...ordered.map((m) => m.value));
  const y = scaleLinear()
    .domain(low === high ? [0, 1] : [low, high])
    .nice()
    .range([plotBottom, plotTop]);

  const placed = ordered.map((mark): SeriesDot => {
    const samePeriod = ordered.filter((m) => m.period === mark.period);
    const offset = (samePeriod.indexOf(mark) - (samePeriod.length - 1) / 2) * SAME_PERIOD_OFFSET;
    return { figure: mark.figure, kind: mark.kind, period: mark.period, hollow: isHollow(mark.kind), cx: round1(x(mark.period)! + offset), cy: round1(y(mark.value)), r: DOT_RADIUS };
  });
  const labels = labelDots(placed, ordered.map(valueText), x.step());
  const dots = placed.map((dot, i) => (labels[i] ? { ...dot, label: labels[i] } : dot));

  const realized = realizedPoints(dots);
  const targets = targetPoints(dots, realized);
  const path = line<SeriesDot>()
    .x((d) => d.cx)
    .y((d) => d.cy)
    .digits(1);
  const [yLow, yHigh] = y.domain() as [number, number];
  return {
    width: CHART_WIDTH,
    height,
    x: { domain: periods, range: [0, CHART_WIDTH], step: round1(x.step()) },
    y: { domain: [yLow, yHigh], range: [plotBottom, plotTop] },
    zeroLine: { y: round1(y(0)), x1: 0, x2: CHART_WIDTH },
    realizedPath: realized.length > 1 ? path(realized) : null,
    targetPath: targets.length > 1 ? path(targets) : null,
    dots,
    periodLabels: periods.map((period) => ({ lines: [String(period)], x: round1(x(period)!), y: [height - 6], anchor: 'middle' })),
    legend,
  };
}

/** One realized dot per period: the actual figure if there is one, else the estimate. */
function realizedPoints(dots: SeriesDot[]): SeriesDot[] {
  return firstPerPeriod(dots.filter((d) => !d.hollow));
}

/** The first target of each period, preceded by the last realized dot before the first target's period. */
function targetPoints(dots: SeriesDot[], realized: SeriesDot[]): SeriesDot[] {
  const targets = firstPerPeriod(dots.filter((d) => d.hollow));
  const first = targets[0];
  const before = first ? realized.filter((d) => d.period < first.period).at(-1) : undefined;
  return before ? [before, ...targets] : targets;
}

/**
 * Value labels above their dots (below, for the lower marks of a shared period). All dots are
 * labelled when the widest label fits a period's column; otherwise the first and last realized
 * figures and the last target, which carry the takeaway.
 */
function labelDots(dots: SeriesDot[], texts: string[], step: number): (TextPlacement | undefined)[] {
  const widest = Math.max(...texts.map((t) => textWidth(t, FONT_SIZE)));
  const realized = dots.filter((d) => !d.hollow);
  const targets = dots.filter((d) => d.hollow);
  const labelled = widest + LABEL_PAD <= step ? new Set(dots) : new Set([realized[0], realized.at(-1), targets.at(-1)].filter((d) => d !== undefined));
  return dots.map((dot, i) => {
    if (!labelled.has(dot)) return undefined;
    const text = texts[i]!;
    const highest = dots.filter((d) => d.period === dot.period).every((d) => d.cy >= dot.cy);
    const baseline = highest ? dot.cy - dot.r - LABEL_PAD : dot.cy + dot.r + LABEL_PAD + FONT_SIZE * 0.75;
    const half = textWidth(text, FONT_SIZE) / 2;
    // Keep a label inside the chart: centred on its dot unless that runs off an edge.
    const cx = Math.min(Math.max(dot.cx, half), CHART_WIDTH - half);
    return { lines: [text], x: round1(cx), y: [round1(baseline)], anchor: 'middle' };
  });
}

/**
 * Legend entries, left to right, when the chart has targets (hollow dots need a key besides
 * their shape): one for each kind of dot present, solid first.
 */
function layoutLegend(marks: ChartMark[], texts: SeriesOptions['legend']): LegendEntry[] {
  if (!marks.some((m) => isHollow(m.kind))) return [];
  const entries = [{ text: texts.target, hollow: true }];
  if (marks.some((m) => !isHollow(m.kind))) entries.unshift({ text: texts.realized, hollow: false });
  let x = DOT_RADIUS + 1;
  const cy = LINE_HEIGHT / 2 + 1;
  return entries.map((entry) => {
    const placed = { ...entry, cx: round1(x), cy, label: { lines: [entry.text], x: round1(x + DOT_RADIUS + LABEL_PAD), y: [centredBaseline(cy, SMALL_FONT_SIZE)], anchor: 'start' as const } };
    x += DOT_RADIUS + LABEL_PAD + textWidth(entry.text, SMALL_FONT_SIZE) + 18;
    return placed;
  });
}
