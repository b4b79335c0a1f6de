/**
 * Tracked indicators and targets against outcomes, as the pages and data files see them: the
 * registry of the termbase joined with every published figure.
 */
import type { FigureRecord } from '../lib/compose-summary.ts';
import { indicatorSeries, latestPoint } from '../lib/indicator-series.ts';
import { matchTargets, type TargetOutcome } from '../lib/target-outcomes.ts';
import type { Indicator } from '../lib/termbase.ts';
import { getSummaries } from './summaries.ts';
import { indicatorRegistry } from './termbase.ts';

export interface TrackedIndicator {
  id: string;
  indicator: Indicator;
  /** One point per period and kind, oldest first. */
  points: FigureRecord[];
  latest: FigureRecord;
}

export async function allFigures(): Promise<FigureRecord[]> {
  return (await getSummaries()).flatMap((s) => s.figures);
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

/** Every target a plan sets for its own year, with the outcome the next plan reports. */
export async function getTargetOutcomes(): Promise<TargetOutcome[]> {
  const registry = indicatorRegistry();
  return matchTargets(await allFigures(), (id) => registry.get(id)?.better);
}

/** The name of an indicator in a page's language. */
export function indicatorName(indicator: Indicator, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? indicator.zh[0]! : indicator.en;
}
