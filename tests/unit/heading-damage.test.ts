/**
 * Headings damaged by extraction are read through, one test per kind of damage: ASCII brackets,
 * a trailing full stop, `#` marks of any level or none, spaces in the numbering. The printed
 * heading stays verbatim; the reading is logged at its line.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, type ParsedPlan } from '../../src/lib/plan/parse-plan.ts';
import { fixturePath, fixtureText, lineOf } from '../helpers/genre-fixtures.ts';

const OLDER = fixtureText('older-plan');
const REPORT = fixtureText('report');

const parse = (text: string, file = fixturePath('older-plan')) => parsePlan(text, file);
const section = (plan: ParsedPlan, id: string) => plan.parts.flatMap((p) => p.sections).find((s) => s.id === id);
const structure = (plan: ParsedPlan) => plan.parts.flatMap((p) => p.sections.map((s) => [s.id, s.title_zh, s.paragraphs.map((para) => para.text)]));
const loggedAt = (plan: ParsedPlan, line: number) => plan.normalizations.filter((n) => n.line === line).map((n) => [n.kind, n.before, n.after]);

describe('headings damaged by extraction', () => {
  it('ASCII brackets: (一) is read as sub-section （一）, printed as it stands', () => {
    const plan = parse(OLDER);
    const line = lineOf(OLDER, '(一)供给侧');
    expect(section(plan, '1-1')).toMatchObject({ numeral: '一', heading_zh: '(一)供给侧结构性改革成效明显。', title_zh: '供给侧结构性改革成效明显' });
    expect(loggedAt(plan, line)).toContainEqual(['heading-numbering', '(一)', '（一）']);
    // The notice's disclosure line, in ASCII brackets too, is read as the disclosure.
    expect(plan.notice?.disclosure_zh).toBe('此件主动公开');
  });

  it('a trailing full stop: the heading keeps it, the title leaves it out, and the reading is logged', () => {
    const plan = parse(OLDER);
    const line = lineOf(OLDER, '(三)民生保障');
    expect(section(plan, '1-3')).toMatchObject({ heading_zh: '(三)民生保障水平稳步提高。', title_zh: '民生保障水平稳步提高' });
    expect(loggedAt(plan, line)).toContainEqual(['heading-full-stop', '。', '']);
  });

  it('# marks of any level, or none, give the same structure, and each mark is logged', () => {
    const withMarks = OLDER.replace(/^(\(|一、|二、)/gm, (marker, _m, at: number) => `${'#'.repeat(1 + (at % 4))} ${marker}`);
    const without = OLDER.replace(/^#+ /gm, '');
    expect(structure(parse(withMarks))).toEqual(structure(parse(OLDER)));
    expect(structure(parse(without))).toEqual(structure(parse(OLDER)));
    expect(parse(without).normalizations.filter((n) => n.kind === 'heading-mark')).toEqual([]);
    const marks = parse(withMarks).normalizations.filter((n) => n.kind === 'heading-mark');
    expect(marks.length).toBe(withMarks.match(/^#+ /gm)!.length);
    expect(new Set(marks.map((n) => n.before.trim()))).not.toEqual(new Set(['#']));
  });

  it('spaces inside or around the numbering: （ 二 ） and 一 、 are read and logged', () => {
    const plan = parse(OLDER);
    expect(section(plan, '1-2')).toMatchObject({ numeral: '二', title_zh: '创新驱动能力不断增强' });
    expect(loggedAt(plan, lineOf(OLDER, '（ 二 ）'))).toContainEqual(['heading-numbering', '（ 二 ）', '（二）']);

    const spaced = REPORT.replace('一、2018年', '一 、 2018年');
    const report = parse(spaced, fixturePath('report'));
    expect(report.parts[0]).toMatchObject({ numeral: '一', title_zh: '2018年国民经济和社会发展计划执行情况', heading_zh: '一 、 2018年国民经济和社会发展计划执行情况' });
    expect(loggedAt(report, lineOf(spaced, '一 、'))).toEqual([['heading-numbering', '一 、', '一、']]);
  });
});
