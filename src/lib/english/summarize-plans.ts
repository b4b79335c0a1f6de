/**
 * Summarize as a function: parsed plans and the termbase in, the files of `content/summaries/`
 * out, with what the termbase still lacks, the gate's verdicts and the coverage. Deterministic:
 * the same input gives byte-identical output.
 */
import { composeSectionSummary } from './compose-summary.ts';
import type { FigureRecord } from '../figures/figure-record.ts';
import type { Missing, MissingKind } from '../termbase/missing.ts';
import type { SectionSummary } from './summary-model.ts';
import { planFigures } from '../figures/plan-figures.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import { checkSummary, type GateViolation } from './summary-gate.ts';
import type { Termbase } from '../termbase/termbase.ts';

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
  missing: Missing[];
  violations: GateViolation[];
  /** Per kind of term: how many distinct ones the seeds need and how many the termbase has. */
  coverage: Record<MissingKind, { needed: number; covered: number }>;
}

function summarizePlan(read: ReadPlan, termbase: Termbase): { summaries: PlanSummaries; missing: Missing[]; needed: Map<MissingKind, Set<string>> } {
  const { entry, plan } = read;
  const { figures, missing, labels } = planFigures(read, termbase);
  const sections: SectionSummary[] = [];
  const needed = new Map<MissingKind, Set<string>>([['figure label', new Set(labels)]]);
  const need = (kind: MissingKind, zh: string) => needed.set(kind, (needed.get(kind) ?? new Set()).add(zh));
  for (const part of plan.parts) {
    const year = part.role === 'review' ? entry.reviews_year : entry.year;
    for (const section of part.sections) {
      const own = figures.filter((f) => f.section === section.id);
      const composed = composeSectionSummary({ plan: entry.year, year, role: part.role, section, figures: own }, termbase);
      for (const m of composed.lookups) need(m.kind, m.zh);
      missing.push(...composed.missing);
      sections.push(composed.summary);
    }
  }
  return { summaries: { plan: entry.year, reviews_year: entry.reviews_year, sections, figures }, missing, needed };
}

export function summarizePlans(plans: ReadPlan[], termbase: Termbase): SummarizeResult {
  const results = plans.map((p) => summarizePlan(p, termbase));
  const missing = results.flatMap((r) => r.missing);
  const violations = results.flatMap(({ summaries }) => gateViolations(summaries, plans.find((p) => p.entry.year === summaries.plan)!));
  const kinds: MissingKind[] = ['section title', 'topic phrase', 'figure label', 'clause'];
  const coverage = Object.fromEntries(
    kinds.map((kind) => {
      const all = new Set(results.flatMap((r) => [...(r.needed.get(kind) ?? [])]));
      const absent = new Set(missing.filter((m) => m.kind === kind).map((m) => m.zh));
      return [kind, { needed: all.size, covered: all.size - absent.size }];
    }),
  ) as SummarizeResult['coverage'];
  const summaries = results.map((r) => r.summaries);
  const files = new Map(summaries.map((s) => [`${s.plan}.json`, `${JSON.stringify(s, null, 2)}\n`]));
  return { files, summaries, missing, violations, coverage };
}

/** Runs the gate over every section of a plan's summaries. */
export function gateViolations(summaries: PlanSummaries, { entry, plan }: Pick<ReadPlan, 'entry' | 'plan'>): GateViolation[] {
  return summaries.sections.flatMap((summary) => {
    const section = plan.parts.flatMap((p) => p.sections).find((s) => s.id === summary.section)!;
    const figures = new Map(summaries.figures.filter((f) => f.section === summary.section).map((f) => [f.id, f]));
    return checkSummary(summary, { plan: entry.year, years: [entry.year, entry.reviews_year], figures, titleZh: section.title_zh });
  });
}
