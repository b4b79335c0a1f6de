import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/lib/plan/ingest-error.ts';
import { parsePlan } from '../../src/lib/plan/parse-plan.ts';
import { parseSeed, seedText } from '../helpers/seeds.ts';

const subsectionCount = (plan: ReturnType<typeof parseSeed>, part: number) =>
  plan.parts[part - 1]!.sections.filter((s) => s.kind === 'subsection').length;

describe('parsePlan on the seeds', () => {
  it.each([
    [2021, 8, 5],
    [2022, 7, 6],
  ] as const)('%i: part one has %i sub-sections, part two %i', (year, partOne, partTwo) => {
    const plan = parseSeed(year);
    expect(plan.parts.map((p) => p.role)).toEqual(['review', 'plan']);
    expect(subsectionCount(plan, 1)).toBe(partOne);
    expect(subsectionCount(plan, 2)).toBe(partTwo);
  });

  it('takes the hierarchy from numbering, whatever the # level (2021 mixes ##, ### and ####)', () => {
    const plan = parseSeed(2021);
    const partOne = plan.parts[0]!.sections.filter((s) => s.kind === 'subsection');
    expect(partOne.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(partOne[1]!.heading_zh).toBe('（二）着力优化产业结构，深入推进高质量发展');
    expect(partOne[3]!.title_zh).toBe('着力加强生态优化，深入推进绿色发展');
    expect(plan.normalizations.filter((n) => n.kind === 'heading-mark').map((n) => n.before.trim())).toEqual(
      expect.arrayContaining(['#', '##', '###', '####']),
    );
  });

  it('reads a file with no # marks at all (2022)', () => {
    const plan = parseSeed(2022);
    expect(plan.normalizations.some((n) => n.kind === 'heading-mark')).toBe(false);
    expect(plan.parts[1]!.heading_zh).toBe('二、2022年国民经济和社会发展的主要目标任务');
  });

  it('gives each part an intro and a closing section of their own', () => {
    for (const year of [2021, 2022] as const) {
      for (const part of parseSeed(year).parts) {
        const kinds = part.sections.map((s) => s.kind);
        expect(kinds[0]).toBe('intro');
        expect(kinds.at(-1)).toBe('closing');
        expect(kinds.filter((k) => k !== 'subsection')).toHaveLength(2);
      }
    }
    const closing = parseSeed(2022).parts[0]!.sections.at(-1)!;
    expect(closing.id).toBe('1-8');
    expect(closing.paragraphs[0]!.text.startsWith('在肯定成绩的同时')).toBe(true);
    expect(closing.paragraphs[0]!.text.endsWith('采取有力措施切实加以解决。')).toBe(true);
  });

  it('reads the notice: issuer, date and approving session', () => {
    const { notice, title_zh } = parseSeed(2021);
    if (!notice) throw new Error('the 2021 seed has a notice');
    expect(notice.issuer_zh).toBe('天津市西青区人民政府');
    expect(notice.date).toBe('2021-01-18');
    expect(notice.approved_by_zh).toBe('天津市西青区第十七届人民代表大会第八次会议');
    expect(title_zh).toBe('西青区 2021 年国民经济和社会发展规划');
    expect(parseSeed(2022).notice?.date).toBe('2021-12-20');
  });
});

describe('page-break joins', () => {
  const joinLines = (year: 2021 | 2022) => parseSeed(year).normalizations.filter((n) => n.kind === 'page-break-join').map((n) => n.line);

  it('joins every paragraph broken at a page break, and logs each join', () => {
    expect(joinLines(2021)).toEqual([25, 33, 39, 47, 53, 59, 77, 91, 95, 103, 111, 119, 129, 137, 159, 167, 173]);
    expect(joinLines(2022)).toEqual([25, 33, 39, 49, 57, 69, 75, 83, 93, 99, 111, 121, 131, 141, 151, 159, 165]);
  });

  it('joins the halves without a gap', () => {
    const paragraphs = parseSeed(2021).parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    expect(paragraphs.some((p) => p.text.includes('推动重点工业项目建设'))).toBe(true);
    expect(paragraphs.some((p) => p.text.includes('一般公共预算收入力争增长 12%'))).toBe(true);
  });

  it('joins across a closing quote that is not the end of a sentence (2022: “生态六埠”⏎“大美稻香”)', () => {
    const paragraphs = parseSeed(2022).parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    expect(paragraphs.some((p) => p.text.includes('“生态六埠”“大美稻香”'))).toBe(true);
  });
});

describe('normalizations', () => {
  it('writes PM<sub>2.5</sub> and PM_{2.5} as PM2.5 and logs both', () => {
    const markup = [2021, 2022].flatMap((y) => parseSeed(y as 2021 | 2022).normalizations.filter((n) => n.kind === 'markup'));
    expect(markup.map((n) => n.before)).toEqual(['PM<sub>2.5</sub>', 'PM_{2.5}']);
    expect(markup.every((n) => n.after === 'PM2.5')).toBe(true);
  });
});

describe('structural errors name the line', () => {
  const broken = (edit: (text: string) => string) => () => parsePlan(edit(seedText(2021)), 'plan.txt');
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('duplicated sub-section numbering', () => {
    const text = seedText(2021).replace('（三）着力推动深化改革', '（二）着力推动深化改革');
    expect(broken(() => text)).toThrow(new IngestError('plan.txt', lineOf(text, '（二）着力推动深化改革'), 'duplicated numbering: sub-section （二） again (also at line 29)'));
  });

  it('skipped part numbering', () => {
    expect(broken((t) => t.replace('## 二、2021 年', '## 三、2021 年'))).toThrow(/plan\.txt:107: numbering skips: part 三、 where number 2 was expected/);
  });

  it('a heading right after a sentence broken off', () => {
    expect(broken((t) => t.replace('认真加以解决。\n', '认真加以\n'))).toThrow(/plan\.txt:105: a paragraph ends mid-sentence/);
  });
});
