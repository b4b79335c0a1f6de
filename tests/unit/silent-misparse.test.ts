/**
 * No silent mis-parse, one test per case: a line that looks like a heading but is read as a
 * paragraph, numbering that restarts, a part without the sub-sections its siblings have, an
 * unusually long heading. Each ends in an error naming the file, the line and what was expected,
 * or in a logged decision with no section lost.
 */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/lib/plan/ingest-error.ts';
import { parsePlan, type ParsedPlan } from '../../src/lib/plan/parse-plan.ts';
import { fixtureText, lineOf } from '../helpers/genre-fixtures.ts';

const OLDER = fixtureText('older-plan');
const REPORT = fixtureText('report');
const parse = (text: string) => parsePlan(text, 'plan.txt');
const sectionIds = (plan: ParsedPlan) => plan.parts.flatMap((p) => p.sections.map((s) => s.id));

describe('a line that looks like a heading', () => {
  it('run in with its paragraph: the heading is split off, its section kept, and the decision logged', () => {
    const text = OLDER.replace('(三)民生保障水平稳步提高。\n\n', '(三)民生保障水平稳步提高。');
    const plan = parse(text);
    expect(sectionIds(plan)).toEqual(sectionIds(parse(OLDER)));
    const section = plan.parts[0]!.sections.find((s) => s.id === '1-3')!;
    expect(section.heading_zh).toBe('(三)民生保障水平稳步提高。');
    expect(section.paragraphs[0]!.text.startsWith('就业形势保持稳定。')).toBe(true);
    expect(plan.decisions).toContainEqual(expect.objectContaining({ kind: 'run-in-heading', line: lineOf(text, '(三)民生保障') }));
  });

  it('numbered prose (二、三产业…) stays a paragraph, and the decision is logged', () => {
    const prose = '二、三产业增加值分别增长2%和5%，服务业占全区经济总量的比重达到55%。';
    const text = OLDER.replace('\n(一)供给侧', `\n${prose}\n\n(一)供给侧`);
    const plan = parse(text);
    expect(plan.parts).toHaveLength(2);
    expect(plan.parts[0]!.sections[0]!.paragraphs.map((p) => p.text)).toContain(prose);
    expect(plan.decisions).toContainEqual(expect.objectContaining({ kind: 'numbered-paragraph', line: lineOf(text, prose) }));
  });

  it('the next sub-section number on a line that is no heading: an error naming the line and what was expected', () => {
    const line = '(三)民生保障水平稳步提高，就业形势保持稳定，全年新增就业2.1万人，城镇登记失业率控制在3.5%以内，社会保障体系更加健全，各项保险覆盖面持续扩大。';
    const text = OLDER.replace('(三)民生保障水平稳步提高。', line);
    expect(() => parse(text)).toThrow(
      new IngestError('plan.txt', lineOf(text, line), `the line opens with （三）, the next sub-section's number, but is no heading (${line.length} characters, no short first sentence): expected a heading line such as "（三）…" of at most 60 characters`),
    );
  });
});

describe('numbering that restarts', () => {
  it('is an error naming the line, the heading before it and the number expected', () => {
    const text = OLDER.replace('(三)民生保障', '(一)民生保障');
    expect(() => parse(text)).toThrow(
      new IngestError('plan.txt', lineOf(text, '(一)民生保障'), `numbering restarts: sub-section （一） after sub-section （二） at line ${lineOf(OLDER, '（ 二 ）')}, where number 3 was expected`),
    );
  });
});

describe('a part with no sub-sections where its siblings have them', () => {
  it('is an error when the genre divides that part (the notice plan\'s targets and tasks)', () => {
    const text = OLDER.replace('(一)深化供给侧结构性改革。\n\n', '').replace('(二)持续增进民生福祉。\n\n', '');
    expect(() => parse(text)).toThrow(
      new IngestError('plan.txt', lineOf(text, '二、2018年'), "part 二、 has no sub-sections, but in a notice plan this year's targets and tasks is divided into numbered sub-sections: is a sub-section heading damaged beyond reading?"),
    );
  });

  it('is an error for the report\'s tasks part, and the genre\'s own shape for its targets part', () => {
    const text = REPORT.replace('（一）着力推动高质量发展\n\n', '').replace('（二）着力保障和改善民生\n\n', '');
    expect(() => parse(text)).toThrow(new RegExp(`^plan\\.txt:${lineOf(text, '三、2019年')}: part 三、 has no sub-sections, but in a report to the people's congress this year's tasks and measures`));
    expect(parse(REPORT).parts[1]!.sections.map((s) => s.kind)).toEqual(['intro']);
  });
});

describe('an unusually long heading', () => {
  it('up to 100 characters, continuing the numbering and without a sentence end: read as the heading, the decision logged', () => {
    const plan = parsePlan(fixtureText('long-heading'), 'plan.txt');
    expect(plan.parts[0]!.sections.map((s) => s.kind)).toEqual(['intro', 'subsection', 'subsection']);
    expect(plan.decisions.map((d) => [d.kind, d.line])).toContainEqual(['long-heading', 17]);
  });

  it('longer than that: an error, not a heading merged into the next paragraph', () => {
    const long = `（一）${'坚持稳增长与调结构并重加快推动先进制造业现代服务业和都市型农业协调发展'.repeat(3)}`;
    const text = fixtureText('long-heading').replace(/^（一）坚持.*$/m, long);
    expect(long.length).toBeGreaterThan(100);
    expect(() => parse(text)).toThrow(new RegExp(`^plan\\.txt:${lineOf(text, long)}: the line opens with （一）, the next sub-section's number, but is no heading`));
  });
});
