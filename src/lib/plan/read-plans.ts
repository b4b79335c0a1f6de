/**
 * Reads the catalogued sources into parsed plans: catalogue validated, each file's SHA-256
 * checked, text decoded and parsed in its genre, and what the document states about itself
 * (title, years, issuer, dates, sessions) compared with the catalogue.
 * Both generators (ingest, summarize) start here, so they see the same paragraphs and ids.
 */
import { createHash } from 'node:crypto';
import { readDocumentMetadata } from './document-metadata.ts';
import { genreById } from './genres.ts';
import { IngestError } from './ingest-error.ts';
import { parsePlan, type ParsedPlan } from './parse-plan.ts';
import { DOCUMENT_FIELDS, parsePlansCatalog, type PlanEntry } from './plans-catalog.ts';
import { decodeSource } from './source-text.ts';

export interface SourceFiles {
  catalog: { file: string; text: string };
  /** Bytes of a source named in the catalogue; `path` is how errors name it. */
  readSource(file: string): { path: string; bytes: Uint8Array };
}

export interface SourceInfo {
  file: string;
  sha256: string;
  bytes: number;
}

export interface ReadPlan {
  entry: PlanEntry;
  plan: ParsedPlan;
  source: SourceInfo;
  /** How errors and logs name the source file. */
  path: string;
}

/** What the document states must agree with its catalogue entry, or one of them is wrong. */
function checkAgainstCatalog(entry: PlanEntry, plan: ParsedPlan, path: string, catalog: string): void {
  const stated = readDocumentMetadata(plan);
  const genre = genreById(plan.genre);
  for (const field of DOCUMENT_FIELDS) {
    const listed = entry[field];
    const read = stated.fields[field];
    if (listed === undefined && read === undefined) continue;
    if (listed === undefined) throw new IngestError(path, read!.line, `${catalog} lacks ${field}: the document says "${read!.value}"`);
    if (read === undefined) throw new IngestError(path, undefined, `${catalog} gives ${field} "${listed}", but the document, ${genre.name}, states none`);
    if (listed !== read.value) throw new IngestError(path, read.line, `${catalog} gives ${field} "${listed}" but the document says "${read.value}"`);
  }
  for (const field of ['year', 'reviews_year'] as const) {
    const read = stated[field];
    if (read && read.value !== entry[field]) throw new IngestError(path, read.line, `${catalog} gives ${field} ${entry[field]} but the document says ${read.value}`);
  }
}

export function readPlans(files: SourceFiles): ReadPlan[] {
  return parsePlansCatalog(files.catalog.text, files.catalog.file).map((entry) => {
    const { path, bytes } = files.readSource(entry.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== entry.sha256) {
      throw new IngestError(path, undefined, `SHA-256 ${sha256} does not match ${entry.sha256} in ${files.catalog.file}: the source is not the file as received`);
    }
    const plan = parsePlan(decodeSource(bytes, path), path, { genre: entry.genre, catalogEntry: `${files.catalog.file} (${entry.file})` });
    checkAgainstCatalog(entry, plan, path, files.catalog.file);
    return { entry, plan, source: { file: entry.file, sha256, bytes: bytes.length }, path };
  });
}
