/**
 * `content/sources/plans.yaml`: the catalogue of source documents and the metadata read off
 * them. Validated on load, so a new plan with a typo in its metadata fails with the line of
 * the typo rather than somewhere in the build.
 *
 * Which fields an entry has depends on the genre of its document: a notice plan lists its
 * notice (`notice_zh`, the approving session, the disclosure line, a document number where one
 * is printed); a report lists the session it was presented to. The ingest checks each entry
 * against what its document says, field by field, so a missing or superfluous one is named there.
 */
import { z } from 'zod';
import { GENRE_IDS } from './genres.ts';
import { IngestError } from './ingest-error.ts';
import { parseYamlEntries } from './yaml-entries.ts';

const bilingualName = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const text = z.string().min(1);

export const planEntrySchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/, 'a plain file name ending in .txt'),
  /** The document's genre (`genres.ts`); recognised from the document when absent. */
  genre: z.enum(GENRE_IDS).optional(),
  year: z.number().int().min(1949).max(2200),
  district: bilingualName,
  city: bilingualName,
  title_zh: text,
  /** Who issued the document: the government issuing the notice, or the body presenting the report. */
  issuer_zh: text,
  /** The day of the notice, or the day of the session the report was presented to. */
  // YAML reads an unquoted date as a Date; the catalogue means a calendar day, so keep it a string.
  issued: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  reviews_year: z.number().int(),
  notice_zh: text.optional(),
  notice_number_zh: text.optional(),
  approved_by_zh: text.optional(),
  disclosure_zh: text.optional(),
  presented_to_zh: text.optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
});

/** The fields whose value the document itself states, checked against it by the ingest. */
export const DOCUMENT_FIELDS = [
  'title_zh', 'issuer_zh', 'issued', 'notice_zh', 'notice_number_zh', 'approved_by_zh', 'disclosure_zh', 'presented_to_zh',
] as const satisfies readonly (keyof PlanEntry)[];

export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

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
