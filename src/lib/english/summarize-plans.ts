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
import type { ClauseGrammar } from './clause-grammar.ts';
import { coverageOf, grammarOf, renderPlan, type Coverage, type RenderedPlan } from './render-plan.ts';
import { renderingFile, type RenderingFile } from './rendering-file.ts';
import { checkRendering, inconsistentNamesAmong, printedNames, type PrintedName, type RenderingViolation } from './rendering-gate.ts';
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

/**
 * What summarizing one plan yields. It depends on that plan and the termbase alone (the check of
 * names across plans runs on the names each plan prints), and it is plain JSON, so a generator
 * can keep it between runs and hand it between threads.
 */
export interface PlanOutcome {
  summaries: PlanSummaries;
  rendering: RenderingFile;
  missing: Missing[];
  violations: (GateViolation | RenderingViolation)[];
  /** The section titles and figure labels the plan's pages need. */
  needed: Record<'section title' | 'figure label', string[]>;
  /** The names the plan prints with their English, in order, leaving out repeats that change nothing. */
  names: PrintedName[];
}

/** Summarizes one plan. */
export function summarizePlan(read: ReadPlan, termbase: Termbase, grammar: ClauseGrammar = grammarOf(termbase)): PlanOutcome {
  const { rendered: _rendered, ...outcome } = summarizeAndRenderPlan(read, termbase, grammar);
  return outcome;
}

/** Summarizes one plan and keeps its rendering too, for what reads it whole (`--missing`). */
function summarizeAndRenderPlan(read: ReadPlan, termbase: Termbase, grammar: ClauseGrammar): PlanOutcome & { rendered: RenderedPlan } {
  const { entry, plan } = read;
  const missing: Missing[] = [];
  const needed = { 'section title': new Set<string>(), 'figure label': new Set<string>() };
  const planned = planFigures(read, termbase);
  missing.push(...planned.missing);
  for (const label of planned.labels) needed['figure label'].add(label);
  const rendered = renderPlan(read, planned.figures, termbase, grammar);
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
  const summaries = { plan: entry.year, reviews_year: entry.reviews_year, sections, figures: planned.figures };
  const violations = [...gateViolations(summaries, read), ...checkRendering(rendered, new Map(planned.figures.map((f) => [f.id, f])), grammar.lexicon)];
  const lastEnglish = new Map<string, string>();
  const names = printedNames(rendered).filter(({ zh, en }) => lastEnglish.get(zh) !== en && lastEnglish.set(zh, en));
  return {
    summaries,
    rendering: renderingFile(rendered, coverageOf(rendered), termbase),
    missing,
    violations,
    needed: { 'section title': [...needed['section title']], 'figure label': [...needed['figure label']] },
    names,
    rendered,
  };
}

/** The files and verdicts of a run, from the outcome of each plan in catalogue order. */
export function combinePlanOutcomes(outcomes: readonly PlanOutcome[]): Omit<SummarizeResult, 'rendered'> {
  const missing = outcomes.flatMap((o) => o.missing);
  const violations: (GateViolation | RenderingViolation)[] = outcomes.flatMap((o) => o.violations);
  for (const problem of inconsistentNamesAmong(outcomes.flatMap((o) => o.names))) violations.push({ plan: 0, section: '-', problem });
  const files = new Map<string, string>();
  for (const { summaries } of outcomes) files.set(`${summaries.plan}.json`, `${JSON.stringify(summaries, null, 2)}\n`);
  for (const { rendering } of outcomes) files.set(`${rendering.plan}.rendering.json`, `${JSON.stringify(rendering)}\n`);
  const coverage = Object.fromEntries(
    (['section title', 'figure label'] as const).map((kind) => {
      const needed = new Set(outcomes.flatMap((o) => o.needed[kind]));
      const absent = new Set(missing.filter((m) => m.kind === kind).map((m) => m.zh));
      return [kind, { needed: needed.size, covered: needed.size - absent.size }];
    }),
  ) as SummarizeResult['coverage'];
  return {
    files,
    summaries: outcomes.map((o) => o.summaries),
    renderings: outcomes.map((o) => o.rendering),
    missing,
    violations,
    coverage,
    rendering: outcomes.map((o) => ({ plan: o.rendering.plan, coverage: o.rendering.coverage })),
  };
}

export function summarizePlans(plans: ReadPlan[], termbase: Termbase): SummarizeResult {
  const grammar = grammarOf(termbase);
  const outcomes = plans.map((read) => summarizeAndRenderPlan(read, termbase, grammar));
  return { ...combinePlanOutcomes(outcomes), rendered: outcomes.map((o) => o.rendered) };
}

/** Runs the gate over every section of a plan's summaries. */
export function gateViolations(summaries: PlanSummaries, { entry, plan }: Pick<ReadPlan, 'entry' | 'plan'>): GateViolation[] {
  return summaries.sections.flatMap((summary) => {
    const section = plan.parts.flatMap((p) => p.sections).find((s) => s.id === summary.section)!;
    const figures = new Map(summaries.figures.filter((f) => f.section === summary.section).map((f) => [f.id, f]));
    return checkSummary(summary, { plan: entry.year, years: [entry.year, entry.reviews_year], figures, titleZh: section.title_zh });
  });
}
