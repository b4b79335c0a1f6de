/**
 * What a chart says, in one or two sentences in the page's language: the `aria-label` of its SVG
 * and the sentence under its caption. Built only from the marks' own display strings, so every
 * number in it is a number printed on the page; changes are put in words, not computed.
 */
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { isHollow } from './chart-spec.ts';
import { firstPerPeriod, orderMarks } from './periods.ts';
import { rankMarks } from './ranked-bars.ts';
import type { Translate } from './translate.ts';
import { valueWithEstimate } from './value-text.ts';

/** The takeaway sentence(s) of `spec`. */
export function chartTakeaway(spec: ChartSpec, t: Translate): string {
  if (spec.marks.length === 0) throw new RangeError(`chart "${spec.title}": no marks`);
  switch (spec.type) {
    case 'share':
      return shareTakeaway(spec.marks, t);
    case 'bars':
      return barsTakeaway(spec.marks, t);
    case 'series':
      return seriesTakeaway(spec.marks, spec.better, t);
  }
}

/** The accessible name of the chart's image: its title and takeaway. */
export function chartLabel(spec: ChartSpec, t: Translate): string {
  return t('chart.label', { title: spec.title, takeaway: chartTakeaway(spec, t) });
}

function shareTakeaway(marks: readonly ChartMark[], t: Translate): string {
  const items = marks.map((mark) => t('chart.share.item', { label: mark.label, value: valueWithEstimate(mark, t) }));
  return t('chart.share.takeaway', { items: items.join(t('chart.listSeparator')) });
}

function barsTakeaway(marks: readonly ChartMark[], t: Translate): string {
  const ranked = rankMarks(marks);
  const largest = ranked[0]!;
  const smallest = ranked.at(-1)!;
  if (ranked.length === 1) return t('chart.bars.single', { label: largest.label, value: valueWithEstimate(largest, t) });
  return t('chart.bars.range', {
    n: ranked.length,
    maxLabel: largest.label,
    maxValue: valueWithEstimate(largest, t),
    minLabel: smallest.label,
    minValue: valueWithEstimate(smallest, t),
  });
}

/**
 * From the first to the last actual or estimate figure, in words (rising, falling, unchanged);
 * then the latest target: met or not when its period has a figure, otherwise whether it points
 * from the latest figure in the better direction.
 */
function seriesTakeaway(marks: readonly ChartMark[], better: 'higher' | 'lower', t: Translate): string {
  const ordered = orderMarks(marks);
  const realized = firstPerPeriod(ordered.filter((m) => !isHollow(m.kind)));
  const target = firstPerPeriod(ordered.filter((m) => isHollow(m.kind))).at(-1);
  const trend = trendSentence(realized, t);
  if (!target) return trend ?? '';
  const targetText = targetSentence(target, realized, better, t);
  return trend ? t('chart.series.sentences', { first: trend, second: targetText }) : targetText;
}

function trendSentence(realized: ChartMark[], t: Translate): string | undefined {
  const first = realized[0];
  const last = realized.at(-1);
  if (!first || !last) return undefined;
  if (first === last) return t('chart.series.single', { value: valueWithEstimate(first, t), period: first.period });
  const direction = last.value > first.value ? 'rising' : last.value < first.value ? 'falling' : 'level';
  return t('chart.series.trend', {
    first: valueWithEstimate(first, t),
    firstPeriod: first.period,
    last: valueWithEstimate(last, t),
    lastPeriod: last.period,
    direction: t(`chart.series.${direction}`),
  });
}

function targetSentence(target: ChartMark, realized: ChartMark[], better: 'higher' | 'lower', t: Translate): string {
  const values = { period: target.period, target: target.display };
  const sign = better === 'higher' ? 1 : -1;
  const outcome = realized.find((m) => m.period === target.period);
  if (outcome) {
    const met = sign * (outcome.value - target.value) >= 0;
    return t(met ? 'chart.series.targetMet' : 'chart.series.targetMissed', { ...values, outcome: valueWithEstimate(outcome, t) });
  }
  const latest = realized.filter((m) => m.period < target.period).at(-1);
  if (!latest) return t('chart.series.targetOnly', values);
  if (target.value === latest.value) return t('chart.series.targetLevel', values);
  const relation = t(target.value > latest.value ? 'chart.series.above' : 'chart.series.below');
  const improves = sign * (target.value - latest.value) > 0;
  return t(improves ? 'chart.series.targetBetter' : 'chart.series.targetWorse', { ...values, relation });
}
