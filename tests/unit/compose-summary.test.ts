import { describe, expect, it } from 'vitest';
import { composeSectionSummary, figurePhrase, MAX_POINTS, MIN_POINTS } from '../../src/lib/english/compose-summary.ts';
import { figureRecord, type FigureRecord } from '../../src/lib/figures/figure-record.ts';
import { extractFigures } from '../../src/lib/figures/figures.ts';
import type { Section } from '../../src/lib/plan/plan-model.ts';
import { checkSummary } from '../../src/lib/english/summary-gate.ts';
import type { Termbase } from '../../src/lib/termbase/termbase.ts';

/** A termbase of exactly the entries a test names. */
function termbase(entries: Partial<{ [K in keyof Termbase]: Termbase[K] extends ReadonlyMap<string, infer V> ? Record<string, V> : never }>): Termbase {
  const map = <V>(r: Record<string, V> | undefined) => new Map(Object.entries(r ?? {}));
  return {
    sections: map(entries.sections), topics: map(entries.topics), names: map(entries.names), policy: map(entries.policy),
    indicators: map(entries.indicators), phrases: map(entries.phrases), labels: map(entries.labels), clauses: map(entries.clauses),
  };
}

const section = (paragraphs: string[], over: Partial<Section> = {}): Section => ({
  id: '1-1', part: 1, index: 1, kind: 'subsection', title_zh: '产业发展不断加速', title_editorial: false,
  paragraphs: paragraphs.map((text, i) => ({ id: `p1-1-${i + 1}`, text, line: i + 1 })), ...over,
});

function records(s: Section, tb: Termbase, partRole: 'review' | 'plan' = 'review'): FigureRecord[] {
  return s.paragraphs.flatMap((p) =>
    extractFigures(p, { plan: 2022, reviewsYear: 2021, section: s.id, partRole }).map((f) => figureRecord(f, p.text, tb) as FigureRecord),
  );
}

const TB = termbase({
  sections: { 产业发展不断加速: 'Industrial development accelerated' },
  topics: {
    现代产业体系加速创建: { review: 'A modern industrial system took shape faster' },
    新动能引育成效显著: { review: 'New growth drivers were fostered to good effect' },
    促进工业优化升级: { plan: 'promote the optimization and upgrading of industry' },
  },
  labels: { 通信基站: { en: 'new communication base stations' }, 限上社会消费品零售总额: { en: 'retail sales above designated size', indicator: 'retail-sales' }, 税收: { en: 'tax revenue' } },
  names: { 中芯国际: { en: 'SMIC', kind: 'company' } },
  clauses: { 经济发展总体稳步向前: 'the economy moved steadily forward overall' },
});

