/**
 * Which charts follow a paragraph, decided by what its text says relates its figures
 * (`figure-relations.ts`); the ingest writes the decision into the MDX, so a reviewer sees every
 * chart as a diff:
 * - a whole and its parts (`其中`);
 * - growth rates of named sectors in one year, ranked;
 * - shares of one whole; a share on its own too, unless the paragraph's series already shows it;
 * - an indicator across years: the first tracked indicator the paragraph reports that has values
 *   for two or more points in the plan's window of years (`series-window.ts`).
 * A paragraph whose figures the text does not relate gets no comparison, however many share a unit.
 */
import type { RelatableFigure, SectorForms } from './figure-relations.ts';
import { sectorGrowthGroups, shareGroups, wholesAndParts } from './figure-relations.ts';

export type ChartPlacement =
  | { type: 'parts'; whole: string; figures: string[] }
  | { type: 'growth'; figures: string[] }
  | { type: 'share'; figures: string[] }
  | { type: 'series'; indicator: string };

export interface ParagraphFigures {
  text: string;
  figures: readonly RelatableFigure[];
}

export interface ChartPlanContext {
  /** How many points an indicator has in the window of years of the paragraph's plan. */
  seriesLength: (indicator: string) => number;
  sectors: SectorForms;
}

/** At most this many comparisons after one paragraph (plus one series): a phone screen should still show the text. */
const MAX_COMPARISONS_PER_PARAGRAPH = 2;

export function planParagraphCharts({ text, figures }: ParagraphFigures, { seriesLength, sectors }: ChartPlanContext): ChartPlacement[] {
  const tracked = figures.find((f) => f.kind !== 'reference' && f.indicator !== null && seriesLength(f.indicator) >= 2)?.indicator ?? null;
  const startOf = new Map(figures.map((f) => [f.id, f.start]));
  const comparisons: ChartPlacement[] = [
    ...wholesAndParts(text, figures).map(({ whole, parts }): ChartPlacement => ({ type: 'parts', whole: whole.id, figures: parts.map((p) => p.id) })),
    ...sectorGrowthGroups(figures, sectors).map((group): ChartPlacement => ({ type: 'growth', figures: group.map((f) => f.id) })),
    ...shareGroups(figures)
      .filter((group) => tracked === null || group.length > 1 || group[0]!.indicator !== tracked)
      .map((group): ChartPlacement => ({ type: 'share', figures: group.map((f) => f.id) })),
  ];
  const first = (chart: ChartPlacement) => (chart.type === 'series' ? Infinity : startOf.get(chart.type === 'parts' ? chart.whole : chart.figures[0]!)!);
  const ordered = comparisons.sort((a, b) => first(a) - first(b)).slice(0, MAX_COMPARISONS_PER_PARAGRAPH);
  return tracked ? [...ordered, { type: 'series', indicator: tracked }] : ordered;
}
