/**
 * Reads a YAML list of records with a zod schema, keeping each record's line, so that a fault in
 * a hand-edited data file (catalogue, errata) is reported as `file:line: field: problem`.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { IngestError } from './ingest-error.ts';

export interface LocatedEntry<T> {
  value: T;
  /** 1-based line where the record starts. */
  line: number;
}

export function parseYamlEntries<S extends z.ZodType>(source: string, file: string, schema: S): LocatedEntry<z.output<S>>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    throw new IngestError(file, lineCounter.linePos(firstError.pos[0]).line, firstError.message.split('\n')[0]!.replace(/:$/, ''));
  }
  const list = doc.contents;
  if (list === null) return [];
  if (!isSeq(list)) {
    throw new IngestError(file, 1, 'expected a list of records');
  }
  return list.items.map((item) => {
    const node = item as unknown as { range?: [number]; toJSON(): unknown };
    const line = lineCounter.linePos(node.range?.[0] ?? 0).line;
    const parsed = schema.safeParse(node.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new IngestError(file, line, `${issue.path.join('.') || 'record'}: ${issue.message}`);
    }
    return { value: parsed.data, line };
  });
}
