/**
 * The ingest as functions: each read plan, with its figures and the errata, in; its files of
 * `content/plans/` out. A plan's files depend on the other plans only through how many points the
 * indicator series its charts belong to have in its window of years, so a generator can keep each
 * plan's result and redo only the plans whose inputs changed. All checking happens before
 * anything is written, so a bad input leaves `content/` untouched.
 */
import { planParagraphCharts, type ChartPlacement } from '../charts/chart-plan.ts';
import type { SectorForms } from '../charts/figure-relations.ts';
import { inWindow, seriesWindow } from '../charts/series-window.ts';
import type { FigureRecord } from '../figures/figure-record.ts';
import { indicatorSeries } from '../figures/indicator-series.ts';
import { locateErrata, type Erratum } from '../plan/errata.ts';
import type { Decision } from '../plan/plan-model.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import type { Normalization } from '../plan/source-lines.ts';
import { renderPlanMdx, renderSectionMdx } from './plan-mdx.ts';

export interface IngestResult {
  /** Output path relative to `content/plans/` → file content. */
  files: Map<string, string>;
  /** Per plan, what was normalized and what was decided between readings, for the log. */
  log: { plan: number; path: string; normalizations: Normalization[]; decisions: Decision[] }[];
}

/** One plan's files (relative to `content/plans/`) and what the log says of it: plain JSON, so a generator can keep it. */
export interface PlanFiles {
  files: [path: string, content: string][];
  log: IngestResult['log'][number];
}

/**
 * The periods of each indicator's series across every plan: the one thing a plan's charts take
 * from the other plans (a series needs two points in the plan's window of years).
 */
export function seriesPeriods(figures: readonly FigureRecord[]): Map<string, number[]> {
  const indicators = new Set(figures.flatMap((f) => (f.indicator === null ? [] : [f.indicator])));
  return new Map([...indicators].sort().map((id) => [id, indicatorSeries(figures, id).map((p) => p.period)]));
}

/** How many points of each indicator fall in the window of years a plan's pages show. */
export function windowedSeriesLength(periods: ReadonlyMap<string, readonly number[]>, plan: number): (indicator: string) => number {
  const window = seriesWindow(plan);
  return (indicator) => (periods.get(indicator) ?? []).filter((period) => inWindow(period, window)).length;
}

/** The indicators a plan's figures are values of: whose series lengths its charts read. */
export function indicatorsOf(figures: readonly FigureRecord[]): string[] {
  return [...new Set(figures.flatMap((f) => (f.indicator === null ? [] : [f.indicator])))].sort();
}

/**
 * One plan's MDX: its index and a file per section, with the editorial notes of its errata and
 * the charts after each paragraph. `seriesLength` (points in the plan's window, from
 * `windowedSeriesLength`) answers only for the plan's own indicators (`indicatorsOf`): what a
 * cache of this result must be keyed by, with the termbase, whose sectors group growth rates.
 */
export function ingestPlan(
  read: ReadPlan,
  figures: readonly FigureRecord[],
  seriesLength: (indicator: string) => number,
  errata: { entries: Erratum[]; file: string },
  sectors: SectorForms,
): PlanFiles {
  const { entry, plan, source, path } = read;
  const own = new Set(indicatorsOf(figures));
  const ownSeriesLength = (indicator: string) => {
    if (!own.has(indicator)) throw new Error(`plan ${entry.year}: a chart asked for the series of ${indicator}, which none of its figures is a value of`);
    return seriesLength(indicator);
  };
  const byParagraph = new Map<string, FigureRecord[]>();
  for (const figure of figures) byParagraph.set(figure.paragraph, [...(byParagraph.get(figure.paragraph) ?? []), figure]);
  const paragraphs = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
  const charts = new Map<string, ChartPlacement[]>();
  for (const paragraph of paragraphs) {
    const paragraphFigures = (byParagraph.get(paragraph.id) ?? []).map((f) => ({ ...f, start: f.source.start, end: f.source.end }));
    const placed = planParagraphCharts({ text: paragraph.text, figures: paragraphFigures }, { seriesLength: ownSeriesLength, sectors });
    if (placed.length > 0) charts.set(paragraph.id, placed);
  }
  const notes = locateErrata(errata.entries, paragraphs, entry.year, errata.file);
  const files: [string, string][] = [[`${entry.year}/index.mdx`, renderPlanMdx(plan, entry, source)]];
  for (const section of plan.parts.flatMap((p) => p.sections)) {
    files.push([`${entry.year}/${section.id}.mdx`, renderSectionMdx(plan, entry, source, section, notes, charts)]);
  }
  return { files, log: { plan: entry.year, path, normalizations: plan.normalizations, decisions: plan.decisions } };
}

/** The ingest's output from the files of each plan, in catalogue order. */
export function combinePlanFiles(plans: readonly PlanFiles[]): IngestResult {
  return { files: new Map(plans.flatMap((p) => p.files)), log: plans.map((p) => p.log) };
}
