/**
 * Summarize as a function: parsed plans and the termbase in, the files of `content/summaries/`
 * out — per plan its summaries and figures (`<year>.json`) and its full English rendering
 * (`<year>.rendering.json`) — with what the memory still lacks, the gates' verdicts and the
 * coverage. Deterministic: the same input gives byte-identical output.
 */
import type { FigureRecord } from '../figures/figure-record.ts';
import { planFigures } from '../figures/plan-figures.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import type { Missing, MissingKind } from '../termbase/missing.ts';
import type { Termbase } from '../termbase/termbase.ts';
import { composeSectionSummary } from './compose-summary.ts';
import { coverageOf, grammarOf, renderPlan, type Coverage, type RenderedPlan } from './render-plan.ts';
import { renderingFile, type RenderingFile } from './rendering-file.ts';
import { checkRendering, inconsistentNames, type RenderingViolation } from './rendering-gate.ts';
import { checkSummary, type GateViolation } from './summary-gate.ts';
import type { SectionSummary } from './summary-model.ts';

/** One plan's summaries file: `content/summaries/<year>.json`. */
export interface PlanSummaries {
  plan: number;
  reviews_year: number;
  sections: SectionSummary[];
  figures: FigureRecord[];
}

export interface SummarizeResult {
  files: Map<string, string>;
  summaries: PlanSummaries[];
  renderings: RenderingFile[];
  rendered: RenderedPlan[];
  missing: Missing[];
  violations: (GateViolation | RenderingViolation)[];
  /** Per kind of term: how many distinct ones the plans need and how many the termbase has. */
  coverage: Record<'section title' | 'figure label', { needed: number; covered: number }>;
  /** Han characters of each plan by what rendered them. */
  rendering: { plan: number; coverage: Coverage }[];
}

/** Kinds of missing entry that stop summarize from writing: the pages cannot do without them. */
export const BLOCKING: ReadonlySet<MissingKind> = new Set(['section title', 'figure label']);

export function summarizePlans(plans: ReadPlan[], termbase: Termbase): SummarizeResult {
  const grammar = grammarOf(termbase);
  const missing: Missing[] = [];
  const violations: (GateViolation | RenderingViolation)[] = [];
  const summaries: PlanSummaries[] = [];
  const renderings: RenderingFile[] = [];
  const renderedPlans: RenderedPlan[] = [];
  const needed = { 'section title': new Set<string>(), 'figure label': new Set<string>() };
  for (const read of plans) {
    const { entry, plan } = read;
    const planned = planFigures(read, termbase);
    missing.push(...planned.missing);
    for (const label of planned.labels) needed['figure label'].add(label);
    const rendered = renderPlan(read, planned.figures, termbase, grammar);
    renderedPlans.push(rendered);
    const sections: SectionSummary[] = [];
    for (const part of plan.parts) {
      const year = part.role === 'review' ? entry.reviews_year : entry.year;
      for (const section of part.sections) {
        const own = planned.figures.filter((f) => f.section === section.id);
        const paragraphs = rendered.sections.find((s) => s.section === section.id)!.paragraphs;
        const composed = composeSectionSummary({ plan: entry.year, year, role: part.role, section, figures: own, paragraphs }, termbase, grammar.lexicon);
        for (const lookup of composed.lookups) needed['section title'].add(lookup.zh);
        missing.push(...composed.missing);
        sections.push(composed.summary);
        for (const paragraph of paragraphs) {
          for (const segment of paragraph.segments) {
            const where = `${entry.year} ${section.id} ${paragraph.id}`;
            if (segment.en === null) missing.push({ kind: 'clause', zh: segment.zh, where });
            for (const name of segment.names.filter((n) => n.transliterated)) missing.push({ kind: 'name', zh: name.zh, where, suggestion: name.en });
          }
        }
      }
    }
    const planSummaries = { plan: entry.year, reviews_year: entry.reviews_year, sections, figures: planned.figures };
    summaries.push(planSummaries);
    const coverage = coverageOf(rendered);
    renderings.push(renderingFile(rendered, coverage, termbase));
    violations.push(...gateViolations(planSummaries, read), ...checkRendering(rendered, new Map(planned.figures.map((f) => [f.id, f])), grammar.lexicon));
  }
  for (const problem of inconsistentNames(renderedPlans)) violations.push({ plan: 0, section: '-', problem });
  const files = new Map<string, string>();
  for (const s of summaries) files.set(`${s.plan}.json`, `${JSON.stringify(s, null, 2)}\n`);
  for (const r of renderings) files.set(`${r.plan}.rendering.json`, `${JSON.stringify(r)}\n`);
  const coverage = Object.fromEntries(
    (['section title', 'figure label'] as const).map((kind) => {
      const absent = new Set(missing.filter((m) => m.kind === kind).map((m) => m.zh));
      return [kind, { needed: needed[kind].size, covered: needed[kind].size - absent.size }];
    }),
  ) as SummarizeResult['coverage'];
  return { files, summaries, renderings, rendered: renderedPlans, missing, violations, coverage, rendering: renderings.map((r) => ({ plan: r.plan, coverage: r.coverage })) };
}

/** Runs the gate over every section of a plan's summaries. */
export function gateViolations(summaries: PlanSummaries, { entry, plan }: Pick<ReadPlan, 'entry' | 'plan'>): GateViolation[] {
  return summaries.sections.flatMap((summary) => {
    const section = plan.parts.flatMap((p) => p.sections).find((s) => s.id === summary.section)!;
    const figures = new Map(summaries.figures.filter((f) => f.section === summary.section).map((f) => [f.id, f]));
    return checkSummary(summary, { plan: entry.year, years: [entry.year, entry.reviews_year], figures, titleZh: section.title_zh });
  });
}
