import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../src/lib/figures/figure-record.ts';
import { indicatorOf } from '../../src/lib/figures/indicator-match.ts';
import { indicatorSeries, latestPoint, trackedIndicators } from '../../src/lib/figures/indicator-series.ts';
import { signedValue } from '../../src/lib/figures/signed-value.ts';
import { ABOUT_TOLERANCE, listedMeasures, matchTargets, measureCore, targetMet } from '../../src/lib/figures/target-outcomes.ts';
import { loadTermbase } from '../../src/lib/termbase/termbase.ts';

const termbase = loadTermbase('content/termbase');

let serial = 0;
function figure(overrides: Partial<FigureRecord>): FigureRecord {
  serial += 1;
  return {
    id: `f${serial}`,
    plan: 2021,
    section: '1-0',
    paragraph: 'p1-0-1',
    period: 2020,
    kind: 'actual',
    value: 1,
    exact: '1',
    unit: 'percent',
    unit_zh: '%',
    qualifier: null,
    direction: null,
    label_zh: '地区生产总值',
    source: { text: '1%', start: 0, end: 2 },
    label_en: 'GRP',
    value_en: '1%',
    counts: false,
    indicator: null,
    ...overrides,
  };
}

describe('indicatorOf', () => {
  it('lets the unit choose between the level and the growth printed under one name', () => {
    expect(indicatorOf({ label_zh: '一般公共预算收入', unit: 'CNY', counts: false }, termbase)).toBe('public-budget-revenue');
    expect(indicatorOf({ label_zh: '一般公共预算收入', unit: 'percent', counts: false }, termbase)).toBe('public-budget-revenue-growth');
  });
  it('matches counts to indicators kept as count nouns, never to measures', () => {
    expect(indicatorOf({ label_zh: '高新技术企业', unit: 'enterprise', counts: true }, termbase)).toBe('high-tech-enterprises');
    expect(indicatorOf({ label_zh: '地区生产总值', unit: 'enterprise', counts: true }, termbase)).toBeNull();
  });
  it('gives percentage points and unknown labels no indicator', () => {
    expect(indicatorOf({ label_zh: '服务业增加值占比', unit: 'pp', counts: false }, termbase)).toBeNull();
    expect(indicatorOf({ label_zh: '不存在的指标', unit: 'percent', counts: false }, termbase)).toBeNull();
  });
});

describe('indicatorSeries', () => {
  const estimate = figure({ plan: 2022, period: 2021, kind: 'estimate', value: 6.6, indicator: 'gdp-growth' });
  const target2021 = figure({ plan: 2021, period: 2021, kind: 'target', value: 6.6, indicator: 'gdp-growth' });
  const actual2020 = figure({ plan: 2021, period: 2020, value: 0.5, indicator: 'gdp-growth' });
  const repeated = figure({ plan: 2021, period: 2020, value: 0.5, indicator: 'gdp-growth', section: '1-1' });
  const other = figure({ indicator: 'services-share' });

  it('orders by period, then actual, estimate, target, and keeps the first of repeated mentions', () => {
    expect(indicatorSeries([estimate, target2021, repeated, actual2020, other], 'gdp-growth').map((f) => f.id)).toEqual([repeated.id, estimate.id, target2021.id]);
  });
  it('takes the latest outcome before any target as the latest value', () => {
    expect(latestPoint(indicatorSeries([estimate, target2021, actual2020], 'gdp-growth'))?.id).toBe(estimate.id);
    expect(latestPoint([target2021])?.id).toBe(target2021.id);
  });
  it('tracks only indicators with values, in registry order', () => {
    expect(trackedIndicators([other, actual2020], ['gdp-growth', 'pm25', 'services-share']).map((t) => t.id)).toEqual(['gdp-growth', 'services-share']);
  });
});

