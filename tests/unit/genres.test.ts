/**
 * One test per genre: each fixture of `tests/fixtures/genres/` parses to the structure written
 * beside it (parts and what they hold, sections, heading readings and decisions logged, points,
 * figures and what they are about), with the genre named by the catalogue or recognised.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentMetadata } from '../../src/lib/plan/document-metadata.ts';
import { extractFigures } from '../../src/lib/figures/figures.ts';
import { IngestError } from '../../src/lib/plan/ingest-error.ts';
import { parsePlan, type ParsedPlan } from '../../src/lib/plan/parse-plan.ts';
import { expectedStructure, fixturePath, fixtureText, GENRE_FIXTURES, lineOf } from '../helpers/genre-fixtures.ts';

const parseFixture = (name: (typeof GENRE_FIXTURES)[number], genre = expectedStructure(name).genre): ParsedPlan =>
  parsePlan(fixtureText(name), fixturePath(name), { genre, catalogEntry: 'plans.yaml:3' });

describe.each(GENRE_FIXTURES)('the %s fixture', (name) => {
  const expected = expectedStructure(name);
  const plan = parseFixture(name);

  it('is read in its genre, with the metadata the catalogue needs', () => {
    expect(plan.genre).toBe(expected.genre);
    const stated = readDocumentMetadata(plan);
    expect(Object.fromEntries(Object.entries(stated.fields).map(([field, { value }]) => [field, value]))).toEqual(expected.fields);
    expect(stated.year?.value).toBe(expected.year);
    expect(stated.reviews_year?.value).toBe(expected.reviews_year);
    expect(stated.district_zh?.value).toBe(expected.district_zh);
    expect(stated.city_zh?.value).toBe(expected.city_zh);
    if (expected.head) expect(plan.report?.lines.map((l) => [l.line, l.role])).toEqual(expected.head);
  });

  it('has the parts and sections of its shape', () => {
    expect(plan.parts.map(({ numeral, purpose, role, line, title_zh }) => ({ numeral, purpose, role, line, title_zh }))).toEqual(expected.parts);
    const sections = Object.fromEntries(plan.parts.flatMap((p) => p.sections.map((s) => [s.id, [s.kind, s.title_zh, s.paragraphs.map((para) => para.line)]])));
    expect(sections).toEqual(expected.sections);
  });

  it('logs every heading read through damage, every join and every decision', () => {
    expect(plan.normalizations.map((n) => [n.line, n.kind, n.before, n.after])).toEqual(expected.normalizations);
    expect(plan.decisions.map((d) => [d.line, d.kind])).toEqual(expected.decisions);
  });

  it('marks the paragraphs made of points', () => {
    const paragraphs = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    const points = Object.fromEntries(
      paragraphs.filter((p) => p.points).map((p) => [p.id, p.points!.map((start, i) => p.text.slice(start, start + expected.points[p.id]![i]!.length))]),
    );
    expect(points).toEqual(expected.points);
  });

  it('reads its figures with the kind and period of their part, and their labels without point markers', () => {
    const figures = plan.parts.flatMap((part) =>
      part.sections.flatMap((section) =>
        section.paragraphs.flatMap((paragraph) =>
          extractFigures(paragraph, { plan: expected.year, reviewsYear: expected.reviews_year, section: section.id, partRole: part.role }),
        ),
      ),
    );
    for (const [paragraph, text, kind, period, label] of expected.figures) {
      const figure = figures.find((f) => f.paragraph === paragraph && f.source.text === text);
      expect(figure && [figure.kind, figure.period, figure.label_zh], `${paragraph} ${text}`).toEqual([kind, period, label]);
    }
    expect(figures.filter((f) => /^[一二三四五六七八九十]+是/.test(f.label_zh))).toEqual([]);
  });
});

describe('choosing the genre', () => {
  it('recognises the genre from the opening lines when the catalogue names none, and logs it', () => {
    for (const name of GENRE_FIXTURES) {
      const plan = parsePlan(fixtureText(name), fixturePath(name));
      expect(plan.genre).toBe(expectedStructure(name).genre);
      expect(plan.decisions.filter((d) => d.kind === 'genre')).toHaveLength(1);
    }
  });

  it('refuses a genre the catalogue names but the text contradicts, naming the line that shows the other genre', () => {
    expect(() => parseFixture('report', 'notice-plan')).toThrow(
      new IngestError(fixturePath('report'), 1, 'plans.yaml:3 gives genre notice-plan, but the document opens like a report to the people\'s congress (npc-report) at line 1: "关于西青区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告"'),
    );
    const text = fixtureText('older-plan');
    expect(() => parseFixture('older-plan', 'npc-report')).toThrow(new RegExp(`^${fixturePath('older-plan')}:${lineOf(text, '天津市西青区人民政府关于印发')}: plans.yaml:3 gives genre npc-report, but the document opens like a notice plan`));
  });

  it('refuses a document whose opening shows no genre', () => {
    const text = fixtureText('report').replace(/^关于/, '');
    expect(() => parsePlan(text, 'x.txt')).toThrow(/^x\.txt:1: the document's genre cannot be recognised from its opening lines: expected a line such as/);
  });
});
