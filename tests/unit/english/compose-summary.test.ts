import { describe, expect, it } from 'vitest';
import { composeSectionSummary, MAX_POINTS, MIN_POINTS } from '../../../src/lib/english/compose-summary.ts';
import { renderParagraph } from '../../../src/lib/english/render-paragraph.ts';
import { grammarOf } from '../../../src/lib/english/render-plan.ts';
import { checkSummary } from '../../../src/lib/english/summary-gate.ts';
import { figureRecord, type FigureRecord } from '../../../src/lib/figures/figure-record.ts';
import { extractFigures } from '../../../src/lib/figures/figures.ts';
import type { PartRole, Section } from '../../../src/lib/plan/plan-model.ts';
import { termbaseOf } from '../../helpers/termbase.ts';

const TB = termbaseOf({
  'sections.yaml': '产业发展不断加速: Industrial development accelerated\n',
  'labels.yaml': '通信基站: { en: "communication base stations" }\n限上社会消费品零售总额增长: { en: "growth of retail sales above designated size" }\n',
  'names.yaml': '中芯国际: { en: SMIC, kind: company }\n杉杉奥特莱斯: { en: Shanshan Outlets, kind: project }\n',
  'sectors.yaml': 'internet-of-vehicles: { zh: [车联网], en: Internet of Vehicles }\n',
  'policy.yaml': '习近平新时代中国特色社会主义思想:\n  en: Xi Jinping Thought\n  explain: The guiding ideology.\n',
  'nouns.yaml': '5G部署: 5G deployment\n通信基站: communication base stations\n产业: { en: industry, mod: industrial }\n重点项目: key projects\n',
  'verbs.yaml': '加快: speed up\n推进: advance\n培育: foster\n坚持: adhere to\n"{np}加快建设": { en: "construction of {np} will speed up", past: "construction of {np} sped up", form: statement }\n',
  'noun-rules.yaml': '"{np}建设": "the construction of {np}"\n"{names}等重点项目": "key projects such as {names}"\n"{mod}{np}": "{mod} {np}"\n',
  'templates.yaml': '"新建{np}{count}": "build {count} new {np}"\n"同比增长{figure}": { en: "{figure} year on year", form: statement }\n',
  'topics.yaml': '现代产业体系加速创建: { review: A modern industrial system took shape faster }\n',
  'modifiers.yaml': '积极: actively\n',
});
const GRAMMAR = grammarOf(TB);

const section = (paragraphs: string[]): Section => ({
  id: '1-1', part: 1, index: 1, kind: 'subsection', title_zh: '产业发展不断加速', title_editorial: false,
  paragraphs: paragraphs.map((text, i) => ({ id: `p1-1-${i + 1}`, text, line: i + 1 })),
});

function composed(texts: string[], role: PartRole = 'review') {
  const s = section(texts);
  const figures: FigureRecord[] = s.paragraphs.flatMap((p) =>
    extractFigures(p, { plan: 2022, reviewsYear: 2021, section: s.id, partRole: role }).map((f) => figureRecord(f, p.text, TB) as FigureRecord),
  );
  const paragraphs = s.paragraphs.map((p) => renderParagraph(p, figures.filter((f) => f.paragraph === p.id), { role, grammar: GRAMMAR, termbase: TB }));
  return { figures, ...composeSectionSummary({ plan: 2022, year: 2021, role, section: s, figures, paragraphs }, TB, GRAMMAR.lexicon) };
}

describe('composing a section summary from the rendering', () => {
  const { summary, missing, figures } = composed([
    '现代产业体系加速创建。加快 5G 部署，新建通信基站 776 座。',
    '积极培育车联网产业。中芯国际加快建设。',
    '坚持习近平新时代中国特色社会主义思想。推进杉杉奥特莱斯等重点项目建设。',
  ]);

  it('gives a title, a lead and three to six points', () => {
    expect(missing).toEqual([]);
    expect(summary.title_en).toBe('Industrial development accelerated');
    expect(summary.points.length).toBeGreaterThanOrEqual(MIN_POINTS);
    expect(summary.points.length).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('chooses named projects and companies, then sectors, then figures, and leaves preamble out', () => {
    const texts = summary.points.map((p) => p.text);
    const at = (needle: string) => texts.findIndex((t) => t.includes(needle));
    expect(at('Shanshan Outlets')).toBeGreaterThanOrEqual(0);
    expect(at('SMIC')).toBeGreaterThanOrEqual(0);
    expect(at('Internet of Vehicles')).toBeGreaterThanOrEqual(0);
    expect(at('Xi Jinping Thought')).toBe(-1);
  });

  it('never uses a bare heading as a point when its paragraph says more', () => {
    expect(summary.points.map((p) => p.text)).not.toContain('A modern industrial system took shape faster.');
  });

  it('leads with the most concrete things: names and sectors', () => {
    expect(summary.lead_en).toMatch(/Shanshan Outlets/);
    expect(summary.lead_en).toMatch(/Internet of Vehicles/);
  });

  it('renders review points in the past tense without a subject', () => {
    const point = summary.points.find((p) => p.text.includes('5G deployment'))!;
    expect(point.text).toBe('Sped up 5G deployment and built 776 new communication base stations.');
    expect(point.figures).toEqual([figures.find((f) => f.value === 776)!.id]);
  });

  it('passes the gate: every number traces to a figure or the clause it renders', () => {
    const context = { plan: 2022, years: [2022, 2021], figures: new Map(figures.map((f) => [f.id, f])), titleZh: '产业发展不断加速' };
    expect(checkSummary(summary, context)).toEqual([]);
  });

  it('condenses a section of preamble to one short point at most', () => {
    const { summary: preamble } = composed(['坚持习近平新时代中国特色社会主义思想，坚持习近平新时代中国特色社会主义思想。加快 5G 部署。'], 'plan');
    expect(preamble.points.filter((p) => p.text.includes('Xi Jinping')).length).toBeLessThanOrEqual(1);
  });

  it('is deterministic', () => {
    const again = composed([
      '现代产业体系加速创建。加快 5G 部署，新建通信基站 776 座。',
      '积极培育车联网产业。中芯国际加快建设。',
      '坚持习近平新时代中国特色社会主义思想。推进杉杉奥特莱斯等重点项目建设。',
    ]);
    expect(again.summary).toEqual(summary);
  });

  it('reports a missing title instead of guessing', () => {
    const s = section(['加快 5G 部署。']);
    s.title_zh = '未收录的标题';
    const paragraphs = s.paragraphs.map((p) => renderParagraph(p, [], { role: 'plan', grammar: GRAMMAR, termbase: TB }));
    const result = composeSectionSummary({ plan: 2022, year: 2022, role: 'plan', section: s, figures: [], paragraphs }, TB, GRAMMAR.lexicon);
    expect(result.missing).toEqual([{ kind: 'section title', zh: '未收录的标题', where: '2022 1-1' }]);
  });
});
