/** Marks in time: the order in which series and sparklines read them, and one mark per period. */
import type { ChartMark, FigureKind } from './chart-spec.ts';

/** Within a period an actual comes before an estimate, and both before a target. */
const KIND_ORDER: Record<FigureKind, number> = { actual: 0, estimate: 1, target: 2 };

/** Marks by period, then actual, estimate, target within a period. */
export function orderMarks(marks: readonly ChartMark[]): ChartMark[] {
  return [...marks].sort((a, b) => a.period - b.period || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The first item of each period, in order: from ordered marks, the actual over the estimate. */
export function firstPerPeriod<T extends { period: number }>(items: readonly T[]): T[] {
  const byPeriod = new Map<number, T>();
  for (const item of items) if (!byPeriod.has(item.period)) byPeriod.set(item.period, item);
  return [...byPeriod.values()];
}
