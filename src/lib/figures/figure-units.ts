/**
 * The units a plan prints after a number, mapped to the ids the English side renders.
 *
 * One table is the single place to teach the extractor a new unit. It holds base units only: a
 * scale word printed before the unit (`万` in `万人次`, `亿` in `亿元`) is read separately and
 * applied with exact decimal arithmetic, so `亿元`, `万元` and `元` are all `CNY` and need no rows
 * of their own. A number followed by nothing in this table is never a figure: that alone keeps
 * out years (`2020 年`), dates (`9 月`), line numbers (`7 号线`), ages (`60 岁`) and durations
 * in names (`24 小时城市书房`).
 */

export interface UnitEntry {
  /** The unit as printed, without a scale word. */
  zh: string;
  /** Canonical id, used by the English renderer and the data files. */
  id: string;
  /** Whether it is a classifier that counts things (`27 个商超`), as opposed to a measure. */
  counts: boolean;
  /** Text that, directly after the unit, shows the character starts another word (`2020 天津`). */
  notBefore?: RegExp;
}

export const UNITS: readonly UnitEntry[] = [
  { zh: '%', id: 'percent', counts: false },
  { zh: '％', id: 'percent', counts: false },
  // Percentage points, not percent: "提高 2 个百分点" is +2 pp.
  { zh: '个百分点', id: 'pp', counts: false },
  { zh: '百分点', id: 'pp', counts: false },
  { zh: '美元', id: 'USD', counts: false },
  { zh: '元', id: 'CNY', counts: false, notBefore: /^[旦宵素气首]/ },
  { zh: '微克/立方米', id: 'microgram-per-cubic-metre', counts: false },
  { zh: '平方公里', id: 'square-km', counts: false },
  { zh: '平方米', id: 'square-metre', counts: false },
  { zh: '立方米', id: 'cubic-metre', counts: false },
  { zh: '公顷', id: 'hectare', counts: false },
  { zh: '亩', id: 'mu', counts: false },
  { zh: '公里', id: 'km', counts: false },
  { zh: '千米', id: 'km', counts: false },
  { zh: '吨', id: 'tonne', counts: false },
  { zh: '千瓦时', id: 'kWh', counts: false },
  { zh: '千瓦', id: 'kW', counts: false },
  { zh: '天', id: 'day', counts: false, notBefore: /^津/ },
  { zh: '分', id: 'point', counts: false, notBefore: /^钟/ },
  { zh: '倍', id: 'fold', counts: false },
  { zh: '人次', id: 'person-time', counts: true },
  { zh: '人', id: 'person', counts: true, notBefore: /^[制民]/ },
  { zh: '名', id: 'person', counts: true },
  { zh: '家次', id: 'enterprise-time', counts: true },
  { zh: '家', id: 'enterprise', counts: true, notBefore: /^[庭园乡长属具电政居]/ },
  { zh: '户次', id: 'household-time', counts: true },
  { zh: '户', id: 'household', counts: true },
  { zh: '所', id: 'school', counts: true },
  { zh: '例', id: 'case', counts: true },
  { zh: '起', id: 'case', counts: true, notBefore: /^[步点来草飞始码]/ },
  { zh: '次', id: 'times', counts: true },
  { zh: '场', id: 'event', counts: true },
  { zh: '个', id: 'item', counts: true },
  { zh: '项', id: 'item', counts: true },
  { zh: '件', id: 'item', counts: true },
  { zh: '条', id: 'item', counts: true },
  { zh: '座', id: 'unit', counts: true },
  { zh: '台', id: 'unit', counts: true },
  { zh: '套', id: 'unit', counts: true },
  { zh: '辆', id: 'vehicle', counts: true },
  { zh: '栋', id: 'building', counts: true },
  { zh: '处', id: 'site', counts: true },
  { zh: '块', id: 'plot', counts: true },
  { zh: '笔', id: 'transaction', counts: true },
  { zh: '份', id: 'copy', counts: true },
  { zh: '册', id: 'copy', counts: true },
  { zh: '只', id: 'piece', counts: true },
  { zh: '支', id: 'piece', counts: true },
  { zh: '张', id: 'piece', counts: true },
  { zh: '头', id: 'head', counts: true },
  { zh: '株', id: 'plant', counts: true },
];

const LONGEST_FIRST = [...UNITS].sort((a, b) => b.zh.length - a.zh.length);

/** The unit printed at `text[at]` (longest match first), if any. */
export function unitAt(text: string, at: number): UnitEntry | null {
  for (const unit of LONGEST_FIRST) {
    if (!text.startsWith(unit.zh, at)) continue;
    if (unit.notBefore?.test(text.slice(at + unit.zh.length))) continue;
    return unit;
  }
  return null;
}
