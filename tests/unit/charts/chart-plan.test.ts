import { describe, expect, it } from 'vitest';
import { planParagraphCharts, type ChartPlanContext } from '../../../src/lib/charts/chart-plan.ts';
import { isGrowthRate, rankable, sectorNamed, shareLabel, type RelatableFigure } from '../../../src/lib/charts/figure-relations.ts';
import { loadTermbase } from '../../../src/lib/termbase/termbase.ts';

const { sectors } = loadTermbase('content/termbase');
const noSeries: ChartPlanContext = { sectors, seriesLength: () => 0 };

/**
 * The figures of a paragraph as the extractor reads them: each `[printed, label, overrides]` is
 * found in the text after the previous one, so spans are real.
 */
function paragraph(text: string, specs: [printed: string, label: string, overrides?: Partial<RelatableFigure>][]) {
  let from = 0;
  const figures = specs.map(([printed, label_zh, overrides], i): RelatableFigure => {
    const start = text.indexOf(printed, from);
    if (start === -1) throw new Error(`${printed} is not in the text after ${from}`);
    from = start + printed.length;
    return { id: `f${i + 1}`, unit: 'item', kind: 'actual', period: 2021, value: Number.parseFloat(printed), direction: null, label_zh, indicator: null, start, end: from, ...overrides };
  });
  return { text, figures };
}

const growth = { unit: 'percent', direction: 'increase' } as const;

describe('relations read off the wording', () => {
  it('reads the part and the whole of a share', () => {
    expect(shareLabel('战略性新兴产业企业增加值占规上工业增加值比重')).toEqual({ part: '战略性新兴产业企业增加值', whole: '规上工业增加值' });
    expect(shareLabel('服务业占经济总量的比重')).toEqual({ part: '服务业', whole: '经济总量' });
    expect(shareLabel('民间投资占比')).toEqual({ part: '民间投资', whole: null });
    expect(shareLabel('整改率')).toBeNull();
  });

  it('tells growth rates from shares and levels', () => {
    expect(isGrowthRate({ unit: 'percent', direction: 'increase', label_zh: '高技术制造业企业增加值增长', indicator: null })).toBe(true);
    expect(isGrowthRate({ unit: 'percent', direction: null, label_zh: '高技术服务业企业营业收入增速', indicator: null })).toBe(true);
    expect(isGrowthRate({ unit: 'percent', direction: null, label_zh: '服务业增加值占比', indicator: 'services-share' })).toBe(false);
    expect(isGrowthRate({ unit: 'CNY', direction: 'increase', label_zh: '税收增长', indicator: null })).toBe(false);
  });

  it('finds the longest sector a label names', () => {
    expect(sectorNamed('半导体集成电路产值增长', sectors)?.id).toBe('integrated-circuits');
    expect(sectorNamed('地区生产总值增长', sectors)).toBeNull();
  });
});

