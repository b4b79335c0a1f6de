/**
 * Targets against outcomes: each target a plan sets for its own year, matched with what the next
 * year's plan reports for that year (its review part: actual or estimate). A target and an outcome
 * match when they measure the same thing in the same unit: the same tracked indicator, or, for a
 * target no indicator covers, the same measure in other words (`measureCore`: `天津市“雏鹰”企业评价入库`
 * and `雏鹰企业` name one measure). An outcome printed for several measures together
 * (`“雏鹰”、“瞪羚”、领军企业 343 家`) is shown beside each of their targets, without a verdict.
 * A target printed as about a value (`左右`, `约`) counts as met within `ABOUT_TOLERANCE` of it.
 */
import type { FigureRecord } from './figure-record.ts';
import type { FigureQualifier } from './figures.ts';
import { signedValue } from './signed-value.ts';

/**
 * `combined`: the next plan reports the measure only together with others, so there is no verdict;
 * `pending`: the plan that would report the outcome is not in the collection yet.
 */
export type TargetStatus = 'met' | 'missed' | 'combined' | 'no-outcome' | 'pending';
export type Better = 'higher' | 'lower';

export interface TargetOutcome {
  target: FigureRecord;
  /** The outcome reported for the target's measure, or for it together with others (`combined`). */
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

/** How far short of a target printed as about a value (`6%左右`) an outcome may fall and still meet it: 5% of the value. */
export const ABOUT_TOLERANCE = 0.05;

/** Whether the outcome reaches the target in the direction of improvement. */
export function targetMet(target: FigureRecord, outcome: FigureRecord, better: Better): boolean {
  const sign = better === 'higher' ? 1 : -1;
  if (target.qualifier === 'about') return sign * (signedValue(outcome) - signedValue(target)) >= -ABOUT_TOLERANCE * Math.abs(signedValue(target));
  const [tv, tq] = position(target);
  const [ov, oq] = position(outcome);
  const difference = sign * (ov - tv) || sign * (oq - tq);
  return difference >= 0;
}

const QUOTES = /[“”"「」『』‘’']/g;
/** Who counts or how the count was made, which does not change what is counted. */
const SCOPE_PREFIX = /^(?:国家级?|天津市|市级|区级|全区|全市)/;
const COUNTING_SUFFIX = /(?:评价入库|总量|总数|数量)$/;

/**
 * A label reduced to the measure it names: without quotation marks, the body that counts
 * (`国家`, `天津市`, `全区`) and how it is counted (`评价入库`, `总量`). `新增` stays: new jobs
 * are not jobs.
 */
export function measureCore(labelZh: string): string {
  return labelZh.replace(QUOTES, '').replace(SCOPE_PREFIX, '').replace(COUNTING_SUFFIX, '');
}

/**
 * The measures an outcome label lists together (`“雏鹰”、“瞪羚”、领军企业` → 雏鹰企业, 瞪羚企业,
 * 领军企业): the items before the last take its final noun (its last two characters) when they
 * lack it. A label naming one measure gives none.
 */
export function listedMeasures(labelZh: string): string[] {
  const items = measureCore(labelZh).split('、').map(measureCore);
  if (items.length < 2 || items.some((item) => item === '')) return [];
  const head = items.at(-1)!.slice(-2);
  return items.map((item) => (item.endsWith(head) ? item : item + head));
}

/** The same tracked indicator; where either is none, the same measure in other words. */
function sameMeasure(outcome: FigureRecord, target: FigureRecord): boolean {
  if (target.indicator !== null && outcome.indicator !== null) return outcome.indicator === target.indicator;
  return measureCore(outcome.label_zh) === measureCore(target.label_zh);
}

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
      const reported = (byPlan.get(target.plan + 1) ?? []).filter((f) => f.period === target.period && (f.kind === 'actual' || f.kind === 'estimate') && f.unit === target.unit);
      const outcome = reported.find((f) => sameMeasure(f, target));
      if (outcome) return { target, outcome, status: targetMet(target, outcome, better) ? 'met' : 'missed', better };
      const combined = reported.find((f) => listedMeasures(f.label_zh).includes(measureCore(target.label_zh)));
      if (combined) return { target, outcome: combined, status: 'combined', better };
      return { target, outcome: null, status: byPlan.has(target.plan + 1) ? 'no-outcome' : 'pending', better };
    });
}
