/**
 * What a chart says, in words a reader would use, in the page's language: the sentence under its
 * caption and the `aria-label` of its image ("High-tech manufacturing grew fastest, up 26.7%").
 * Built only from the marks' own display strings, so every number in it is a number printed on
 * the page; changes are put in words, not computed.
 */
import { rankMarks } from './chart-layout.ts';
import type { ChartMark, ChartSpec } from './chart-spec.ts';
import { isHollow } from './chart-spec.ts';
import { firstPerPeriod, orderMarks } from './periods.ts';
import type { Translate } from './translate.ts';
import { valueWithEstimate } from './value-text.ts';

/** The takeaway sentence(s) of `spec`. */
export function chartTakeaway(spec: ChartSpec, t: Translate): string {
  if (spec.marks.length === 0) throw new RangeError(`chart "${spec.title}": no marks`);
  return sentenceCase(takeaway(spec, t));
}

/** The accessible name of the chart's image: its title and takeaway. */
export function chartLabel(spec: ChartSpec, t: Translate): string {
  return t('chart.label', { title: spec.title, takeaway: chartTakeaway(spec, t) });
}

function takeaway(spec: ChartSpec, t: Translate): string {
  switch (spec.type) {
    case 'share':
      return shareTakeaway(spec.marks, spec.whole, t);
    case 'parts':
      return partsTakeaway(spec.whole, spec.marks, t);
    case 'growth':
      return growthTakeaway(spec.marks, t);
    case 'series':
      return seriesTakeaway(spec.marks, spec.better, t);
  }
}

/** A sentence starts with a capital: labels are lower case inside English sentences. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const nameOf = (mark: ChartMark) => mark.short ?? mark.label;

/** Each share with its value, the first naming the whole: "Services: 55.8% of GRP". */
function shareTakeaway(marks: readonly ChartMark[], whole: string | null, t: Translate): string {
  const items = marks.map((mark, i) => {
    const values = { part: nameOf(mark), value: valueWithEstimate(mark, t) };
    return i === 0 && whole ? t('chart.share.first', { ...values, whole }) : t('chart.share.item', values);
  });
  return t('chart.share.takeaway', { items: items.join(t('chart.share.separator')) });
}

/** The parts, largest first, of the whole they are printed under: "Of 577 key projects: …". */
function partsTakeaway(whole: ChartMark, marks: readonly ChartMark[], t: Translate): string {
  const items = rankMarks(marks).map((mark) => t('chart.parts.item', { label: nameOf(mark), value: valueWithEstimate(mark, t) }));
  return t('chart.parts.takeaway', { whole: whole.label, wholeValue: valueWithEstimate(whole, t), items: items.join(t('chart.share.separator')) });
}

/** Which sector grew fastest and which slowest (or fell), or for targets which aims highest. */
function growthTakeaway(marks: readonly ChartMark[], t: Translate): string {
  const ranked = rankMarks(marks);
  const [max, min] = [ranked[0]!, ranked.at(-1)!];
  const values = { max: nameOf(max), maxValue: valueWithEstimate(max, t), min: nameOf(min), minValue: valueWithEstimate(min, t) };
  if (ranked.length === 1) return t('chart.growth.single', values);
  if (ranked.every((m) => isHollow(m.kind))) return t('chart.growth.targets', values);
  if (min.value >= 0) return t('chart.growth.fastest', values);
  return t(max.value > 0 ? 'chart.growth.falling' : 'chart.growth.allFalling', values);
}

/**
 * From the first to the last outcome, in words (rising, falling, unchanged); then whether the
 * latest target with an outcome was met; then a later target, as how it stands against the
 * latest outcome.
 */
function seriesTakeaway(marks: readonly ChartMark[], better: 'higher' | 'lower', t: Translate): string {
  const ordered = orderMarks(marks);
  const realized = firstPerPeriod(ordered.filter((m) => !isHollow(m.kind)));
  const targets = firstPerPeriod(ordered.filter((m) => isHollow(m.kind)));
  const sign = better === 'higher' ? 1 : -1;
  const judged = targets.filter((target) => realized.some((m) => m.period === target.period)).at(-1);
  const pending = targets.filter((target) => target.period > (judged?.period ?? -Infinity) && !realized.some((m) => m.period === target.period)).at(-1);
  const sentences = [trendSentence(realized, t)];
  if (judged) {
    const outcome = realized.find((m) => m.period === judged.period)!;
    const met = sign * (outcome.value - judged.value) >= 0;
    sentences.push(t(met ? 'chart.series.targetMet' : 'chart.series.targetMissed', { period: judged.period, target: judged.display, outcome: valueWithEstimate(outcome, t) }));
  }
  if (pending) sentences.push(pendingSentence(pending, realized, sign, t));
  return sentences.filter((s) => s !== undefined).reduce((first, second) => t('chart.series.sentences', { first, second }));
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

function pendingSentence(target: ChartMark, realized: ChartMark[], sign: number, t: Translate): string {
  const values = { period: target.period, target: target.display };
  const latest = realized.filter((m) => m.period < target.period).at(-1);
  if (!latest) return t('chart.series.targetOnly', values);
  if (target.value === latest.value) return t('chart.series.targetLevel', values);
  const relation = t(target.value > latest.value ? 'chart.series.above' : 'chart.series.below');
  const improves = sign * (target.value - latest.value) > 0;
  return t(improves ? 'chart.series.targetBetter' : 'chart.series.targetWorse', { ...values, relation });
}