describe('targets against outcomes', () => {
  it('signs falls only for rates of change', () => {
    expect(signedValue(figure({ value: 18, direction: 'decrease', indicator: 'carbon-intensity-change' }))).toBe(-18);
    expect(signedValue(figure({ value: 41, direction: 'decrease', unit: 'microgram-per-cubic-metre', indicator: 'pm25' }))).toBe(41);
    expect(signedValue(figure({ value: 30, direction: 'decrease', indicator: 'services-share' }))).toBe(30);
  });
  it('respects the direction of improvement and the qualifiers', () => {
    const target = figure({ kind: 'target', value: 660, qualifier: 'exceeding', unit: 'enterprise' });
    expect(targetMet(target, figure({ value: 676, unit: 'enterprise' }), 'higher')).toBe(true);
    expect(targetMet(target, figure({ value: 660, unit: 'enterprise' }), 'higher')).toBe(false);
    expect(targetMet(figure({ kind: 'target', value: 80000 }), figure({ value: 80000, qualifier: 'nearly' }), 'higher')).toBe(false);
    expect(targetMet(figure({ kind: 'target', value: 42 }), figure({ value: 41 }), 'lower')).toBe(true);
    expect(targetMet(figure({ kind: 'target', value: 6, direction: 'increase' }), figure({ value: 3, direction: 'decrease' }), 'higher')).toBe(false);
  });
  it("matches a plan's targets for its year with the next plan's outcomes for that year", () => {
    const gdpTarget = figure({ plan: 2021, period: 2021, kind: 'target', value: 6.6, indicator: 'gdp-growth' });
    const revenueTarget = figure({ plan: 2021, period: 2021, kind: 'target', value: 12, indicator: 'public-budget-revenue-growth' });
    const schools = figure({ plan: 2021, period: 2021, kind: 'target', value: 14, unit: 'school', label_zh: '学校' });
    const longTerm = figure({ plan: 2021, period: 2025, kind: 'target', value: 7, indicator: 'gdp-growth' });
    const nextTarget = figure({ plan: 2022, period: 2022, kind: 'target', value: 6.6, indicator: 'gdp-growth' });
    const gdpOutcome = figure({ plan: 2022, period: 2021, kind: 'estimate', value: 6.6, indicator: 'gdp-growth' });
    const revenueOutcome = figure({ plan: 2022, period: 2021, kind: 'estimate', value: 10.9, indicator: 'public-budget-revenue-growth' });
    const staleOutcome = figure({ plan: 2021, period: 2020, value: 0.5, indicator: 'gdp-growth' });
    const result = matchTargets([gdpTarget, revenueTarget, schools, longTerm, nextTarget, gdpOutcome, revenueOutcome, staleOutcome], (id) => termbase.indicators.get(id)?.better);
    expect(result.map((r) => [r.target.id, r.outcome?.id ?? null, r.status])).toEqual([
      [gdpTarget.id, gdpOutcome.id, 'met'],
      [revenueTarget.id, revenueOutcome.id, 'missed'],
      [schools.id, null, 'no-outcome'],
      [nextTarget.id, null, 'pending'],
    ]);
  });

  it('reads a target printed as about a value with the stated tolerance', () => {
    const about = figure({ kind: 'target', value: 6, qualifier: 'about', direction: 'increase' });
    const justShort = 6 * (1 - ABOUT_TOLERANCE) + 0.01;
    expect(targetMet(about, figure({ value: justShort, direction: 'increase' }), 'higher')).toBe(true);
    expect(targetMet(about, figure({ value: 6 * (1 - ABOUT_TOLERANCE) - 0.01, direction: 'increase' }), 'higher')).toBe(false);
    expect(targetMet(figure({ kind: 'target', value: 6, direction: 'increase' }), figure({ value: justShort, direction: 'increase' }), 'higher')).toBe(false);
    const lower = figure({ kind: 'target', value: 40, qualifier: 'about', unit: 'microgram-per-cubic-metre', indicator: 'pm25' });
    expect(targetMet(lower, figure({ value: 41.9, unit: 'microgram-per-cubic-metre', indicator: 'pm25' }), 'lower')).toBe(true);
    expect(targetMet(lower, figure({ value: 42.1, unit: 'microgram-per-cubic-metre', indicator: 'pm25' }), 'lower')).toBe(false);
  });

  it('finds the same measure in other words, and a measure reported only together with others', () => {
    expect(measureCore('天津市“雏鹰”企业评价入库')).toBe('雏鹰企业');
    expect(measureCore('高新技术企业总量')).toBe(measureCore('国家高新技术企业'));
    expect(measureCore('新增就业')).not.toBe(measureCore('就业'));
    expect(listedMeasures('“雏鹰”、“瞪羚”、领军企业')).toEqual(['雏鹰企业', '瞪羚企业', '领军企业']);
    expect(listedMeasures('高新技术企业')).toEqual([]);
    const eaglets = figure({ plan: 2021, period: 2021, kind: 'target', value: 280, unit: 'enterprise', label_zh: '天津市“雏鹰”企业评价入库', indicator: 'eaglet-enterprises' });
    const parks = figure({ plan: 2021, period: 2021, kind: 'target', value: 5, unit: 'item', label_zh: '市级以上工业园区辐射带动效应' });
    const plans = figure({ plan: 2021, period: 2021, kind: 'target', value: 25, unit: 'item', label_zh: '全区专项规划编制' });
    const together = figure({ plan: 2022, period: 2021, value: 343, unit: 'enterprise', label_zh: '“雏鹰”、“瞪羚”、领军企业' });
    const inOtherWords = figure({ plan: 2022, period: 2021, value: 26, unit: 'item', label_zh: '专项规划编制' });
    const otherUnit = figure({ plan: 2022, period: 2021, value: 7, unit: 'enterprise', label_zh: '市级以上工业园区辐射带动效应' });
    const result = matchTargets([eaglets, parks, plans, together, inOtherWords, otherUnit], (id) => termbase.indicators.get(id)?.better);
    expect(result.map((r) => [r.target.id, r.outcome?.id ?? null, r.status])).toEqual([
      [eaglets.id, together.id, 'combined'],
      [parks.id, null, 'no-outcome'],
      [plans.id, inOtherWords.id, 'met'],
    ]);
  });
});
