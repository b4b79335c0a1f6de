/**
 * The years an indicator's series shows on a plan's own pages: the year the plan reviews and the
 * one before it (a review compares with the year before), the plan's own year and the next (the
 * target and how it turned out). A section page then weighs the same however many plans the
 * archive holds; the indicator's page shows every year.
 */
export interface SeriesWindow {
  from: number;
  to: number;
}

export function seriesWindow(plan: number): SeriesWindow {
  return { from: plan - 2, to: plan + 1 };
}

export function inWindow(period: number, window: SeriesWindow): boolean {
  return period >= window.from && period <= window.to;
}
