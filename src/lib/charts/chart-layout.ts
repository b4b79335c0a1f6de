/**
 * A chart spec as rows of bars (`bar-rows.ts`): which marks make a row, in which order, on what
 * scale, with which keys. Also says which marks the table beside the chart lists (the same, in
 * the order drawn) and whether the drawing itself prints every one of them, so print can keep
 * one copy of the numbers: the drawing when it carries them all, the table otherwise.
 */
import { layoutBarRows, type BarInput, type BarRowsLayout, type LegendInput, type RowInput } from './bar-rows.ts';
import { isHollow, type ChartMark, type ChartSpec } from './chart-spec.ts';
import { firstPerPeriod, orderMarks } from './periods.ts';
import type { Translate } from './translate.ts';
import { valueWithEstimate } from './value-text.ts';

export interface ChartLayout {
  layout: BarRowsLayout;
  /** The marks the chart's table lists, in the order drawn. */
  tableMarks: ChartMark[];
  /** Whether the drawing prints the value of every mark in the table. */
  complete: boolean;
  /** How many marks a ranking leaves out (the slowest), which the table and the paragraph still list. */
  omitted: number;
}

/** A ranking shows at most this many rows, so a long list stays a chart a phone can take in. */
export const MAX_RANKED_ROWS = 8;

/** Largest first; equal values keep the order given. */
export function rankMarks(marks: readonly ChartMark[]): ChartMark[] {
  return [...marks].sort((a, b) => b.value - a.value);
}

export function layoutChart(spec: ChartSpec, t: Translate): ChartLayout {
  if (spec.marks.length === 0) throw new RangeError(`chart "${spec.title}": no marks`);
  const bar = (mark: ChartMark): BarInput => ({ figure: mark.figure, kind: mark.kind, value: mark.value, text: valueWithEstimate(mark, t) });
  // A label standing alone starts with a capital; inside the takeaway's sentences it does not.
  const row = (mark: ChartMark): RowInput => ({ label: capitalized(mark.short ?? mark.label), bars: [bar(mark)] });
  switch (spec.type) {
    case 'share': {
      const legend = [...styleKeys(spec.marks, t), { style: 'track' as const, text: t('chart.legend.share') }];
      return { layout: layoutBarRows(spec.marks.map(row), { domain: [0, 100], track: true, legend }), tableMarks: spec.marks, complete: true, omitted: 0 };
    }
    case 'parts': {
      const ranked = rankMarks(spec.marks);
      const legend = [...styleKeys(ranked, t), { style: 'track' as const, text: t('chart.legend.whole', { value: valueWithEstimate(spec.whole, t) }) }];
      return { layout: layoutBarRows(ranked.map(row), { domain: [0, spec.whole.value], track: true, legend }), tableMarks: [spec.whole, ...ranked], complete: true, omitted: 0 };
    }
    case 'growth': {
      const ranked = rankMarks(spec.marks);
      const shown = ranked.slice(0, MAX_RANKED_ROWS);
      return { layout: layoutBarRows(shown.map(row), { legend: styleKeys(shown, t) }), tableMarks: ranked, complete: shown.length === ranked.length, omitted: ranked.length - shown.length };
    }
    case 'series': {
      const ordered = orderMarks(spec.marks);
      const periods = [...new Set(ordered.map((m) => m.period))];
      // A year's row: the actual figure (or the estimate, when there is none) and the target.
      const drawn = periods.flatMap((period) => {
        const own = ordered.filter((m) => m.period === period);
        return [...firstPerPeriod(own.filter((m) => !isHollow(m.kind))), ...firstPerPeriod(own.filter((m) => isHollow(m.kind)))];
      });
      const rows = periods.map((period): RowInput => ({ label: String(period), bars: drawn.filter((m) => m.period === period).map(bar) }));
      return { layout: layoutBarRows(rows, { legend: styleKeys(drawn, t) }), tableMarks: ordered, complete: drawn.length === ordered.length, omitted: 0 };
    }
  }
}

/**
 * A key for each style of bar drawn: solid for outcomes (named for the kinds present: actual,
 * estimate or both), hollow for targets.
 */
function styleKeys(marks: readonly ChartMark[], t: Translate): LegendInput[] {
  const kinds = new Set(marks.map((m) => m.kind));
  const solid = kinds.has('actual') && kinds.has('estimate') ? 'realized' : kinds.has('actual') ? 'actual' : kinds.has('estimate') ? 'estimate' : null;
  return [...(solid ? [{ style: 'solid' as const, text: t(`chart.legend.${solid}`) }] : []), ...(kinds.has('target') ? [{ style: 'hollow' as const, text: t('chart.legend.target') }] : [])];
}

function capitalized(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