describe('planParagraphCharts', () => {
  it('ranks growth rates of named sectors in one year', () => {
    const text = '204 家战略性新兴产业企业增加值同比增长 16.6%。101 家高技术制造业企业增加值同比增长 26.7%。54 家高技术服务业企业营业收入增速超过 19.2%。';
    const p = paragraph(text, [
      ['16.6%', '战略性新兴产业企业增加值增长', growth],
      ['26.7%', '高技术制造业企业增加值增长', growth],
      ['19.2%', '高技术服务业企业营业收入增速', { unit: 'percent' }],
    ]);
    expect(planParagraphCharts(p, noSeries)).toEqual([{ type: 'growth', figures: ['f1', 'f2', 'f3'] }]);
  });

  it('rejects a ranked chart of unrelated things that share a unit', () => {
    // 33 mutually recognised lab tests against 2 coach routes; industrial enterprises against "enterprises".
    const counts = paragraph('两条客运班线延长运营，33 项临床检验结果互认。578 家规模工业企业，171 家企业产值超亿元。', [
      ['33', '临床检验'],
      ['578', '规模工业企业', { unit: 'enterprise' }],
      ['171', '企业产值超亿元', { unit: 'enterprise' }],
    ]);
    expect(planParagraphCharts(counts, noSeries)).toEqual([]);
    expect(rankable(counts.figures, sectors)).toBe(false);
    // Industrial output against retail sales: amounts of different measures.
    const amounts = paragraph('总产值 1435 亿元，限上社会消费品零售总额 213 亿元。', [
      ['1435', '规模工业企业总产值', { unit: 'CNY' }],
      ['213', '限上社会消费品零售总额', { unit: 'CNY' }],
    ]);
    expect(planParagraphCharts(amounts, noSeries)).toEqual([]);
    expect(rankable(amounts.figures, sectors)).toBe(false);
    // Headline rates of the whole economy name no sector: each is its own indicator's story.
    const headline = paragraph('地区生产总值同比增长 6.6%；一般公共预算收入同比增长 10.9%。', [
      ['6.6%', '地区生产总值增长', growth],
      ['10.9%', '一般公共预算收入增长', growth],
    ]);
    expect(planParagraphCharts(headline, noSeries)).toEqual([]);
    expect(rankable(headline.figures, sectors)).toBe(false);
  });

  it('does not rank one sector twice, a target against an outcome, or two years', () => {
    const text = '高技术制造业增长 26.7%，高技术制造业增长 20%，战略性新兴产业增长 16.6%。';
    const p = paragraph(text, [
      ['26.7%', '高技术制造业增长', growth],
      ['20%', '高技术制造业增长', { ...growth, period: 2020 }],
      ['16.6%', '战略性新兴产业增长', { ...growth, kind: 'target' }],
    ]);
    expect(planParagraphCharts(p, noSeries)).toEqual([]);
    expect(rankable(p.figures, sectors)).toBe(false);
  });

  it('draws a whole and the parts listed after 其中, and stops the list where the clauses do', () => {
    const text = '全区基本医疗保险参保人数达 64.84 万人，其中城镇职工 28.17 万人，城乡居民 36.67 万人，城乡居民医保待遇达到全市最高水平，2800 余名重度失能人员享受长护险待遇。';
    const p = paragraph(text, [
      ['64.84', '基本医疗保险参保人数', { unit: 'person', value: 648400 }],
      ['28.17', '城镇职工', { unit: 'person', value: 281700 }],
      ['36.67', '城乡居民', { unit: 'person', value: 366700 }],
      ['2800', '重度失能人员', { unit: 'person' }],
    ]);
    expect(planParagraphCharts(p, noSeries)).toEqual([{ type: 'parts', whole: 'f1', figures: ['f2', 'f3'] }]);
  });

  it('takes the whole in the unit of the parts, and refuses parts larger than it', () => {
    const text = '成功引进重点项目 577 个，计划总投资 358.8 亿元，其中亿元以上项目 42 个。';
    const p = paragraph(text, [
      ['577', '重点项目'],
      ['358.8', '重点项目计划总投资', { unit: 'CNY' }],
      ['42', '亿元以上项目'],
    ]);
    expect(planParagraphCharts(p, noSeries)).toEqual([{ type: 'parts', whole: 'f1', figures: ['f3'] }]);
    const wrong = paragraph('项目 42 个，其中重点项目 577 个。', [
      ['42', '项目'],
      ['577', '重点项目'],
    ]);
    expect(planParagraphCharts(wrong, noSeries)).toEqual([]);
  });

  it('groups shares by their whole; a bare 占比 right after a share shares its whole', () => {
    const text = '战略性新兴产业增加值占规模以上工业增加值比重达到35%，高技术制造业增加值占比达到26.2%。';
    const p = paragraph(text, [
      ['35%', '战略性新兴产业增加值占规模以上工业增加值比重', { unit: 'percent' }],
      ['26.2%', '高技术制造业增加值占比', { unit: 'percent' }],
    ]);
    expect(planParagraphCharts(p, noSeries)).toEqual([{ type: 'share', figures: ['f1', 'f2'] }]);
    // Shares of different wholes are never one chart.
    const apart = paragraph('税收收入占一般公共预算收入比重达到 77.6%，固定资产投资增长 5.3%，民间投资占比达到 70%。', [
      ['77.6%', '税收收入占一般公共预算收入比重', { unit: 'percent' }],
      ['5.3%', '固定资产投资增长', growth],
      ['70%', '民间投资占比', { unit: 'percent' }],
    ]);
    expect(planParagraphCharts(apart, noSeries)).toEqual([
      { type: 'share', figures: ['f1'] },
      { type: 'share', figures: ['f3'] },
    ]);
  });

  it('adds the first tracked indicator with two or more points in the window, and no second share bar of it', () => {
    const p = paragraph('服务业增加值占比达到 55.8%，新增就业 3.2 万人，职业技能培训 3.13 万人。', [
      ['55.8%', '服务业增加值占比', { unit: 'percent', indicator: 'services-share' }],
      ['3.2', '新增就业', { unit: 'person', indicator: 'new-jobs' }],
      ['3.13', '职业技能培训', { unit: 'person', indicator: 'vocational-training' }],
    ]);
    const lengths: Record<string, number> = { 'services-share': 2, 'new-jobs': 1, 'vocational-training': 3 };
    expect(planParagraphCharts(p, { sectors, seriesLength: (id) => lengths[id] ?? 0 })).toEqual([{ type: 'series', indicator: 'services-share' }]);
    expect(planParagraphCharts(p, { sectors, seriesLength: (id) => (id === 'services-share' ? 1 : (lengths[id] ?? 0)) })).toEqual([
      { type: 'share', figures: ['f1'] },
      { type: 'series', indicator: 'vocational-training' },
    ]);
  });

  it('charts nothing for a reference value', () => {
    const p = paragraph('低保标准由 980 元提高到 1010 元。', [
      ['980', '低保标准', { unit: 'CNY', kind: 'reference', indicator: 'minimum-allowance' }],
      ['1010', '低保标准', { unit: 'CNY' }],
    ]);
    expect(planParagraphCharts(p, { sectors, seriesLength: () => 2 })).toEqual([]);
  });
});
