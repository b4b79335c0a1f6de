/**
 * What a new year's plan costs the translators, measured by leaving a year out: the memory is cut
 * down to the entries one plan's rendering uses, and another plan is rendered with that alone.
 * The share of its Han characters still rendered — split by template, composition and exact
 * entry — is how much of the memory carries from one year to the next; the rest is the new
 * year's work.
 */
import { planFigures } from '../figures/plan-figures.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import type { Memory } from '../termbase/memory.ts';
import type { Termbase } from '../termbase/termbase.ts';
import { coverageOf, renderPlan, type Coverage } from './render-plan.ts';

export interface Leverage {
  /** The plan whose entries make the memory. */
  from: number;
  /** The plan rendered with them. */
  to: number;
  /** Han characters of `to` by what rendered them. */
  coverage: Coverage;
  /** Entries of the memory `from` uses, of all the memory holds. */
  entries: { used: number; total: number };
  /** Per file of the memory: entries `to` uses, and how many of them `from` uses too. */
  carried: Record<string, { used: number; carried: number }>;
}

/** The memory entries a rendering names: rule ids and `file:key` of lexicon and whole-clause entries. */
function entriesUsed(read: Pick<ReadPlan, 'entry' | 'plan'>, termbase: Termbase): Set<string> {
  const { figures } = planFigures(read, termbase);
  const used = new Set<string>();
  for (const section of renderPlan(read, figures, termbase).sections) {
    for (const paragraph of section.paragraphs) for (const segment of paragraph.segments) for (const entry of segment.entries) used.add(entry);
  }
  for (const figure of figures) used.add(`labels.yaml:${figure.label_zh}`);
  return used;
}

/** The termbase cut down to the entries in `keep`; indicators and titles stay, as they are not the memory. */
export function restrictedTermbase(termbase: Termbase, keep: ReadonlySet<string>): Termbase {
  const only = <T>(file: string, map: ReadonlyMap<string, T>) => new Map([...map].filter(([key]) => keep.has(`${file}:${key}`)));
  const rules = (list: Memory[keyof Memory]) => list.filter((rule) => keep.has(rule.id));
  return {
    ...termbase,
    topics: only('topics.yaml', termbase.topics),
    names: only('names.yaml', termbase.names),
    policy: only('policy.yaml', termbase.policy),
    phrases: only('phrases.yaml', termbase.phrases),
    labels: only('labels.yaml', termbase.labels),
    clauses: only('clauses.yaml', termbase.clauses),
    sectors: only('sectors.yaml', termbase.sectors),
    nouns: only('nouns.yaml', termbase.nouns),
    memory: { nounRules: rules(termbase.memory.nounRules), verbs: rules(termbase.memory.verbs), modifiers: rules(termbase.memory.modifiers), templates: rules(termbase.memory.templates) },
  };
}

/** Every ordered pair of plans: the second rendered with the memory the first uses. */
export function measureLeverage(plans: readonly ReadPlan[], termbase: Termbase): Leverage[] {
  const total = countEntries(termbase);
  const used = new Map(plans.map((plan) => [plan, entriesUsed(plan, termbase)]));
  return plans.flatMap((from) => {
    const restricted = restrictedTermbase(termbase, used.get(from)!);
    return plans
      .filter((to) => to !== from)
      .map((to) => {
        const { figures } = planFigures(to, restricted);
        return {
          from: from.entry.year,
          to: to.entry.year,
          coverage: coverageOf(renderPlan(to, figures, restricted)),
          entries: { used: countEntries(restricted), total },
          carried: carriedByFile(used.get(to)!, used.get(from)!),
        };
      });
  });
}

/** `verbs.yaml` from `content/termbase/verbs.yaml:12` or `nouns.yaml:产业链`. */
const fileOf = (entry: string) => (entry.split(':')[0] ?? entry).split('/').at(-1)!;

function carriedByFile(to: ReadonlySet<string>, from: ReadonlySet<string>): Record<string, { used: number; carried: number }> {
  const byFile: Record<string, { used: number; carried: number }> = {};
  for (const entry of to) {
    const counts = (byFile[fileOf(entry)] ??= { used: 0, carried: 0 });
    counts.used++;
    if (from.has(entry)) counts.carried++;
  }
  return byFile;
}

/** Entries of the memory: lexicon, labels, rules and whole clauses. */
export function countEntries(termbase: Termbase): number {
  const { memory } = termbase;
  return (
    termbase.names.size + termbase.policy.size + termbase.phrases.size + termbase.nouns.size + termbase.sectors.size + termbase.labels.size +
    termbase.clauses.size + termbase.topics.size + memory.nounRules.length + memory.verbs.length + memory.modifiers.length + memory.templates.length
  );
}
