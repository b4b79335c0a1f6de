import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { ChartSpec } from '../../../src/lib/charts/chart-spec.ts';
import { chartLabel, chartTakeaway } from '../../../src/lib/charts/takeaway.ts';
import { mark } from '../../helpers/chart-marks.ts';

const zh = useTranslations('zh');
const en = useTranslations('en');
const CJK = /[\u4e00-\u9fff]/;

describe('chartTakeaway: growth by sector', () => {
  const sectors = (lang: 'zh' | 'en', kind: 'actual' | 'target' = 'actual') => [
    mark(16.6, { short: lang === 'en' ? 'strategic emerging industries' : '战略性新兴产业', display: lang === 'en' ? 'up 16.6%' : '16.6%', kind }),
    mark(26.7, { short: lang === 'en' ? 'high-tech manufacturing' : '高技术制造业', display: lang === 'en' ? 'up 26.7%' : '26.7%', kind }),
    mark(19.2, { short: lang === 'en' ? 'high-tech services' : '高技术服务业', display: lang === 'en' ? 'more than 19.2%' : '超过 19.2%', kind }),
  ];

  it('says which sector grew fastest and which slowest, in words', () => {
    const text = chartTakeaway({ type: 'growth', title: 'Growth by sector, 2021', marks: sectors('en') }, en);
    expect(text).toBe('High-tech manufacturing grew fastest, up 26.7%; strategic emerging industries slowest, up 16.6%.');
    expect(text).not.toMatch(CJK);
    expect(chartTakeaway({ type: 'growth', title: '2021年分产业增速', marks: sectors('zh') }, zh)).toBe('高技术制造业增长最快（26.7%），战略性新兴产业最慢（16.6%）。');
  });

  it('says a sector fell, and speaks of targets as aims', () => {
    const falling = [mark(5, { short: 'biomedicine', display: 'up 5%' }), mark(-2, { short: 'automotive', display: 'down 2%' })];
    expect(chartTakeaway({ type: 'growth', title: 'Growth', marks: falling }, en)).toBe('Biomedicine grew fastest, up 5%; automotive fell, down 2%.');
    expect(chartTakeaway({ type: 'growth', title: 'Targets', marks: sectors('en', 'target') }, en)).toContain('has the highest growth target');
  });
});

describe('chartTakeaway: shares and parts', () => {
  it('names the whole once, then each share', () => {
    const marks = [mark(41.5, { short: 'strategic emerging industries', display: '41.5%' }), mark(31, { short: 'high-tech manufacturing', display: '31%' })];
    expect(chartTakeaway({ type: 'share', title: 'Share of industrial added value', whole: 'industrial added value', marks }, en)).toBe('Strategic emerging industries: 41.5% of industrial added value; high-tech manufacturing: 31%.');
    const single = [mark(55.8, { short: '服务业增加值', display: '55.8%' })];
    expect(chartTakeaway({ type: 'share', title: '占比', whole: null, marks: single }, zh)).toBe('服务业增加值55.8%。');
  });

  it('lists the parts, largest first, of the whole', () => {
    const whole = mark(648400, { label: 'people enrolled in basic medical insurance', display: '648,400' });
    const marks = [mark(281700, { label: 'urban employees enrolled', display: '281,700' }), mark(366700, { label: 'urban and rural residents enrolled', display: '366,700' })];
    expect(chartTakeaway({ type: 'parts', title: 'Breakdown', unit: 'people', whole, marks }, en)).toBe(
      'Of 648,400 people enrolled in basic medical insurance: urban and rural residents enrolled, 366,700; urban employees enrolled, 281,700.',
    );
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

  it('goes from the first to the last figure and says whether the next target points the better way', () => {
    const higher = chartTakeaway(series('higher', 'en'), en);
    expect(higher).toMatch(/^Up 3.5%/);
    for (const part of ['2020', 'up 6.6% (est.)', '2021', 'up 6.5%', '2022', 'rising', 'not the better direction', 'below']) expect(higher).toContain(part);
    const lower = chartTakeaway(series('lower', 'en'), en);
    expect(lower).toContain('the better direction');
    expect(lower).not.toContain('not the better direction');
  });

  it('does the same in Chinese', () => {
    const text = chartTakeaway(series('higher', 'zh'), zh);
    for (const part of ['增长3.5%', '2020', '增长6.6%（预计）', '增长6.5%', '2022', '上升', '低于', '方向不利']) expect(text).toContain(part);
  });

  it('says whether a target was met when its year has a figure, and then states a later target', () => {
    const marks = [mark(6.6, { period: 2021, kind: 'estimate', display: 'up 6.6%' }), mark(6, { period: 2021, kind: 'target', display: 'about 6%' }), mark(7, { period: 2022, kind: 'target', display: 'up 7%' })];
    const text = chartTakeaway({ type: 'series', title: 'GRP', unit: '%', better: 'higher', marks }, en);
    expect(text).toMatch(/about 6%.*was met.*up 6\.6% \(est\.\).*2022.*up 7%/);
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
    const spec: ChartSpec = { type: 'share', title: 'Share of GRP', whole: 'GRP', marks: [mark(55.8, { short: 'services', display: '55.8%' })] };
    expect(chartLabel(spec, en).startsWith('Share of GRP')).toBe(true);
    expect(chartLabel(spec, en)).toContain(chartTakeaway(spec, en));
  });

  it('refuses a chart without marks', () => {
    expect(() => chartTakeaway({ type: 'growth', title: 'Empty', marks: [] }, en)).toThrow(/Empty/);
  });
});
