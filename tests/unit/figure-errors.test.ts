/**
 * The figure errors a review of the English found, each fixed where it arose (extraction and
 * labelling), each pinned here on a paragraph made for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureContext } from '../../src/lib/figures/figures.ts';

const REVIEW: FigureContext = { plan: 2022, reviewsYear: 2021, section: '1-1', partRole: 'review' };
const PLAN: FigureContext = { plan: 2022, reviewsYear: 2021, section: '2-2', partRole: 'plan' };
const figuresIn = (text: string, context = REVIEW) => extractFigures({ id: 'p1-1-1', text }, context);

describe('figures a review found wrong', () => {
  it('gives each figure of a 分别 list its own label, never "in that order"', () => {
    const figures = figuresIn('力争“雏鹰”、“瞪羚”、科技领军企业分别达到 300 家、30 家和 20 家。', PLAN);
    expect(figures.map((f) => [f.label_zh, f.value])).toEqual([
      ['“雏鹰”企业', 300],
      ['“瞪羚”企业', 30],
      ['科技领军企业', 20],
    ]);
    const insured = figuresIn('城镇职工养老、工伤、失业保险参保人数分别达 20.5、19.63、19.97 万人。');
    expect(insured.map((f) => f.label_zh)).toEqual(['城镇职工养老保险参保人数', '工伤保险参保人数', '失业保险参保人数']);
  });

  it('keeps a list label whole when 分别 does not pair its items with the figures', () => {
    const figures = figuresIn('养老、医疗保险参保人数分别达 20 万人。');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.label_zh).toBe('养老、医疗保险参保人数');
  });

  it('reads a statutory value as a reference, not a result', () => {
    const [statutory, achieved] = figuresIn('建设工程审批从法定时限的 90 天、到综合垃圾处理厂的 35 天。');
    expect(statutory).toMatchObject({ value: 90, kind: 'reference' });
    expect(achieved).toMatchObject({ value: 35, kind: 'actual' });
  });

  it('reads a from→to pair as a change: the first value a reference, the second pointing back at it', () => {
    const [from, to] = figuresIn('低保标准由每人每月 980 元提升到 1010 元。');
    expect(from).toMatchObject({ value: 980, kind: 'reference' });
    expect(to).toMatchObject({ value: 1010, kind: 'actual', direction: 'increase', from: from!.id });
    const [a, b] = figuresIn('集中特困供养由每人每月 1840 元调整到 1870 元。');
    expect(a!.kind).toBe('reference');
    expect(b!.from).toBe(a!.id);
  });

  it('qualifies a generic count by what the clause says of it', () => {
    const [over] = figuresIn('171 家企业产值超亿元，重点产业链工业总产值 403.2 亿元。');
    expect(over!.label_zh).toBe('企业产值超亿元');
  });

  it('names a generic amount by the thing counted before it', () => {
    const [, investment] = figuresIn('成功引进友成汽车华北总部基地等重点项目 577 个，计划总投资 358.8 亿元。');
    expect(investment!.label_zh).toBe('重点项目计划总投资');
  });

  it('labels growth rates as growth, and a level without a change word', () => {
    const [growth] = figuresIn('预计实现地区生产总值同比增长 6.6%。');
    expect(growth!.label_zh).toBe('地区生产总值增长');
    const [fall] = figuresIn('碳排放强度下降 22%。');
    expect(fall!.label_zh).toBe('碳排放强度下降');
    const [level] = figuresIn('全社会固定资产投资完成 467 亿元。');
    expect(level!.label_zh).toBe('全社会固定资产投资');
  });

  it('reads 上涨 and 下跌 as directions, 低于 and 高于 as bounds', () => {
    expect(figuresIn('居民消费价格上涨 2.5%。')[0]).toMatchObject({ direction: 'increase', label_zh: '居民消费价格增长' });
    expect(figuresIn('生猪价格下跌 8%。')[0]).toMatchObject({ direction: 'decrease' });
    expect(figuresIn('城镇调查失业率低于 5.5%。', PLAN)[0]).toMatchObject({ qualifier: 'less-than', direction: null });
    expect(figuresIn('城镇调查失业率不低于 5.5%。', PLAN)[0]).toMatchObject({ qualifier: 'at-least' });
  });

  it('takes no figure from a session number or an unquoted numbered policy package', () => {
    expect(figuresIn('经区人大二次会议审议通过。')).toEqual([]);
    expect(figuresIn('落实惠企二十条，出台稳增长十条措施。')).toEqual([]);
    expect(figuresIn('新建学校三所。')[0]).toMatchObject({ value: 3 });
  });

  it('keeps the verb of a count whose noun follows it, so visited and introduced projects stay apart', () => {
    const [visited, introduced] = figuresIn('先后走访了人民金服、星云互联等 20 余家重点项目，引进北京重点项目 73 个。');
    expect(visited).toMatchObject({ label_zh: '走访重点项目', qualifier: 'more-than' });
    expect(introduced!.label_zh).not.toBe(visited!.label_zh);
    expect(introduced!.label_zh).not.toContain('走访');
  });
});
