/**
 * What the text says relates the figures of one paragraph: the only grounds for drawing them in
 * one chart. Three relationships are read off the wording:
 * - shares of one whole (`战略性新兴产业增加值占规上工业增加值比重 41.5%`; a bare `占比` right after
 *   such a share is a share of the same whole);
 * - a whole and its parts (`参保人数 64.84 万人，其中城镇职工 28.17 万人，城乡居民 36.67 万人`);
 * - growth rates of named sectors in one year (`高技术制造业企业增加值同比增长 26.7%`), the sectors
 *   being the termbase's priority sectors.
 * Figures that merely share a unit are not related: 33 mutually recognised lab tests and 2 coach
 * routes are both counts, industrial output and retail sales both amounts of yuan.
 */
import type { FigureDirection, FigureKind } from '../figures/figures.ts';

/** What the relations need to know of a figure. */
export interface RelatableFigure {
  id: string;
  unit: string;
  kind: FigureKind;
  period: number;
  value: number;
  direction: FigureDirection | null;
  label_zh: string;
  indicator: string | null;
  /** Where the figure is printed in its paragraph (`source.start`, `source.end`). */
  start: number;
  end: number;
}

/** The termbase's priority sectors, by id, with every printed form. */
export type SectorForms = ReadonlyMap<string, { zh: readonly string[] }>;

/** A share's part and whole as its label prints them; `whole` is null for a bare `占比`. */
export interface ShareLabel {
  part: string;
  whole: string | null;
}

const SHARE_OF = /^(.+?)占(.+?)的?(?:比重|比例)$/;
const BARE_SHARE = /^(.+?)占比$/;
const CHANGE_LABEL = /(?:增长|增速|增幅|下降|降低)$/;
const CHANGE_INDICATOR = /-(?:growth|change)$/;

/** A share of a whole as its label states it (`X占Y比重`, `X占Y的比重`, `X占比`), or null. */
export function shareLabel(labelZh: string): ShareLabel | null {
  const of = SHARE_OF.exec(labelZh);
  if (of) return { part: of[1]!, whole: of[2]! };
  const bare = BARE_SHARE.exec(labelZh);
  return bare ? { part: bare[1]!, whole: null } : null;
}

/** A percentage that measures a change over a year (a growth rate), not a level or a share. */
export function isGrowthRate(figure: Pick<RelatableFigure, 'unit' | 'direction' | 'label_zh' | 'indicator'>): boolean {
  if (figure.unit !== 'percent' || shareLabel(figure.label_zh)) return false;
  if (figure.indicator) return CHANGE_INDICATOR.test(figure.indicator);
  return figure.direction !== null || CHANGE_LABEL.test(figure.label_zh);
}

/** The priority sector a label names: the longest printed form it contains, or null. */
export function sectorNamed(labelZh: string, sectors: SectorForms): { id: string; zh: string } | null {
  let found: { id: string; zh: string } | null = null;
  for (const [id, { zh }] of sectors) {
    for (const form of zh) if (labelZh.includes(form) && form.length > (found?.zh.length ?? 0)) found = { id, zh: form };
  }
  return found;
}

/** Targets are compared with targets, outcomes (actual or estimate) with outcomes; references never. */
function kindClass(kind: FigureKind): 'target' | 'outcome' | null {
  return kind === 'reference' ? null : kind === 'target' ? 'target' : 'outcome';
}

function inPrintOrder<T extends RelatableFigure>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => a.start - b.start);
}

/**
 * Shares grouped by the whole they are shares of, in print order; a group per whole, year and
 * kind, of one share or more.
 */
