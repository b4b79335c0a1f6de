/**
 * An indicator tracked across plans: every figure that is a value of it, one point per year and
 * kind, in time order. Plans repeat headline figures (the overview and the section both print GRP
 * growth), so a (period, kind) already seen keeps its first mention, in the order of the plans.
 */
import type { FigureRecord } from './figure-record.ts';
import type { FigureKind } from './figures.ts';

const KIND_ORDER: Readonly<Record<Exclude<FigureKind, 'reference'>, number>> = { actual: 0, estimate: 1, target: 2 };

/** A value a series shows: results and goals, not the references they are measured against. */
type SeriesPoint = FigureRecord & { kind: Exclude<FigureKind, 'reference'> };

/** The points of one indicator, oldest period first; within a period actual, estimate, target. */
export function indicatorSeries(figures: readonly FigureRecord[], indicator: string): SeriesPoint[] {
  const seen = new Set<string>();
  const points: SeriesPoint[] = [];
  for (const figure of [...figures].filter((f): f is SeriesPoint => f.indicator === indicator && f.kind !== 'reference').sort((a, b) => a.plan - b.plan)) {
    const key = `${figure.period}/${figure.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push(figure);
  }
  return points.sort((a, b) => a.period - b.period || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The value a reader asks for first: the most recent outcome (actual or estimate), else the latest target. */
export function latestPoint(points: readonly FigureRecord[]): FigureRecord | undefined {
  return points.findLast((p) => p.kind !== 'target') ?? points.at(-1);
}

/** Every indicator with at least one value, with its points, in the order of `ids` (the registry's). */
export function trackedIndicators(figures: readonly FigureRecord[], ids: Iterable<string>): { id: string; points: FigureRecord[] }[] {
  return [...ids].map((id) => ({ id, points: indicatorSeries(figures, id) })).filter(({ points }) => points.length > 0);
}
