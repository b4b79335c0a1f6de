import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNITS } from '../../src/lib/figures/figure-units.ts';
import { extractFigures, type Figure, type FigureContext } from '../../src/lib/figures/figures.ts';
import type { PartRole } from '../../src/lib/plan/plan-model.ts';

interface SourceParagraph {
  id: string;
  text: string;
  section: string;
  partRole: PartRole;
}

const PLANS = [
  { plan: 2021, reviewsYear: 2020, file: 'xiqing-2021-plan.zh.txt' },
  { plan: 2022, reviewsYear: 2021, file: 'xiqing-2022-plan.zh.txt' },
] as const;

/**
 * The paragraphs of a plan's parts, cut the way the ingest cuts them: blank lines separate
 * paragraphs, a paragraph ending without closing punctuation continues in the next one, `一、`
 * opens a part and `（一）` a sub-section, whatever `#` marks them; the notice and title before the
 * first part carry no figures. Markup leftovers become PM2.5 as the ingest normalizes them.
 */
function paragraphsOf(file: string): SourceParagraph[] {
  const source = readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8');
  const blocks = source
    .replace(/PM<sub>2\.5<\/sub>|PM_\{2\.5\}/g, 'PM2.5')
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/^#+\s*/, ''))
    .filter((block) => block !== '');
  const paragraphs: SourceParagraph[] = [];
  let part = 0;
  let section = 0;
  let pending = '';
  const flush = (): void => {
    if (pending === '' || part === 0) return;
    const n = paragraphs.filter((paragraph) => paragraph.section === `${part}-${section}`).length + 1;
    paragraphs.push({
      id: `p${part}-${section}-${n}`,
      text: pending,
      section: `${part}-${section}`,
      partRole: part === 1 ? 'review' : 'plan',
    });
    pending = '';
  };
  for (const block of blocks) {
    if (/^[一二三四五六七八九十]+、/.test(block)) {
      flush();
      part += 1;
      section = 0;
    } else if (/^（[一二三四五六七八九十]+）/.test(block)) {
      flush();
      section += 1;
    } else {
      pending += block;
      if (/[。！？；：][”’）]*$/.test(pending)) flush();
      else if (part === 0) pending = '';
    }
  }
  flush();
  return paragraphs;
}

const extracted = PLANS.map(({ plan, reviewsYear, file }) => {
  const paragraphs = paragraphsOf(file);
  const figures = paragraphs.flatMap((paragraph) =>
    extractFigures(paragraph, { plan, reviewsYear, section: paragraph.section, partRole: paragraph.partRole }),
  );
  return { plan, reviewsYear, file, paragraphs, figures };
});

const allFigures = extracted.flatMap(({ figures }) => figures);
const textOf = new Map<string, string>(
  extracted.flatMap(({ plan, paragraphs }) =>
    paragraphs.map((paragraph) => [`${plan}-${paragraph.id}`, paragraph.text] as const),
  ),
);

function paragraphText(figure: Figure): string {
  return textOf.get(`${figure.plan}-${figure.paragraph}`) ?? '';
}

/** The one figure of `plan` whose span is `source` (in the paragraph `paragraph` if given). */
function sourced(plan: number, source: string, paragraph?: string): Figure {
  const matches = allFigures.filter(
    (figure) =>
      figure.plan === plan &&
      figure.source.text === source &&
      (paragraph === undefined || figure.paragraph === paragraph),
  );
  expect(matches, `${plan} ${source}`).toHaveLength(1);
  return matches[0] as Figure;
}

/**
 * No figure of `plan` is read from inside `fragment` (found once in the plan), except the spans
 * listed.
 */
function expectNoFigureWithin(plan: number, fragment: string, except: readonly string[] = []): void {
  const found = extracted
    .find((candidate) => candidate.plan === plan)
    ?.paragraphs.filter((paragraph) => paragraph.text.includes(fragment));
  expect(found, fragment).toHaveLength(1);
  const paragraph = found?.[0] as SourceParagraph;
  const start = paragraph.text.indexOf(fragment);
  const end = start + fragment.length;
  const inside = allFigures.filter(
    (figure) =>
      figure.plan === plan &&
      figure.paragraph === paragraph.id &&
      figure.source.start < end &&
      figure.source.end > start &&
      !except.includes(figure.source.text),
  );
  expect(inside.map((figure) => figure.source.text)).toEqual([]);
}

