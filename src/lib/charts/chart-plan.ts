/**
 * Which mini-charts follow a paragraph, decided by its figures (the ingest writes the decision
 * into the MDX, so a reviewer sees every chart as a diff):
 * - a share bar for percentages of a whole (`服务业增加值占比 55.8%`), even a single one when it is
 *   a tracked indicator;
 * - ranked bars for two or more comparable figures: amounts in one unit, or growth rates;
 * - a small series when the paragraph reports a tracked indicator that has values from more than
 *   one year or kind across the plans (the first such indicator in print).
 * Figures are comparable when they share a unit and are all targets or all outcomes; of several
 * figures with one label (a list under `分别`, a level before and after) only the first is drawn,
 * so each mark is a different thing.
 */
import type { FigureDirection, FigureKind } from '../figures/figures.ts';

/** What the plan needs to know of a figure. */
export interface ChartableFigure {
  id: string;
  unit: string;
  kind: FigureKind;
  direction: FigureDirection | null;
  label_zh: string;
  indicator: string | null;
}

export type ChartPlacement = { type: 'share' | 'bars'; figures: string[] } | { type: 'series'; indicator: string };

/** At most this many comparisons after one paragraph (plus one series): a phone screen should still show the text. */
const MAX_COMPARISONS_PER_PARAGRAPH = 2;

const GROWTH_LABEL = /(?:增速|增长|增幅)$/;
const RATE_INDICATOR = /-(?:growth|change)$/;

/** A percentage that measures change (a growth rate) rather than a part of a whole. */
function isRate(figure: ChartableFigure): boolean {
  if (figure.indicator) return RATE_INDICATOR.test(figure.indicator);
  return figure.direction !== null || GROWTH_LABEL.test(figure.label_zh);
}

function comparisonKey(figure: ChartableFigure): string {
  const measure = figure.unit !== 'percent' ? figure.unit : isRate(figure) ? 'rate' : 'share';
  return `${measure}/${figure.kind === 'target' ? 'target' : 'outcome'}`;
}

/**
 * The charts that follow one paragraph. `seriesLength` gives how many points an indicator has
 * across every plan (see `indicator-series.ts`).
 */
export function planParagraphCharts(figures: readonly ChartableFigure[], seriesLength: (indicator: string) => number): ChartPlacement[] {
  const groups = new Map<string, ChartableFigure[]>();
  // A reference value (a statutory limit, the level before a change) is no result to compare.
  for (const figure of figures.filter((f) => f.kind !== 'reference')) {
    const group = groups.get(comparisonKey(figure)) ?? [];
    if (!group.some((f) => f.label_zh === figure.label_zh)) group.push(figure);
    groups.set(comparisonKey(figure), group);
  }
  const charts: ChartPlacement[] = [];
  for (const [key, group] of groups) {
    const share = key.startsWith('share/');
    const trackedShare = share && group.some((f) => f.indicator !== null);
    if (group.length >= 2 || trackedShare) charts.push({ type: share ? 'share' : 'bars', figures: group.map((f) => f.id) });
  }
  const tracked = figures.find((f) => f.indicator !== null && seriesLength(f.indicator) >= 2);
  const series: ChartPlacement[] = tracked?.indicator ? [{ type: 'series', indicator: tracked.indicator }] : [];
  return [...charts.slice(0, MAX_COMPARISONS_PER_PARAGRAPH), ...series];
}
