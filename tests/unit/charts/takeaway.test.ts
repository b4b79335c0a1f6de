import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { ChartSpec } from '../../../src/lib/charts/chart-spec.ts';
import { chartLabel, chartTakeaway } from '../../../src/lib/charts/takeaway.ts';
import { mark } from '../../helpers/chart-marks.ts';

const zh = useTranslations('zh');
const en = useTranslations('en');
const CJK = /[\u4e00-\u9fff]/;

describe('chartTakeaway: bars', () => {
  const marks = {
    en: [mark(2.2e10, { label: 'Domestic capital', display: 'CNY 22 billion' }), mark(4.67e10, { label: 'Fixed-asset investment', display: 'CNY 46.7 billion', kind: 'estimate' }), mark(3e9, { label: 'Exports', display: 'CNY 3 billion' })],
    zh: [mark(2.2e10, { label: '内资到位额', display: '220亿元' }), mark(4.67e10, { label: '固定资产投资', display: '467亿元', kind: 'estimate' }), mark(3e9, { label: '出口额', display: '30亿元' })],
  };

  it('names the largest and smallest with their printed values and the count, in English', () => {
    const text = chartTakeaway({ type: 'bars', title: 'Investment', unit: 'CNY', marks: marks.en }, en);
    for (const part of ['Fixed-asset investment', 'CNY 46.7 billion (est.)', 'Exports', 'CNY 3 billion', '3']) expect(text).toContain(part);
    expect(text.indexOf('Fixed-asset investment')).toBeLessThan(text.indexOf('Exports'));
    expect(text).not.toContain('Domestic capital');
    expect(text).not.toMatch(CJK);
  });

  it('does the same in Chinese', () => {
    const text = chartTakeaway({ type: 'bars', title: '投资', unit: '亿元', marks: marks.zh }, zh);
    for (const part of ['固定资产投资', '467亿元（预计）', '出口额', '30亿元', '3']) expect(text).toContain(part);
    expect(text).not.toContain('内资到位额');
  });

  it('states a single amount plainly', () => {
    const text = chartTakeaway({ type: 'bars', title: 'Exports', unit: 'CNY', marks: [marks.en[2]!] }, en);
    expect(text).toContain('Exports');
    expect(text).toContain('CNY 3 billion');
  });
});

describe('chartTakeaway: share', () => {
  it('lists each share with its label and printed value, in both languages', () => {
    const en_ = chartTakeaway({ type: 'share', title: 'Share of GRP', marks: [mark(55.8, { label: 'Services', display: '55.8%' }), mark(40.1, { label: 'Industry', display: '40.1%' })] }, en);
    for (const part of ['Services', '55.8%', 'Industry', '40.1%']) expect(en_).toContain(part);
    const zh_ = chartTakeaway({ type: 'share', title: '占比', marks: [mark(55.8, { label: '服务业增加值占比', display: '55.8%' })] }, zh);
    for (const part of ['服务业增加值占比', '55.8%']) expect(zh_).toContain(part);
  });
});

describe('chartTakeaway: series', () => {
  const series = (better: 'higher' | 'lower', lang: 'zh' | 'en'): ChartSpec => ({
    type: 'series',
    title: lang === 'en' ? 'GRP growth' : '地区生产总值增速',
    unit: '%',
    better,
    marks: [
      mark(3.5, { period: 2020, kind: 'actual', display: lang === 'en' ? 'up 3.5%' : '增长3.5%' }),
      mark(6.6, { period: 2021, kind: 'estimate', display: lang === 'en' ? 'up 6.6%' : '增长6.6%' }),
      mark(6.5, { period: 2022, kind: 'target', display: lang === 'en' ? 'up 6.5%' : '增长6.5%' }),
    ],
  });

  it('goes from the first to the last figure and says whether the latest target points the better way', () => {
    const higher = chartTakeaway(series('higher', 'en'), en);
    for (const part of ['up 3.5%', '2020', 'up 6.6% (est.)', '2021', 'up 6.5%', '2022', 'rising', 'not the better direction', 'below']) expect(higher).toContain(part);
    const lower = chartTakeaway(series('lower', 'en'), en);
    expect(lower).toContain('the better direction');
    expect(lower).not.toContain('not the better direction');
  });

  it('does the same in Chinese', () => {
    const text = chartTakeaway(series('higher', 'zh'), zh);
    for (const part of ['增长3.5%', '2020', '增长6.6%（预计）', '增长6.5%', '2022', '上升', '低于', '方向不利']) expect(text).toContain(part);
  });

  it('says whether a target was met when its year has a figure', () => {
    const marks = [mark(6.6, { period: 2021, kind: 'estimate', display: 'up 6.6%' }), mark(6, { period: 2021, kind: 'target', display: 'about 6%' })];
    expect(chartTakeaway({ type: 'series', title: 'GRP', unit: '%', better: 'higher', marks }, en)).toMatch(/about 6%.*was met.*up 6\.6% \(est\.\)/);
    expect(chartTakeaway({ type: 'series', title: 'Energy use', unit: '%', better: 'lower', marks }, en)).toContain('was not met');
  });

  it('states a target alone when nothing precedes it', () => {
    const text = chartTakeaway({ type: 'series', title: 'GRP', unit: '%', better: 'higher', marks: [mark(6.5, { period: 2022, kind: 'target', display: 'up 6.5%' })] }, en);
    expect(text).toContain('up 6.5%');
    expect(text).toContain('2022');
  });
});

describe('chartLabel', () => {
  it('leads with the title', () => {
    const spec: ChartSpec = { type: 'share', title: 'Share of GRP', marks: [mark(55.8, { label: 'Services', display: '55.8%' })] };
    expect(chartLabel(spec, en).startsWith('Share of GRP')).toBe(true);
    expect(chartLabel(spec, en)).toContain(chartTakeaway(spec, en));
  });

  it('refuses a chart without marks', () => {
    expect(() => chartTakeaway({ type: 'bars', title: 'Empty', unit: 'CNY', marks: [] }, en)).toThrow(/Empty/);
  });
});
