/**
 * `content/errata.yaml`: editorial notes on slips in the official texts. The text itself is
 * never corrected; a note marks the exact passage [sic] and suggests a reading. Each entry must
 * match its plan exactly once, so a note can neither drift nor silently stop applying.
 */
import { z } from 'zod';
import { IngestError } from './ingest-error.ts';
import type { Paragraph } from './plan-model.ts';
import { parseYamlEntries } from './yaml-entries.ts';

export const erratumSchema = z.strictObject({
  plan: z.number().int(),
  text: z.string().min(1),
  reading: z.string().min(1),
  note_zh: z.string().min(1),
  note_en: z.string().min(1),
});

export type Erratum = z.infer<typeof erratumSchema> & { line: number };

/** An erratum located in a paragraph. */
export interface EditorialNote {
  /** Anchor id of the note, unique within its plan (`sic-1`). */
  id: string;
  paragraph: string;
  start: number;
  end: number;
  text: string;
  reading: string;
  note_zh: string;
  note_en: string;
}

export function parseErrata(source: string, file: string): Erratum[] {
  return parseYamlEntries(source, file, erratumSchema).map(({ value, line }) => ({ ...value, line }));
}

/** Places each of a plan's errata on the one paragraph span it names. */
export function locateErrata(errata: Erratum[], paragraphs: Paragraph[], plan: number, file: string): EditorialNote[] {
  return errata
    .filter((e) => e.plan === plan)
    .map((erratum, i) => {
      const hits = paragraphs.flatMap((p) => {
        const found: { paragraph: Paragraph; start: number }[] = [];
        for (let at = p.text.indexOf(erratum.text); at !== -1; at = p.text.indexOf(erratum.text, at + 1)) found.push({ paragraph: p, start: at });
        return found;
      });
      if (hits.length !== 1) {
        const problem = hits.length === 0 ? 'is not in the text' : `occurs ${hits.length} times; quote more context to make it unique`;
        throw new IngestError(file, erratum.line, `the passage "${erratum.text}" of plan ${plan} ${problem}`);
      }
      const { paragraph, start } = hits[0]!;
      return {
        id: `sic-${i + 1}`,
        paragraph: paragraph.id,
        start,
        end: start + erratum.text.length,
        text: erratum.text,
        reading: erratum.reading,
        note_zh: erratum.note_zh,
        note_en: erratum.note_en,
      };
    });
}
