/**
 * The genre fixtures (`tests/fixtures/genres/`): short invented plans in each genre's shape, each
 * with the structure it must parse to written beside it (`<name>.expected.yaml`).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { GenreId } from '../../src/lib/plan/genres.ts';
import type { PartPurpose, PartRole, SectionKind } from '../../src/lib/plan/plan-model.ts';

export const GENRE_FIXTURES = ['older-plan', 'report', 'report-part-word', 'long-heading'] as const;
export type GenreFixture = (typeof GENRE_FIXTURES)[number];

export interface ExpectedStructure {
  genre: GenreId;
  year: number;
  reviews_year: number;
  district_zh: string;
  city_zh?: string;
  fields: Record<string, string>;
  head?: [number, string][];
  parts: { numeral: string; purpose: PartPurpose; role: PartRole; line: number; title_zh: string }[];
  sections: Record<string, [SectionKind, string, number[]]>;
  normalizations: [number, string, string, string][];
  decisions: [number, string][];
  points: Record<string, string[]>;
  figures: [string, string, string, number, string][];
}

export function fixturePath(name: GenreFixture): string {
  return `tests/fixtures/genres/${name}.zh.txt`;
}

export function fixtureText(name: GenreFixture): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function expectedStructure(name: GenreFixture): ExpectedStructure {
  return parse(readFileSync(`tests/fixtures/genres/${name}.expected.yaml`, 'utf8')) as ExpectedStructure;
}

/** 1-based line of the first line holding `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not in the text: ${needle}`);
  return text.slice(0, at).split('\n').length;
}