const REVIEW_2022: FigureContext = { plan: 2022, reviewsYear: 2021, section: '1-1', partRole: 'review' };
const PLAN_2022: FigureContext = { plan: 2022, reviewsYear: 2021, section: '2-1', partRole: 'plan' };

function figuresIn(text: string, context: FigureContext = REVIEW_2022): Figure[] {
  return extractFigures({ id: 'p1-1-1', text }, context);
}

/** The fields a reader checks, without id and span. */
function essence(figure: Figure): Partial<Figure> {
  const { id: _id, source: _source, ...rest } = figure;
  return rest;
}

describe('extractFigures over the two plans', () => {
  it('finds the pinned number of figures in each plan and part', () => {
    const counts = extracted.map(({ plan, figures }) => ({
      plan,
      total: figures.length,
      actual: figures.filter((figure) => figure.kind === 'actual').length,
      estimate: figures.filter((figure) => figure.kind === 'estimate').length,
      target: figures.filter((figure) => figure.kind === 'target').length,
      reference: figures.filter((figure) => figure.kind === 'reference').length,
    }));
    expect(counts).toEqual([
      { plan: 2021, total: 256, actual: 227, estimate: 13, target: 13, reference: 3 },
      { plan: 2022, total: 171, actual: 128, estimate: 18, target: 25, reference: 0 },
    ]);
  });

  it('keeps every figure as pinned in the fixture, for review as a diff', async () => {
    for (const { plan, figures } of extracted) {
      const rows = figures.map((figure) =>
        [
          figure.id,
          figure.period,
          figure.kind,
          figure.label_zh,
          figure.exact,
          figure.unit,
          figure.unit_zh,
          figure.qualifier ?? '',
          figure.direction ?? '',
          figure.source.text,
        ].join('\t'),
      );
      const header = 'id\tperiod\tkind\tlabel_zh\texact\tunit\tunit_zh\tqualifier\tdirection\tsource';
      await expect([header, ...rows, ''].join('\n')).toMatchFileSnapshot(
        `../fixtures/figures/xiqing-${plan}.figures.tsv`,
      );
    }
  });

  it('reads every figure from the exact span it cites', () => {
    for (const figure of allFigures) {
      const text = paragraphText(figure);
      expect(text.slice(figure.source.start, figure.source.end)).toBe(figure.source.text);
      expect(figure.source.text).toMatch(/[0-9零〇一二两三四五六七八九十百千]/);
      expect(figure.source.text).toContain(figure.unit_zh.replace(/^[十百千万亿]+/, '').slice(0, 1));
    }
  });

  it('numbers the figures of a paragraph in order', () => {
    const byParagraph = Map.groupBy(allFigures, (figure) => `${figure.plan}-${figure.paragraph}`);
    for (const [key, figures] of byParagraph) {
      expect(figures.map((figure) => figure.id)).toEqual(figures.map((_, n) => `${key}-${n + 1}`));
      const starts = figures.map((figure) => figure.source.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('gives exact canonical values in base units from the unit table', () => {
    const unitIds = new Set(UNITS.map((unit) => unit.id));
    for (const figure of allFigures) {
      expect(figure.exact).toMatch(/^(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$/);
      expect(figure.value).toBe(Number(figure.exact));
      expect(unitIds).toContain(figure.unit);
    }
  });

  it('dates review figures to the reviewed year and plan figures to the plan year, as targets', () => {
    for (const { plan, reviewsYear, figures } of extracted) {
      for (const figure of figures) {
        const isPlanPart = figure.paragraph.startsWith('p2-');
        expect(figure.period).toBe(isPlanPart ? plan : reviewsYear);
        expect(figure.kind === 'target').toBe(isPlanPart);
      }
    }
  });

  it('labels every figure with a trimmed Chinese phrase', () => {
    for (const figure of allFigures) {
      expect(figure.label_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(figure.label_zh).toBe(figure.label_zh.trim());
      expect(figure.label_zh).not.toMatch(/\s(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s/);
      expect(figure.label_zh).not.toMatch(/^(?:预计|全年|全区|累计|同比|实现|完成|达到|新建)/);
      expect(figure.label_zh).not.toMatch(/(?:达到|同比)$/);
      // A label ends with a change word only when it is a rate that moved.
      if (/(?:增长|下降)$/.test(figure.label_zh)) expect(figure).toMatchObject({ unit: 'percent', direction: expect.stringMatching(/increase|decrease/) });
    }
  });

  it('takes no year, date, ordinal, rank, name or quoted number for a figure', () => {
    for (const figure of allFigures) {
      const text = paragraphText(figure);
      const before = text.slice(0, figure.source.start);
      const after = text.slice(figure.source.end);
      expect(before, figure.id).not.toMatch(/第\s*$|前\s*$|[A-Za-z]$/);
      expect(after, figure.id).not.toMatch(/^\s*(?:年|月|日|号|届|期)/);
      const openQuotes = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
      const openTitles = (before.match(/《/g) ?? []).length - (before.match(/》/g) ?? []).length;
      expect([openQuotes, openTitles], figure.id).toEqual([0, 0]);
    }
  });
});

describe('extractFigures: pinned figures of the 2021 plan', () => {
  it('reads the headline estimates of the review with their scales', () => {
    expect(essence(sourced(2021, '132.77 亿元'))).toEqual({
      plan: 2021,
      section: '1-0',
      paragraph: 'p1-0-1',
      period: 2020,
      kind: 'estimate',
      value: 13277000000,
      exact: '13277000000',
      unit: 'CNY',
      unit_zh: '亿元',
      qualifier: null,
      direction: null,
      label_zh: '税收',
    });
    expect(sourced(2021, '0.5%')).toMatchObject({
      id: '2021-p1-0-1-1',
      label_zh: '地区生产总值增长',
      value: 0.5,
      unit: 'percent',
      direction: 'increase',
      kind: 'estimate',
    });
    expect(sourced(2021, '70%')).toMatchObject({ label_zh: '民间投资占比', kind: 'estimate' });
  });

  it('applies 万 and 亿 exactly', () => {
    expect(sourced(2021, '2.76 万亩')).toMatchObject({
      exact: '27600',
      unit: 'mu',
      unit_zh: '万亩',
      label_zh: '种植面积',
    });
    expect(sourced(2021, '70200 万元')).toMatchObject({ value: 702000000, unit: 'CNY', label_zh: '抗疫特别国债' });
    expect(sourced(2021, '37.9 万余只')).toMatchObject({
      value: 379000,
      unit: 'piece',
      unit_zh: '万只',
      qualifier: 'more-than',
      label_zh: '一次性口罩',
    });
    expect(sourced(2021, '6300 余万元')).toMatchObject({ value: 63000000, qualifier: 'more-than', unit_zh: '万元' });
    expect(sourced(2021, '3400 万人次')).toMatchObject({ value: 34000000, unit: 'person-time', label_zh: '旅游人数' });
    expect(sourced(2021, '0.9 万人次')).toMatchObject({ exact: '9000', label_zh: '入户医疗' });
    expect(sourced(2021, '2.36亿美元')).toMatchObject({ value: 236000000, unit: 'USD', label_zh: '外资到位额' });
  });

  it('reads counts with their classifiers and the noun they count', () => {
    expect(sourced(2021, '209 例')).toMatchObject({ value: 209, unit: 'case', label_zh: '疑似病例', kind: 'actual' });
    expect(sourced(2021, '22091 份')).toMatchObject({ value: 22091, unit: 'copy', label_zh: '核酸检测' });
    expect(sourced(2021, '1100 余次')).toMatchObject({
      value: 1100,
      unit: 'times',
      qualifier: 'more-than',
      label_zh: '流行病学调查',
    });
    expect(sourced(2021, '27 个')).toMatchObject({ value: 27, unit: 'item', label_zh: '商超' });
    expect(sourced(2021, '25 个', 'p1-1-2')).toMatchObject({ label_zh: '重点商超' });
    expect(sourced(2021, '792 座')).toMatchObject({ value: 792, unit: 'unit', label_zh: '5G基站' });
    expect(sourced(2021, '17064 户')).toMatchObject({ unit: 'household', label_zh: '新增市场主体' });
    expect(sourced(2021, '6 所')).toMatchObject({ unit: 'school', label_zh: '中学' });
    expect(sourced(2021, '560 家次')).toMatchObject({ unit: 'enterprise-time', label_zh: '网络巡查企业' });
    expect(sourced(2021, '38 起')).toMatchObject({ unit: 'case', label_zh: '涉黑恶案件' });
  });

  it('reads Chinese-numeral counts of concrete things', () => {
    expect(sourced(2021, '四个')).toMatchObject({ value: 4, unit: 'item', label_zh: '受援地' });
    expect(sourced(2021, '两条')).toMatchObject({ value: 2, unit: 'item', label_zh: '客运班线' });
    expect(sourced(2021, '四次')).toMatchObject({ value: 4, unit: 'times', label_zh: '重点项目签约活动' });
  });

  it('reads qualifiers before and after the number', () => {
    expect(sourced(2021, '近 8 万册')).toMatchObject({ value: 80000, qualifier: 'nearly' });
    expect(sourced(2021, '超过 2.7 亿元')).toMatchObject({ qualifier: 'more-than', label_zh: '减免房租' });
    expect(sourced(2021, '突破600家')).toMatchObject({ qualifier: 'exceeding', label_zh: '高新技术企业' });
    expect(sourced(2021, '约 4500 吨')).toMatchObject({ qualifier: 'about', unit: 'tonne' });
    expect(sourced(2021, '30 万吨左右')).toMatchObject({
      value: 300000,
      qualifier: 'about',
      kind: 'estimate',
      label_zh: '生活垃圾处理量',
    });
    expect(sourced(2021, '超200亿元')).toMatchObject({ qualifier: 'more-than', label_zh: '签约项目计划投资总额' });
  });

  it('reads directions, including a level reached after a change', () => {
    expect(sourced(2021, '22.06%')).toMatchObject({ direction: 'decrease', label_zh: '碳排放强度下降' });
    expect(sourced(2021, '20%')).toMatchObject({ direction: 'decrease', label_zh: '万元GDP能耗下降' });
    const before = sourced(2021, '980 元');
    expect(before).toMatchObject({ direction: null, label_zh: '低保标准', kind: 'reference' });
    expect(sourced(2021, '1010 元')).toMatchObject({ direction: 'increase', label_zh: '低保标准', kind: 'actual', from: before.id });
    expect(sourced(2021, '4.81%')).toMatchObject({ direction: 'increase', label_zh: '隐患上报率' });
  });

  it('shares a unit printed once for a list, and the label of a list item without its own', () => {
    const insured = allFigures.filter((figure) => figure.plan === 2021 && figure.source.text.endsWith('19.63 万人'));
    expect(insured.map((figure) => [figure.label_zh, figure.exact, figure.unit, figure.source.text])).toEqual([
      ['城镇职工养老保险参保人数', '207000', 'person', '20.7 万、19.94 万、19.63 万人'],
      ['工伤保险参保人数', '199400', 'person', '19.94 万、19.63 万人'],
      ['失业保险参保人数', '196300', 'person', '19.63 万人'],
    ]);
    expect(sourced(2021, '105.81 亿元')).toMatchObject({ label_zh: '贷款', unit: 'CNY' });
    expect(sourced(2021, '3090 笔')).toMatchObject({ label_zh: '贷款', unit: 'transaction' });
  });

  it('reads the targets of part two', () => {
    expect(sourced(2021, '12%')).toMatchObject({
      id: '2021-p2-0-3-2',
      kind: 'target',
      period: 2021,
      label_zh: '一般公共预算收入增长',
      direction: 'increase',
    });
    expect(sourced(2021, '6.6%')).toMatchObject({ kind: 'target', label_zh: '地区生产总值增长' });
    expect(sourced(2021, '突破660家')).toMatchObject({ kind: 'target', qualifier: 'exceeding' });
  });

  it.each([
    '“21 条”和“27 条”',
    '“14 条”和“补充六条”',
    '“132”工作组',
    '加快 5G 部署',
    '中芯国际 T2 产能',
    '在第四届世界智能大会',
    '位列全市第一位',
    '2019 年度工业园区',
    '2020-2021 年秋冬季',
    '《西青区企业复工复产政策需求二十问》',
    '“政务旗舰店”1.0版',
    '地铁 7 号线',
    '新 104 国道',
    '“十三五”规划目标',
    '“15分钟健身圈”',
    '“青阅书苑”24 小时城市书房',
    '为 60 岁及以上失能',
    '是两个百年目标交汇',
    '市委十一届九次、十次全会',
    '对总投资超千亿元的',
    '九十五中学',
    '（2020—2030 年）',
    '力争 2021 年底前入驻',
    '中国共产党成立 100 周年',
    '杨柳青古镇国家 5A 级景区',
  ])('takes no figure from %s', (fragment) => {
    expectNoFigureWithin(2021, fragment);
  });
});

describe('extractFigures: pinned figures of the 2022 plan', () => {
  it('reads the headline figures', () => {
    expect(sourced(2022, '467 亿元')).toMatchObject({
      kind: 'estimate',
      label_zh: '全社会固定资产投资',
      value: 46700000000,
    });
    expect(sourced(2022, '2.45 亿美元')).toMatchObject({ unit: 'USD', label_zh: '外资到位额' });
    expect(sourced(2022, '21%')).toMatchObject({ label_zh: '内资到位额增长', direction: 'increase' });
  });

  it('reads a 预计 sentence as estimates and the next sentence as actual', () => {
    expect(sourced(2022, '15%')).toMatchObject({
      kind: 'estimate',
      direction: 'increase',
      label_zh: '限上社会消费品零售总额增长',
    });
    expect(sourced(2022, '41 微克/立方米')).toMatchObject({
      kind: 'estimate',
      direction: 'decrease',
      unit: 'microgram-per-cubic-metre',
      label_zh: 'PM2.5年均浓度',
    });
    expect(sourced(2022, '65.3% 以上')).toMatchObject({ kind: 'estimate', qualifier: 'at-least' });
    expect(sourced(2022, '200 亩')).toMatchObject({ kind: 'actual', label_zh: '新增造林绿化' });
  });

  it('gives a share the subject it is a share of', () => {
    expect(sourced(2022, '41.5%').label_zh).toBe('战略性新兴产业企业增加值占规上工业增加值比重');
    expect(sourced(2022, '31%').label_zh).toBe('高技术制造业企业增加值占规上工业增加值比重');
  });

  it('reads bare Chinese scales only with 余', () => {
    expect(sourced(2022, '千余家次')).toMatchObject({ value: 1000, qualifier: 'more-than', unit: 'enterprise-time' });
    expect(sourced(2022, '百余次')).toMatchObject({ value: 100, qualifier: 'more-than', label_zh: '深入基层培训' });
    expect(sourced(2022, '1.4 亿余元')).toMatchObject({ value: 140000000, qualifier: 'more-than', unit_zh: '亿元' });
  });

  it('shares a scale and unit printed once for a list', () => {
    expect(sourced(2022, '20.5、19.63、19.97 万人')).toMatchObject({ exact: '205000', unit_zh: '万人' });
    expect(sourced(2022, '19.97 万人')).toMatchObject({ exact: '199700' });
  });

  it('reads the targets with 力争 and 分别', () => {
    expect(sourced(2022, '突破 720 家')).toMatchObject({
      kind: 'target',
      period: 2022,
      qualifier: 'exceeding',
      label_zh: '高新技术企业总量',
    });
    const rated = allFigures.filter((figure) => figure.plan === 2022 && figure.paragraph === 'p2-2-1' && figure.unit === 'enterprise' && figure.qualifier === null);
    expect(rated.map((figure) => [figure.label_zh, figure.value])).toEqual([
      ['“雏鹰”企业', 300],
      ['“瞪羚”企业', 30],
      ['科技领军企业', 20],
    ]);
    expect(sourced(2022, '90%以上')).toMatchObject({
      kind: 'target',
      qualifier: 'at-least',
      label_zh: '高校毕业生就业率',
    });
    expect(sourced(2022, '73.2万平方米')).toMatchObject({ value: 732000, label_zh: '旧楼区' });
  });

  it.each([
    '“两个一百年”奋斗目标',
    '地铁 7、8、10、11 号线',
    '杨柳青电厂7号机组',
    '“十四五”期间“1010”工程项目',
    '“12345”热线',
    '“一制三化”3.0改革',
    '三年行动计划（2021-2023）',
    '累计共有 5000 万元以上的',
    '其中亿元以上项目',
    '承接第二届天津市',
    '《西青区大学科技园“科创10条”支持政策（试行）》',
    '2021 年第一批、第二批',
    '“1+11+25”规划编制体系',
    'EMBA 六校联盟',
    '“三个着力”',
    '两种方式',
    '五中、六中全会以及中央经济工作会议',
    '区第十二次党代会',
    '171 家企业产值超亿元',
  ])('takes no figure from %s', (fragment) => {
    expectNoFigureWithin(2022, fragment, fragment.startsWith('171') ? ['171 家'] : []);
  });
});

describe('extractFigures: rules on constructed paragraphs', () => {
  it('reads 个百分点 as percentage points, not percent', () => {
    const [points] = figuresIn('研发投入强度比上年提高 0.2 个百分点。', PLAN_2022);
    expect(points).toMatchObject({
      value: 0.2,
      unit: 'pp',
      unit_zh: '个百分点',
      direction: 'increase',
      label_zh: '研发投入强度',
      kind: 'target',
    });
  });

  it('gives `5G 基站` and `5G基站` the same figure', () => {
    const [spaced] = figuresIn('加快 5G 部署，新建 5G 基站 792 座。');
    const [unspaced] = figuresIn('加快5G部署，新建5G基站792座。');
    expect(spaced && essence(spaced)).toEqual(unspaced && essence(unspaced));
    expect([spaced?.source.text, unspaced?.source.text]).toEqual(['792 座', '792座']);
  });

  it('dates a figure to the year its sentence states', () => {
    const figures = figuresIn('到 2025 年，全区地区生产总值达到 1500 亿元。全年新增就业 2.3 万人。', PLAN_2022);
    expect(figures.map((figure) => [figure.period, figure.label_zh, figure.value])).toEqual([
      [2025, '地区生产总值', 150000000000],
      [2022, '新增就业', 23000],
    ]);
  });

  it('scopes 预计 to the rest of its sentence', () => {
    const figures = figuresIn('全区预计实现税收 100 亿元；完成投资 20 亿元。新增就业 2 万人。');
    expect(figures.map((figure) => figure.kind)).toEqual(['estimate', 'estimate', 'actual']);
  });

  it('numbers figure ids by plan, paragraph and order', () => {
    const figures = extractFigures({ id: 'p1-3-2', text: '新增企业 5 家，项目 6 个。' }, REVIEW_2022);
    expect(figures.map((figure) => figure.id)).toEqual(['2022-p1-3-2-1', '2022-p1-3-2-2']);
    expect(figures.map((figure) => [figure.section, figure.paragraph])).toEqual([
      ['1-1', 'p1-3-2'],
      ['1-1', 'p1-3-2'],
    ]);
  });

  it.each([
    ['超过 5 家', 'more-than'],
    ['5 余家', 'more-than'],
    ['5 多家', 'more-than'],
    ['逾 5 家', 'more-than'],
    ['5 家以上', 'at-least'],
    ['不少于 5 家', 'at-least'],
    ['近 5 家', 'nearly'],
    ['约 5 家', 'about'],
    ['5 家左右', 'about'],
    ['突破 5 家', 'exceeding'],
    ['不超过 5 家', 'at-most'],
    ['5 家以内', 'at-most'],
    ['不足 5 家', 'less-than'],
    ['达到 5 家', null],
    ['达 5 家', null],
  ])('reads %s with qualifier %s', (printed, qualifier) => {
    const [figure] = figuresIn(`新增企业${printed}。`);
    expect(figure).toMatchObject({ value: 5, qualifier, source: { text: printed.replace(/^达到? /, '') } });
  });

  it('does not take 超 or 约 inside words for qualifiers', () => {
    expect(figuresIn('重点商超 25 家。')[0]).toMatchObject({ qualifier: null, label_zh: '重点商超' });
    expect(figuresIn('签约 79 个项目。')[0]).toMatchObject({ qualifier: null, label_zh: '项目' });
  });

  it.each([
    ['同比增长 15%', 'increase'],
    ['增加 3 个', 'increase'],
    ['提高到 90%', 'increase'],
    ['下降 2%', 'decrease'],
    ['减少 3 个', 'decrease'],
    ['降低 1.5%', 'decrease'],
    ['降至 41 微克/立方米', 'decrease'],
    ['达到 90%', null],
    ['改善 23.85%', null],
  ])('reads %s with direction %s', (printed, direction) => {
    expect(figuresIn(`某指标${printed}。`)[0]?.direction).toBe(direction);
  });

  it('reads Chinese numerals only as counts of concrete things', () => {
    const counted = figuresIn('新建三所学校，培训志愿者两千余人，一千零七十个村。');
    expect(counted.map((figure) => [figure.value, figure.unit, figure.label_zh])).toEqual([
      [3, 'school', '学校'],
      [2000, 'person', '培训志愿者'],
      [1070, 'item', '村'],
    ]);
    const notCounted = figuresIn(
      '实现两个一百年奋斗目标和两个百年目标，十分重要，千家万户，一次性口罩，' +
        '一批项目，两种方式，市委十一届九次、十次全会。',
    );
    expect(notCounted).toEqual([]);
  });

  it('takes no number from years, dates, ordinals, ranks, names, models, titles or ranges', () => {
    const text = [
      '2021 年 1 月 18 日，第四届世界智能大会，第 3 批试点，位居全市前 10 名，位列全市第一位，',
      '落实“21 条”和“27 条”，“十四五”规划，《三年行动计划（2021-2023）》，',
      '加快 5G 部署，中芯国际 T2 项目，PM2.5 年均浓度，5A 级景区，地铁 1 号线和 7、8、10、11 号线，',
      '实施“1+3+3”体系，承办 2020 天津国际种业博览会，24 小时城市书房，60 岁及以上老人，建设 3-5 个园区。',
    ].join('');
    expect(figuresIn(text)).toEqual([]);
  });

  it('reads a quantity bounded and followed by 的 as a threshold, not a figure', () => {
    const figures = figuresIn('累计共有 5000 万元以上的新动能储备项目 43 个，对总投资超千亿元的 43 个项目跟踪服务。');
    expect(figures.map((figure) => figure.source.text)).toEqual(['43 个', '43 个']);
    expect(figures[0]?.label_zh).toBe('5000万元以上的新动能储备项目');
  });

  it('keeps a measure linked by 的 to what it measures', () => {
    const [area] = figuresIn('推动实施 73.2 万平方米的旧楼区改造。', PLAN_2022);
    expect(area).toMatchObject({ value: 732000, unit: 'square-metre', label_zh: '旧楼区' });
  });

  it('reads Arabic numbers with thousands separators and full-width digits', () => {
    expect(figuresIn('计划投资额 1,070.14 亿元。')[0]).toMatchObject({
      exact: '107014000000',
      label_zh: '计划投资额',
    });
    expect(figuresIn('新增企业１２家。')[0]).toMatchObject({ value: 12, unit: 'enterprise' });
  });
});
