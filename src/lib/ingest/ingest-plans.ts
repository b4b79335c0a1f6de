/**
 * The ingest as a function: sources and errata in, the files of `content/plans/` out. All
 * checking happens here, before anything is written, so a bad input leaves `content/` untouched.
 */
import { planParagraphCharts, type ChartPlacement } from '../charts/chart-plan.ts';
import type { FigureRecord } from '../figures/figure-record.ts';
import { locateErrata, parseErrata } from '../plan/errata.ts';
import { indicatorSeries } from '../figures/indicator-series.ts';
import { inWindow, seriesWindow } from '../charts/series-window.ts';
import { planFigures } from '../figures/plan-figures.ts';
import { renderPlanMdx, renderSectionMdx } from './plan-mdx.ts';
import { readPlans, type ReadPlan, type SourceFiles } from '../plan/read-plans.ts';
import type { Decision } from '../plan/plan-model.ts';
import type { Normalization } from '../plan/source-lines.ts';
import type { Termbase } from '../termbase/termbase.ts';

export interface IngestInput extends SourceFiles {
  errata: { file: string; text: string };
  /** Figure labels and indicators, which decide the charts after each paragraph. */
  termbase: Termbase;
}

export interface IngestResult {
  /** Output path relative to `content/plans/` → file content. */
  files: Map<string, string>;
  /** Per plan, what was normalized and what was decided between readings, for the log. */
  log: { plan: number; path: string; normalizations: Normalization[]; decisions: Decision[] }[];
}

/** Paragraph id → the charts that follow it, for every plan (a series draws on the plans around it). */
function chartsByParagraph(plans: ReadPlan[], termbase: Termbase): Map<number, Map<string, ChartPlacement[]>> {
  const figures = plans.flatMap((p) => planFigures(p, termbase).figures);
  const series = new Map<string, FigureRecord[]>();
  const pointsOf = (indicator: string) => series.get(indicator) ?? series.set(indicator, indicatorSeries(figures, indicator)).get(indicator)!;
  // Grouped once, so placing charts stays linear in the number of plans.
  const byParagraph = new Map<string, FigureRecord[]>();
  for (const figure of figures) {
    const key = `${figure.plan}/${figure.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), figure]);
  }
  const byPlan = new Map<number, Map<string, ChartPlacement[]>>();
  for (const { entry, plan } of plans) {
    const charts = new Map<string, ChartPlacement[]>();
    const window = seriesWindow(entry.year);
    const context = { sectors: termbase.sectors, seriesLength: (indicator: string) => pointsOf(indicator).filter((p) => inWindow(p.period, window)).length };
    for (const paragraph of plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs))) {
      const figures = (byParagraph.get(`${entry.year}/${paragraph.id}`) ?? []).map((f) => ({ ...f, start: f.source.start, end: f.source.end }));
      const placed = planParagraphCharts({ text: paragraph.text, figures }, context);
      if (placed.length > 0) charts.set(paragraph.id, placed);
    }
    byPlan.set(entry.year, charts);
  }
  return byPlan;
}

export function ingestPlans(input: IngestInput): IngestResult {
  const plans = readPlans(input);
  const errata = parseErrata(input.errata.text, input.errata.file);
  const charts = chartsByParagraph(plans, input.termbase);
  const files = new Map<string, string>();
  for (const { entry, plan, source } of plans) {
    const paragraphs = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    const notes = locateErrata(errata, paragraphs, entry.year, input.errata.file);
    files.set(`${entry.year}/index.mdx`, renderPlanMdx(plan, entry, source));
    for (const section of plan.parts.flatMap((p) => p.sections)) {
      files.set(`${entry.year}/${section.id}.mdx`, renderSectionMdx(plan, entry, source, section, notes, charts.get(entry.year)!));
    }
  }
  return {
    files,
    log: plans.map(({ entry, plan, path }) => ({ plan: entry.year, path, normalizations: plan.normalizations, decisions: plan.decisions })),
  };
}
