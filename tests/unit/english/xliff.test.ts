import { describe, expect, it } from 'vitest';
import { ClauseParser, piecesText } from '../../../src/lib/english/clause-grammar.ts';
import { grammarOf } from '../../../src/lib/english/render-plan.ts';
import { fromXliff, memoryAdditions, toXliff, XliffError, type XliffClause } from '../../../src/lib/english/xliff.ts';
import { termbaseOf } from '../../helpers/termbase.ts';

const CLAUSES: XliffClause[] = [
  { id: '2022-p1-1-1-80', where: '2022 1-1 p1-1-1', zh: '新建通信基站 776 座', figures: [{ start: 7, end: 12, counts: true }] },
  { id: '2022-p1-1-2-0', where: '2022 1-1 p1-1-2', zh: '坚定发展信心', figures: [] },
];

/** The exported file with each target filled as a translator would. */
function filled(targets: Record<string, string>): string {
  let xml = toXliff(CLAUSES, 'content/sources');
  for (const [id, target] of Object.entries(targets)) {
    xml = xml.replace(new RegExp(`(<unit id="${id}">[\\s\\S]*?)<target></target>`), `$1<target>${target}</target>`);
  }
  return xml;
}

describe('XLIFF 2.0 round trip', () => {
  it('exports each clause as a unit, its figures as placeholders with their printed text', () => {
    const xml = toXliff(CLAUSES, 'content/sources');
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">');
    expect(xml).toContain('<source>新建通信基站 <ph id="f1" equiv="{count}" disp="776 座"/></source>');
    expect(xml).toContain('<note category="location">2022 1-1 p1-1-2</note>');
  });

  it('reads the filled file back into a template and an exact entry that render the clauses', () => {
    const xml = filled({ '2022-p1-1-1-80': 'built <ph id="f1"/> new communication base stations', '2022-p1-1-2-0': 'stood firm in its confidence in development' });
    const entries = fromXliff(xml, 'filled.xlf', CLAUSES);
    expect(entries).toEqual([
      { kind: 'template', zh: '新建通信基站{count}', en: 'built {count} new communication base stations', id: '2022-p1-1-1-80' },
      { kind: 'exact', zh: '坚定发展信心', en: 'stood firm in its confidence in development', id: '2022-p1-1-2-0' },
    ]);
    const additions = memoryAdditions(entries, 'filled.xlf');
    const tb = termbaseOf({ 'templates.yaml': additions['templates.yaml'], 'clauses.yaml': additions['clauses.yaml'] });
    const parser = new ClauseParser(grammarOf(tb), CLAUSES[0]!.zh, [{ id: 'f', start: 7, end: 12, counts: true, value_en: '776' }]);
    expect(piecesText(parser.template('past')!.pieces)).toBe('built 776 new communication base stations');
    expect(tb.clauses.get('坚定发展信心')).toBe('stood firm in its confidence in development');
  });

  it('skips units left empty', () => {
    expect(fromXliff(filled({}), 'half.xlf', CLAUSES)).toEqual([]);
  });

  it.each([
    ['a digit in the target', { '2022-p1-1-1-80': 'built 776 new base stations' }, /filled\.xlf:\d+: unit 2022-p1-1-1-80: a digit in the English/],
    ['Chinese in the target', { '2022-p1-1-2-0': 'stood firm 信心' }, /filled\.xlf:\d+: unit 2022-p1-1-2-0: a Chinese character/],
    ['a placeholder dropped', { '2022-p1-1-1-80': 'built new base stations' }, /placeholder f1 appears 0 times/],
    ['a placeholder doubled', { '2022-p1-1-1-80': '<ph id="f1"/> and <ph id="f1"/>' }, /placeholder f1 appears 2 times/],
  ])('refuses %s, naming file and line', (_, targets, message) => {
    expect(() => fromXliff(filled(targets), 'filled.xlf', CLAUSES)).toThrow(message);
  });

  it('refuses a unit whose source was changed or whose clause is no longer missing', () => {
    const edited = filled({}).replace('坚定发展信心', '坚定发展决心');
    expect(() => fromXliff(edited, 'edited.xlf', CLAUSES)).toThrow(XliffError);
    expect(() => fromXliff(edited, 'edited.xlf', CLAUSES)).toThrow(/edited\.xlf:\d+: unit 2022-p1-1-2-0: the source is not the clause as printed/);
    expect(() => fromXliff(filled({}), 'old.xlf', CLAUSES.slice(1))).toThrow(/old\.xlf:\d+: unit 2022-p1-1-1-80 names no clause the memory lacks/);
  });

  it('refuses what is not XLIFF 2.0', () => {
    expect(() => fromXliff('<xliff version="1.2"></xliff>', 'v1.xlf', CLAUSES)).toThrow(/v1\.xlf:1: XLIFF version 1\.2: only 2\.0 is read/);
    expect(() => fromXliff('<html></html>', 'page.xlf', CLAUSES)).toThrow(/not an XLIFF document/);
  });
});
