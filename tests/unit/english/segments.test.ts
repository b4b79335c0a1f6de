import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausesOf, sentencesOf } from '../../../src/lib/english/segments.ts';
import { parseSeed } from '../../helpers/seeds.ts';

describe('segments', () => {
  it('cuts sentences at 。；！？ and clauses at ，：, with exact spans', () => {
    const text = '加快 5G 部署，新建通信基站 776 座；提升产业链能级。主要是：';
    const clauses = clausesOf(text);
    expect(clauses.map((c) => [c.text, c.sentence, c.ends])).toEqual([
      ['加快 5G 部署', 0, '，'],
      ['新建通信基站 776 座', 0, '；'],
      ['提升产业链能级', 1, '。'],
      ['主要是', 2, '：'],
    ]);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['加快 5G 部署，新建通信基站 776 座', '提升产业链能级', '主要是']);
  });

  it('keeps enumerations with 、 and punctuation inside quotes, titles and brackets in their clause', () => {
    const text = '制定出台《西青区招商引资工作三年行动计划（2021-2023）》，推行“一张表单、一套材料，一个窗口”模式，培育车联网、集成电路等产业。';
    expect(clausesOf(text).map((c) => c.text)).toEqual([
      '制定出台《西青区招商引资工作三年行动计划（2021-2023）》',
      '推行“一张表单、一套材料，一个窗口”模式',
      '培育车联网、集成电路等产业',
    ]);
  });

  it('lets an unclosed quotation mark protect nothing', () => {
    expect(clausesOf('推行“一张表单，一套材料。').map((c) => c.text)).toEqual(['推行“一张表单', '一套材料']);
  });

  it('covers every character of a paragraph but the delimiters, in order, on any text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[加快部署，。；：、“”《》（）0-9 ]{0,40}$/), (text) => {
        const clauses = clausesOf(text);
        let at = 0;
        for (const c of clauses) {
          expect(c.start).toBeGreaterThanOrEqual(at);
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.text).toBe(c.text.trim());
          at = c.end;
        }
      }),
    );
  });

  it('segments every paragraph of the seeds without losing a Han character', () => {
    for (const year of [2021, 2022] as const) {
      for (const paragraph of parseSeed(year).parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs))) {
        const han = (s: string) => s.match(/\p{Script=Han}/gu)?.join('') ?? '';
        expect(clausesOf(paragraph.text).map((c) => han(c.text)).join('')).toBe(han(paragraph.text));
      }
    }
  });
});