export function shareGroups<T extends RelatableFigure>(figures: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  let previousWhole: string | null = null;
  for (const figure of inPrintOrder(figures)) {
    const label = figure.unit === 'percent' ? shareLabel(figure.label_zh) : null;
    const kind = kindClass(figure.kind);
    // A bare 占比 shares the whole of the share printed right before it, if that is one.
    const whole: string | null = label ? (label.whole ?? previousWhole) : null;
    if (!label || !kind || whole === null) {
      previousWhole = null;
      if (label && kind) groups.set(`${figure.id}/alone`, [figure]);
      continue;
    }
    const key = `${whole}/${figure.period}/${kind}`;
    const group = groups.get(key) ?? [];
    // The same share printed twice is one mark.
    if (!group.some((f) => f.label_zh === figure.label_zh)) group.push(figure);
    groups.set(key, group);
    previousWhole = whole;
  }
  return [...groups.values()];
}

/** A whole and the parts the text lists after `其中`. */
export interface WholeAndParts<T> {
  whole: T;
  parts: T[];
}

const CLAUSE_END = /[，,；;。]/;
const SENTENCE_END = /[；;。]/;

/**
 * Every `其中` list of a paragraph: the parts are the figures of the clauses right after `其中`
 * that print a figure in one unit (the list ends at the first clause without one); the whole is
 * the last figure in that unit before `其中` in the same sentence. Parts must not add up to more
 * than the whole, or the reading is wrong and nothing is returned for that list.
 */
export function wholesAndParts<T extends RelatableFigure>(text: string, figures: readonly T[]): WholeAndParts<T>[] {
  const levels = inPrintOrder(figures).filter((f) => f.unit !== 'percent' && f.direction === null && kindClass(f.kind) !== null);
  const found: WholeAndParts<T>[] = [];
  for (let at = text.indexOf('其中'); at !== -1; at = text.indexOf('其中', at + 2)) {
    const after = levels.filter((f) => f.start > at);
    const first = after[0];
    if (!first || SENTENCE_END.test(text.slice(at, first.start))) continue;
    const parts: T[] = [];
    let clauseStart = at;
    for (const figure of after) {
      // The figure must sit in the clause right after the previous part's (or 其中's) clause.
      const between = text.slice(clauseStart, figure.start);
      const breaks = [...between].filter((c) => CLAUSE_END.test(c)).length;
      if (figure.unit !== first.unit || kindClass(figure.kind) !== kindClass(first.kind) || breaks > (parts.length === 0 ? 0 : 1) || SENTENCE_END.test(between)) break;
      parts.push(figure);
      clauseStart = figure.end;
    }
    if (parts.length === 0) continue;
    const sentenceStart = Math.max(...['。', '；', ';'].map((mark) => text.lastIndexOf(mark, at)));
    const whole: T | undefined = levels.filter((f) => f.end <= at && f.start > sentenceStart && f.unit === first.unit && kindClass(f.kind) === kindClass(first.kind) && f.period === first.period).at(-1);
    if (!whole || parts.some((p) => p.period !== whole.period)) continue;
    const total = parts.reduce((sum, p) => sum + p.value, 0);
    if (total <= whole.value) found.push({ whole, parts });
  }
  return found;
}

/**
 * Growth rates of named sectors, grouped by year and kind: groups of two or more rates, each
 * naming a different priority sector, in print order. Rates that name no sector are left out.
 */
export function sectorGrowthGroups<T extends RelatableFigure>(figures: readonly T[], sectors: SectorForms): T[][] {
  const groups = new Map<string, T[]>();
  const named = new Map<string, Set<string>>();
  for (const figure of inPrintOrder(figures)) {
    const kind = kindClass(figure.kind);
    const sector = isGrowthRate(figure) && kind ? sectorNamed(figure.label_zh, sectors) : null;
    if (!sector) continue;
    const key = `${figure.period}/${kind}`;
    const seen = named.get(key) ?? new Set();
    if (seen.has(sector.id)) continue;
    seen.add(sector.id);
    named.set(key, seen);
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

/**
 * Whether figures may be ranked against each other in one chart: growth rates of one year and
 * kind, each naming a different priority sector. Anything else (counts of unrelated things,
 * amounts of different measures, headline rates of the whole economy) is refused.
 */
export function rankable(figures: readonly RelatableFigure[], sectors: SectorForms): boolean {
  return figures.length >= 2 && sectorGrowthGroups(figures, sectors).some((group) => group.length === figures.length);
}
