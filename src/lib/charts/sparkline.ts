/**
 * A sparkline for a table of indicators: the trend of the actual and estimate figures as a line
 * with the latest one dotted, targets as hollow dots, on a scale that starts at zero (drawn as a
 * baseline), so a fall from 0.5% to −0.6% looks like the small change it is. No text: the row
 * beside it carries the numbers, and a key beside the table says what the marks are.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { isHollow, type ChartMark, type FigureKind } from './chart-spec.ts';
import { round1 } from './chart-units.ts';
import { firstPerPeriod, orderMarks } from './periods.ts';

export const SPARKLINE_WIDTH = 96;
export const SPARKLINE_HEIGHT = 24;
/** Room for a dot's radius and stroke at the edges. */
const INSET = 3.5;
const DOT_RADIUS = 2.5;

export interface SparkDot {
  figure: string;
  kind: FigureKind;
  hollow: boolean;
  cx: number;
  cy: number;
  r: number;
}

export interface SparklineLayout {
  width: number;
  height: number;
  /** Through the actual and estimate figures, one per period (an actual wins); null with fewer than two. */
  path: string | null;
  /** The y of zero. */
  zero: number;
  /** Every target, then the latest realized figure. */
  dots: SparkDot[];
}

export function layoutSparkline(marks: readonly ChartMark[]): SparklineLayout {
  const ordered = orderMarks(marks);
  const periods = [...new Set(ordered.map((m) => m.period))];
  // One period alone sits in the middle rather than at the start.
  const x = scalePoint<number>().domain(periods).range([INSET, SPARKLINE_WIDTH - INSET]).padding(periods.length === 1 ? 0.5 : 0);
  const values = ordered.map((m) => m.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const y = scaleLinear()
    .domain(low === high ? [0, 1] : [low, high])
    .range([SPARKLINE_HEIGHT - INSET, INSET]);

  const realized = firstPerPeriod(ordered.filter((m) => !isHollow(m.kind)));
  const point = (m: ChartMark) => [round1(x(m.period)!), round1(y(m.value))] as const;
  const dot = (m: ChartMark): SparkDot => {
    const [cx, cy] = point(m);
    return { figure: m.figure, kind: m.kind, hollow: isHollow(m.kind), cx, cy, r: DOT_RADIUS };
  };
  const latest = realized.at(-1);
  return {
    width: SPARKLINE_WIDTH,
    height: SPARKLINE_HEIGHT,
    zero: round1(y(0)),
    path: realized.length > 1 ? line<ChartMark>().x((m) => point(m)[0]).y((m) => point(m)[1]).digits(1)(realized) : null,
    // Targets first, so the latest figure is drawn over a target of the same value rather than hidden by it.
    dots: [...ordered.filter((m) => isHollow(m.kind)).map(dot), ...(latest ? [dot(latest)] : [])],
  };
}
