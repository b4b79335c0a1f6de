/** Chart marks for tests: a figure id, label and display derived from the value unless given. */
import type { ChartMark, FigureKind } from '../../src/lib/charts/chart-spec.ts';

let next = 0;

export function mark(value: number, overrides: Partial<ChartMark> & { kind?: FigureKind } = {}): ChartMark {
  next += 1;
  return { figure: `test-p1-0-1-${next}`, label: `Figure ${next}`, value, display: `${value} units`, kind: 'actual', period: 2021, ...overrides };
}
