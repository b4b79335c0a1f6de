/**
 * Targets against outcomes: each target a plan sets for its own year, matched with what the next
 * year's plan reports for that year (its review part: actual or estimate). A target and an outcome
 * match when they measure the same thing in the same unit: the same tracked indicator, or, for a
 * target no indicator covers, the same Chinese label.
 */
import type { FigureRecord } from './figure-record.ts';
import type { FigureQualifier } from './figures.ts';
import { signedValue } from './signed-value.ts';

/** `pending`: the plan that would report the outcome is not in the collection yet. */
export type TargetStatus = 'met' | 'missed' | 'no-outcome' | 'pending';
export type Better = 'higher' | 'lower';

export interface TargetOutcome {
  target: FigureRecord;
  outcome: FigureRecord | null;
  status: TargetStatus;
  /** The direction of improvement the verdict used. */
  better: Better;
}

/**
 * Where a qualified value sits against a bare one: `近 8 万` is below 80,000, `突破 660 家` above
 * 660. Compared after the value, so a tie on the printed number is decided by the qualifier.
 */
const QUALIFIER_OFFSET: Readonly<Record<FigureQualifier, number>> = {
  'more-than': 1,
  exceeding: 1,
  'at-least': 0,
  about: 0,
  'at-most': 0,
  nearly: -1,
  'less-than': -1,
};

function position(figure: FigureRecord): [number, number] {
  return [signedValue(figure), figure.qualifier ? QUALIFIER_OFFSET[figure.qualifier] : 0];
}

/** Whether the outcome reaches the target in the direction of improvement. */
export function targetMet(target: FigureRecord, outcome: FigureRecord, better: Better): boolean {
  const [tv, tq] = position(target);
  const [ov, oq] = position(outcome);
  const sign = better === 'higher' ? 1 : -1;
  const difference = sign * (ov - tv) || sign * (oq - tq);
  return difference >= 0;
}

const measures = (figure: FigureRecord) => figure.indicator ?? `label:${figure.label_zh}`;

/**
 * Every target of every plan for its own year, with the outcome the following plan reports.
 * `betterOf` gives an indicator's direction of improvement; targets without one count more as better.
 */
export function matchTargets(figures: readonly FigureRecord[], betterOf: (indicator: string) => Better | undefined): TargetOutcome[] {
  // By plan, so finding an outcome searches one plan's figures rather than every plan's.
  const byPlan = new Map<number, FigureRecord[]>();
  for (const f of figures) {
    const own = byPlan.get(f.plan);
    if (own) own.push(f);
    else byPlan.set(f.plan, [f]);
  }
  return figures
    .filter((f) => f.kind === 'target' && f.period === f.plan)
    .map((target) => {
      const better = (target.indicator && betterOf(target.indicator)) || 'higher';
      const outcome =
        byPlan.get(target.plan + 1)?.find((f) => f.period === target.period && f.kind !== 'target' && f.unit === target.unit && measures(f) === measures(target)) ?? null;
      const status: TargetStatus =
        outcome !== null ? (targetMet(target, outcome, better) ? 'met' : 'missed') : byPlan.has(target.plan + 1) ? 'no-outcome' : 'pending';
      return { target, outcome, status, better };
    });
}
