/**
 * What a page asks a chart to show. The page picks the chart type from the data (a share of a
 * whole, amounts in one unit, an indicator across plans) and writes every string in its own
 * language; the geometry modules and components only place and style them.
 */
export type FigureKind = 'actual' | 'estimate' | 'target';

/** One mark: a figure as the page shows it. */
export interface ChartMark {
  /** The figure's id in /data/figures.json (e.g. `2022-p1-0-2-1`); the table row carries it as data-figure. */
  figure: string;
  /** What the mark measures, in the page's language (`GRP`, `地区生产总值`). */
  label: string;
  /** The number the geometry uses (base units: yuan, percent as 6.6, counts). */
  value: number;
  /** The value as printed on the page in its language (`CNY 46.7 billion`, `467亿元`, `up 6.6%`). */
  display: string;
  kind: FigureKind;
  /** The year the figure is about. */
  period: number;
  /** Link to the source paragraph (already base-prefixed), optional. */
  href?: string;
}

export type ChartSpec =
  /** Each mark a percentage (0–100) of a whole; one row per mark, in the given order. */
  | { type: 'share'; title: string; marks: ChartMark[] }
  /** Amounts in one unit, ranked largest first. */
  | { type: 'bars'; title: string; unit: string; marks: ChartMark[] }
  /** One indicator by period; actual and estimate solid, target hollow. */
  | { type: 'series'; title: string; unit: string; better: 'higher' | 'lower'; marks: ChartMark[] };

/** Targets are drawn hollow (stroke only), actuals and estimates solid. */
export function isHollow(kind: FigureKind): boolean {
  return kind === 'target';
}
