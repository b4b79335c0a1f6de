/**
 * What a page asks a chart to show. The page picks the chart from what the text relates (a share
 * of a whole, a whole and its parts, growth rates of sectors, an indicator across years) and
 * writes every string in its own language; the layout modules and components only place them.
 */
export type FigureKind = 'actual' | 'estimate' | 'target';

/** One mark: a figure as the page shows it. */
export interface ChartMark {
  /** The figure's id in /data/figures.json (e.g. `2022-p1-0-2-1`); the table row carries it as data-figure. */
  figure: string;
  /** What the mark measures as published, in the page's language (`GRP growth`, `地区生产总值增长`): the table's row heading. */
  label: string;
  /** The shorter name drawn beside the bar where the chart's title says the rest (`High-tech manufacturing`). */
  short?: string;
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
  /** Percentages of one whole, named in words when the text names it (`GRP`); one row per mark, in print order. */
  | { type: 'share'; title: string; whole: string | null; marks: ChartMark[] }
  /** The parts of a whole the text lists after 其中, each a fill of a track that stands for the whole. */
  | { type: 'parts'; title: string; unit: string; whole: ChartMark; marks: ChartMark[] }
  /** Growth rates of named sectors in one year, fastest first. */
  | { type: 'growth'; title: string; marks: ChartMark[] }
  /** One indicator year by year: each year's outcome solid and its target hollow, on the year's row. */
  | { type: 'series'; title: string; unit: string; better: 'higher' | 'lower'; marks: ChartMark[] };

/** Targets are drawn hollow (stroke only), actuals and estimates solid. */
export function isHollow(kind: FigureKind): boolean {
  return kind === 'target';
}
