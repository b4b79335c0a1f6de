/**
 * A mark's value as a chart labels it: the figure's display, with its status when it is not an
 * actual figure, so colour and fill are never the only cue (`CNY 46.7 billion (est.)`, `467亿元（目标）`).
 */
import type { ChartMark } from './chart-spec.ts';
import type { Translate } from './translate.ts';

/** The display with `(est.)` or `(target)` as needed: for bars and shares, which have no legend. */
export function valueWithKind(mark: ChartMark, t: Translate): string {
  return mark.kind === 'actual' ? mark.display : t(`chart.${mark.kind}Value`, { value: mark.display });
}

/** The display with `(est.)` for an estimate: for series, whose legend and hollow dots mark targets, and for sentences that name targets. */
export function valueWithEstimate(mark: ChartMark, t: Translate): string {
  return mark.kind === 'estimate' ? t('chart.estimateValue', { value: mark.display }) : mark.display;
}
