/**
 * Which tracked indicator a figure measures. The label alone cannot say: `一般公共预算收入` is
 * printed before the level (亿元) and before the growth (%), and the registry lists both under
 * the same Chinese name. The figure's unit decides among the indicators printed under its label.
 */
import type { Figure } from './figures.ts';
import { indicatorIdsByName, type Termbase } from '../termbase/termbase.ts';

/** Figure unit ids (`figure-units.ts`) → the registry's unit for the same measure. */
const MEASURE_UNITS: Readonly<Record<string, string>> = {
  percent: '%',
  CNY: 'yuan',
  USD: 'US dollars',
  'microgram-per-cubic-metre': 'µg/m³',
  mu: 'mu',
};

const MEASURES = new Set(Object.values(MEASURE_UNITS));

/** Whether a figure in `unit` can be a value of an indicator kept in `indicatorUnit`. */
function unitFits(unit: string, counts: boolean, indicatorUnit: string): boolean {
  if (MEASURE_UNITS[unit] !== undefined) return MEASURE_UNITS[unit] === indicatorUnit;
  // Any count (enterprises, people, visits, base stations) fits an indicator kept as a count noun.
  return counts && !MEASURES.has(indicatorUnit);
}

/**
 * The id of the indicator a figure measures, or null. Candidates are the indicator its label
 * names in the termbase and every indicator printed under the same Chinese name; the one whose
 * unit fits the figure wins. Changes in percentage points are never an indicator's value.
 */
export function indicatorOf(figure: Pick<Figure, 'label_zh' | 'unit'> & { counts: boolean }, termbase: Termbase): string | null {
  const named = termbase.labels.get(figure.label_zh)?.indicator;
  // A rate of change is labelled with its change word (`地区生产总值增长`); the registry lists the measure.
  const measure = figure.label_zh.replace(/(?:增长|下降)$/, '');
  const candidates = [...new Set([...(named ? [named] : []), ...indicatorIdsByName(termbase, figure.label_zh), ...indicatorIdsByName(termbase, measure)])];
  const fitting = candidates.filter((id) => {
    const indicator = termbase.indicators.get(id);
    return indicator !== undefined && unitFits(figure.unit, figure.counts, indicator.unit);
  });
  return fitting[0] ?? null;
}
