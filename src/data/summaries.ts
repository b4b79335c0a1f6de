/**
 * The English summaries and figures (`content/summaries/<year>.json`) as the pages see them.
 * Loading runs the numeric gate again, so a hand-edited or stale summary whose numbers do not
 * trace to its section's figures fails the build, naming section and number.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { FigureRecord } from '../lib/figures/figure-record.ts';
import type { SectionSummary } from '../lib/english/summary-model.ts';
import { contentPath } from '../lib/content-root.ts';
import type { PlanSummaries } from '../lib/english/summarize-plans.ts';
import { checkSummary } from '../lib/english/summary-gate.ts';
import { getPlans, type SectionEntry } from './plans.ts';

const DIR = contentPath('summaries');

let cached: Promise<PlanSummaries[]> | undefined;

async function loadSummaries(): Promise<PlanSummaries[]> {
  if (!existsSync(DIR)) return [];
  const plans = await getPlans();
  const all = readdirSync(DIR)
    .filter((f) => /^\d+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as PlanSummaries);
  const violations = all.flatMap((summaries) =>
    summaries.sections.flatMap((summary) => {
      const section = plans.find((p) => p.year === summaries.plan)?.sections.find((s) => s.data.id === summary.section);
      if (!section) return [{ plan: summaries.plan, section: summary.section, problem: 'no such section in content/plans' }];
      const figures = new Map(summaries.figures.filter((f) => f.section === summary.section).map((f) => [f.id, f]));
      return checkSummary(summary, { plan: summaries.plan, years: [summaries.plan, summaries.reviews_year], figures, titleZh: section.data.title_zh });
    }),
  );
  if (violations.length > 0) {
    throw new Error(`English summaries fail the gate:\n${violations.map((v) => `  plan ${v.plan} section ${v.section}: ${v.problem}`).join('\n')}`);
  }
  return all;
}

export function getSummaries(): Promise<PlanSummaries[]> {
  cached ??= loadSummaries();
  return cached;
}

/** A section's summary and its figures, or undefined while none is generated. */
export async function summaryOf(section: SectionEntry): Promise<{ summary: SectionSummary; figures: FigureRecord[] } | undefined> {
  const plan = (await getSummaries()).find((s) => s.plan === section.data.plan);
  const summary = plan?.sections.find((s) => s.section === section.data.id);
  if (!plan || !summary) return undefined;
  return { summary, figures: summary.key_figures.map((id) => plan.figures.find((f) => f.id === id)!) };
}
