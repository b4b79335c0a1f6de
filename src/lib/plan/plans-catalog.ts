/**
 * `content/sources/plans.yaml`: the catalogue of source documents and the metadata read off
 * them. Validated on load, so a new plan with a typo in its metadata fails with the line of
 * the typo rather than somewhere in the build.
 */
import { z } from 'zod';
import { IngestError } from './ingest-error.ts';
import { parseYamlEntries } from './yaml-entries.ts';

const bilingualName = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const planEntrySchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/, 'a plain file name ending in .txt'),
  year: z.number().int().min(1949).max(2200),
  district: bilingualName,
  city: bilingualName,
  title_zh: z.string().min(1),
  notice_zh: z.string().min(1),
  issuer_zh: z.string().min(1),
  // YAML reads an unquoted date as a Date; the catalogue means a calendar day, so keep it a string.
  issued: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  approved_by_zh: z.string().min(1),
  reviews_year: z.number().int(),
  disclosure_zh: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
});

export type PlanEntry = z.infer<typeof planEntrySchema>;

/** Parses the catalogue; errors name the file and the line of the offending entry. */
export function parsePlansCatalog(text: string, file: string): PlanEntry[] {
  const seenYears = new Map<number, number>();
  return parseYamlEntries(text, file, planEntrySchema).map(({ value, line }) => {
    // The year is the plan's key in every public URL (`/zh/2021/`), so it must be unique.
    const firstLine = seenYears.get(value.year);
    if (firstLine !== undefined) {
      throw new IngestError(file, line, `a second plan for ${value.year} (the first is at line ${firstLine})`);
    }
    seenYears.set(value.year, line);
    return value;
  });
}
