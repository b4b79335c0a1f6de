/** The seed plans as the tests read them: the committed sources and their parses. */
import { readFileSync } from 'node:fs';
import { parsePlan, type ParsedPlan } from '../../src/lib/plan/parse-plan.ts';
import { decodeSource } from '../../src/lib/plan/source-text.ts';

export const SEED_FILES = { 2021: 'xiqing-2021-plan.zh.txt', 2022: 'xiqing-2022-plan.zh.txt' } as const;

export type SeedYear = keyof typeof SEED_FILES;

export function seedPath(year: SeedYear): string {
  return `content/sources/${SEED_FILES[year]}`;
}

export function seedText(year: SeedYear): string {
  return decodeSource(readFileSync(seedPath(year)), seedPath(year));
}

export function parseSeed(year: SeedYear): ParsedPlan {
  return parsePlan(seedText(year), seedPath(year));
}