describe('composing a section summary', () => {
  const s = section([
    '现代产业体系加速创建。加快 5G 部署，新建通信基站 776 座。全年预计实现限上社会消费品零售总额 213 亿元，同比增长 15%。',
    '新动能引育成效显著。中芯国际项目加快建设。',
  ]);
  const figures = records(s, TB);
  const { summary, missing } = composeSectionSummary({ plan: 2022, year: 2021, role: 'review', section: s, figures }, TB);

  it('gives a title, a one-sentence lead and three to six points', () => {
    expect(missing).toEqual([]);
    expect(summary.title_en).toBe('Industrial development accelerated');
    expect(summary.lead_en).toBe('In 2021, a modern industrial system took shape faster and new growth drivers were fostered to good effect.');
    expect(summary.points.length).toBeGreaterThanOrEqual(MIN_POINTS);
    expect(summary.points.length).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('opens a point with its topic and quotes the paragraph figures, past tense for a review', () => {
    expect(summary.points[0]!.text).toBe('A modern industrial system took shape faster: retail sales above designated size of CNY 21.3 billion (est.), up 15% (est.); 776 new communication base stations.');
    expect(summary.points[0]!.paragraph).toBe('p1-1-1');
  });

  it('fills a short section with the companies it names', () => {
    expect(summary.points.map((p) => p.text)).toContain('Named: SMIC.');
  });

  it('passes the gate', () => {
    const context = { plan: 2022, years: [2022, 2021], figures: new Map(figures.map((f) => [f.id, f])), titleZh: s.title_zh };
    expect(checkSummary(summary, context)).toEqual([]);
  });

  it('is deterministic', () => {
    const again = composeSectionSummary({ plan: 2022, year: 2021, role: 'review', section: s, figures: records(s, TB) }, TB);
    expect(JSON.stringify(again.summary)).toBe(JSON.stringify(summary));
  });

  it('writes targets as plans', () => {
    const plan = section(['促进工业优化升级。全年税收力争增长 10%。'], { id: '2-1', part: 2 });
    const planned = composeSectionSummary({ plan: 2022, year: 2022, role: 'plan', section: plan, figures: records(plan, TB, 'plan') }, TB);
    expect(planned.summary.points[0]!.text).toBe('Aims to promote the optimization and upgrading of industry: tax revenue up 10%.');
    expect(planned.summary.lead_en).toBe('In 2022, the district aims to promote the optimization and upgrading of industry.');
  });

  it('reports what the termbase lacks instead of guessing', () => {
    const unknown = section(['营商环境继续优化。新增市场主体 2.5 万户。'], { title_zh: '未收录的标题' });
    const { missing } = composeSectionSummary({ plan: 2022, year: 2021, role: 'review', section: unknown, figures: [] }, TB);
    expect(missing.map((m) => [m.kind, m.zh])).toEqual([
      ['section title', '未收录的标题'],
      ['topic phrase', '营商环境继续优化'],
    ]);
  });

  it('renders prose without a topic sentence clause by clause', () => {
    const prose = section(['城镇居民人均可支配收入高于经济增速，经济发展总体稳步向前。'], { id: '1-0', index: 0, kind: 'intro' });
    const { missing } = composeSectionSummary({ plan: 2022, year: 2021, role: 'review', section: prose, figures: [] }, TB);
    expect(missing).toEqual([{ kind: 'clause', zh: '城镇居民人均可支配收入高于经济增速', where: '2022 1-0 p1-1-1' }]);
  });
});

describe('the gate', () => {
  const figure = { id: 'f1', label_en: 'tax revenue', value_en: 'CNY 13.28 billion', counts: false, direction: null, kind: 'estimate' } as unknown as FigureRecord;
  const context = { plan: 2021, years: [2021, 2020], figures: new Map([['f1', figure]]), titleZh: '2020 年国民经济和社会发展规划执行情况' };
  const summary = (text: string, figures: string[] = ['f1'], clauses: { text: string; start: number; end: number }[] = []) => ({
    section: '1-0', title_en: 'Implementation of the 2020 plan', lead_en: 'In 2020, things happened.', lead_figures: [], key_figures: ['f1'],
    points: [{ text, paragraph: 'p1-0-1', figures, clauses }],
  });

  it('accepts numbers that trace to the section figures, the years and the rendered clauses', () => {
    expect(checkSummary(summary(`${figurePhrase(figure)}.`), context)).toEqual([]);
    expect(checkSummary(summary('2021 marked the centenary, the 100th year.', [], [{ text: '2021 年是中国共产党成立 100 周年', start: 0, end: 20 }]), context)).toEqual([]);
    expect(checkSummary(summary('The 14th Five-Year Plan began.', [], [{ text: '“十四五”规划的开局之年', start: 0, end: 10 }]), context)).toEqual([]);
  });

  it('refuses a number that traces to no figure, naming section and number', () => {
    expect(checkSummary(summary('Tax revenue of CNY 13.29 billion.'), context)).toEqual([
      { plan: 2021, section: '1-0', problem: 'point 1: the number 13.29 does not trace to a figure of this section' },
    ]);
  });

  it('refuses a figure of another section', () => {
    expect(checkSummary(summary('Nothing.', ['f9']), context)[0]!.problem).toBe('point 1: figure f9 is not a figure of this section');
  });

  it('refuses CJK in English prose', () => {
    expect(checkSummary(summary('The 放管服 reform.', []), context)[0]!.problem).toBe('point 1: a CJK character in English: "放"');
  });
});

describe('the committed summaries of the seeds', () => {
  it.each([2021, 2022])('%i: every section has a title, a lead and three to six points', async (year) => {
    const { readFileSync } = await import('node:fs');
    const plan = JSON.parse(readFileSync(`content/summaries/${year}.json`, 'utf8')) as { sections: { title_en: string; lead_en: string; points: unknown[] }[] };
    expect(plan.sections.length).toBe(17);
    for (const s of plan.sections) {
      expect(s.title_en).not.toBe('');
      expect(s.lead_en).toMatch(/\.$/);
      expect(s.points.length).toBeGreaterThanOrEqual(MIN_POINTS);
      expect(s.points.length).toBeLessThanOrEqual(MAX_POINTS);
    }
  });
});
