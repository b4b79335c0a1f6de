import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateErrata, parseErrata } from '../../src/lib/plan/errata.ts';
import { parseSeed } from '../helpers/seeds.ts';

const paragraphsOf = (year: 2021 | 2022) => parseSeed(year).parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
const errata = parseErrata(readFileSync('content/errata.yaml', 'utf8'), 'content/errata.yaml');

describe('errata', () => {
  it('anchors the known slips of both plans, verbatim', () => {
    const notes = [...locateErrata(errata, paragraphsOf(2021), 2021, 'e'), ...locateErrata(errata, paragraphsOf(2022), 2022, 'e')];
    expect(notes.map((n) => n.text)).toEqual(expect.arrayContaining(['思想 and 党的', '发开开好局', '“刚性”“刚性”', '胜芳一天津']));
    for (const note of notes) {
      const paragraph = [...paragraphsOf(2021), ...paragraphsOf(2022)].find((p) => p.id === note.paragraph && p.text.slice(note.start, note.end) === note.text);
      expect(paragraph, note.text).toBeDefined();
    }
  });

  it('refuses an entry whose passage is not in the plan, naming its line', () => {
    const stale = parseErrata('- plan: 2021\n  text: 不存在的文字\n  reading: x\n  note_zh: x\n  note_en: x\n', 'errata.yaml');
    expect(() => locateErrata(stale, paragraphsOf(2021), 2021, 'errata.yaml')).toThrow(/errata\.yaml:1: the passage "不存在的文字" of plan 2021 is not in the text/);
  });

  it('refuses an ambiguous passage', () => {
    const vague = parseErrata('- plan: 2021\n  text: 西青\n  reading: x\n  note_zh: x\n  note_en: x\n', 'errata.yaml');
    expect(() => locateErrata(vague, paragraphsOf(2021), 2021, 'errata.yaml')).toThrow(/occurs \d+ times/);
  });

  it('refuses a malformed entry, naming file, line and field', () => {
    expect(() => parseErrata('- plan: 2021\n  text: x\n- plan: 2022\n  text: y\n  reading: z\n  note_zh: a\n  note_en: ""\n', 'errata.yaml')).toThrow(/errata\.yaml:1: reading/);
    expect(() => parseErrata('- plan: 2022\n  text: y\n  text: z\n', 'errata.yaml')).toThrow(/errata\.yaml:3: Map keys must be unique/);
  });
});
