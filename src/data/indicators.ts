/**
 * Tracked indicators and targets against outcomes, as the pages and data files see them: the
 * registry of the termbase joined with every published figure.
 */
import type { FigureRecord } from '../lib/figures/figure-record.ts';
import { indicatorSeries, latestPoint } from '../lib/figures/indicator-series.ts';
import { matchTargets, type TargetOutcome } from '../lib/figures/target-outcomes.ts';
import type { Indicator } from '../lib/termbase/termbase.ts';
import { getSummaries } from './summaries.ts';
import { indicatorRegistry } from './termbase.ts';

export interface TrackedIndicator {
  id: string;
  indicator: Indicator;
  /** One point per period and kind, oldest first. */
  points: FigureRecord[];
  latest: FigureRecord;
}

let figures: Promise<FigureRecord[]> | undefined;

/** Every published figure of every plan, gathered once per build (every chart and table asks). */
export function allFigures(): Promise<FigureRecord[]> {
  figures ??= getSummaries().then((summaries) => summaries.flatMap((s) => s.figures));
  return figures;
}

let tracked: Promise<TrackedIndicator[]> | undefined;

/** Every registered indicator with at least one published value, in registry order. */
export function getTrackedIndicators(): Promise<TrackedIndicator[]> {
  tracked ??= allFigures().then((figures) =>
    [...indicatorRegistry()].flatMap(([id, indicator]) => {
      const points = indicatorSeries(figures, id);
      const latest = latestPoint(points);
      return latest ? [{ id, indicator, points, latest }] : [];
    }),
  );
  return tracked;
}

export async function trackedIndicator(id: string): Promise<TrackedIndicator> {
  const found = (await getTrackedIndicators()).find((t) => t.id === id);
  if (!found) throw new Error(`indicator ${id} has no published values (content/termbase/indicators.yaml)`);
  return found;
}

let outcomes: Promise<TargetOutcome[]> | undefined;

/** Every target a plan sets for its own year, with the outcome the next plan reports. */
export function getTargetOutcomes(): Promise<TargetOutcome[]> {
  const registry = indicatorRegistry();
  outcomes ??= allFigures().then((figures) => matchTargets(figures, (id) => registry.get(id)?.better));
  return outcomes;
}

/** Years of targets the targets page shows; every year has a page of its own too. */
export const TARGET_YEARS_SHOWN = 3;

/** The plan years that set targets: those whose outcomes are reported first, newest first within each. */
export function targetYears(outcomes: readonly TargetOutcome[]): number[] {
  const judged = (year: number) => outcomes.some((o) => o.target.plan === year && o.status !== 'pending');
  return [...new Set(outcomes.map((o) => o.target.plan))].sort((a, b) => Number(judged(b)) - Number(judged(a)) || b - a);
}

/** The name of an indicator in a page's language. */
export function indicatorName(indicator: Indicator, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? indicator.zh[0]! : indicator.en;
}
