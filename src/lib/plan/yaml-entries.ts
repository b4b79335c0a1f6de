/**
 * Reads a YAML list of records with a zod schema, keeping each record's line, so that a fault in
 * a hand-edited data file (catalogue, errata) is reported as `file:line: field: problem`.
 *
 * Aliases (`*name`) are refused in every hand-edited data file: an entry that silently repeats
 * another is easy to miss in review, and a chain of them (the "billion laughs") can expand past
 * any memory. The refusal names the line of the first alias.
 */
import { isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { IngestError } from './ingest-error.ts';
import { findInvisibleCharacter, INVISIBLE_REFUSED } from './invisible-characters.ts';

export interface LocatedEntry<T> {
  value: T;
  /** 1-based line where the record starts. */
  line: number;
}

/** The first alias of a document, as the offset and the text it was written as. */
export function firstAlias(doc: Document): { offset: number; source: string } | undefined {
  let found: { offset: number; source: string } | undefined;
  visit(doc, {
    Alias(_, alias) {
      found = { offset: alias.range?.[0] ?? 0, source: `*${alias.source}` };
      return visit.BREAK;
    },
  });
  return found;
}

export const ALIAS_REFUSED = 'aliases are not read in this file; write the value out in full';

export function parseYamlEntries<S extends z.ZodType>(source: string, file: string, schema: S): LocatedEntry<z.output<S>>[] {
  const invisible = findInvisibleCharacter(source);
  if (invisible) throw new IngestError(file, invisible.line, `column ${invisible.column}: ${INVISIBLE_REFUSED(invisible)}`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    throw new IngestError(file, lineCounter.linePos(firstError.pos[0]).line, firstError.message.split('\n')[0]!.replace(/:$/, ''));
  }
  const alias = firstAlias(doc);
  if (alias) throw new IngestError(file, lineCounter.linePos(alias.offset).line, `YAML alias ${alias.source}: ${ALIAS_REFUSED}`);
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
