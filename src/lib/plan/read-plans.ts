/**
 * Reads the catalogued sources into parsed plans: catalogue validated, each file's SHA-256
 * checked, text decoded and parsed, and the notice's metadata compared with the catalogue.
 * Both generators (ingest, summarize) start here, so they see the same paragraphs and ids.
 */
import { createHash } from 'node:crypto';
import { IngestError } from './ingest-error.ts';
import { parsePlan, type ParsedPlan } from './parse-plan.ts';
import { parsePlansCatalog, type PlanEntry } from './plans-catalog.ts';
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

/** The notice's own metadata must agree with the catalogue, or one of them is wrong. */
function checkAgainstCatalog(entry: PlanEntry, plan: ParsedPlan, path: string, catalog: string): void {
  const pairs: [string, string, string, number | undefined][] = [
    ['notice_zh', entry.notice_zh, plan.notice.heading_zh, undefined],
    ['issuer_zh', entry.issuer_zh, plan.notice.issuer_zh, undefined],
    ['issued', entry.issued, plan.notice.date, undefined],
    ['approved_by_zh', entry.approved_by_zh, plan.notice.approved_by_zh, undefined],
    ['title_zh', entry.title_zh, plan.title_zh, plan.titleLine],
  ];
  for (const [field, listed, read, line] of pairs) {
    if (listed !== read) throw new IngestError(path, line, `${catalog} gives ${field} "${listed}" but the document says "${read}"`);
  }
}

export function readPlans(files: SourceFiles): ReadPlan[] {
  return parsePlansCatalog(files.catalog.text, files.catalog.file).map((entry) => {
    const { path, bytes } = files.readSource(entry.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== entry.sha256) {
      throw new IngestError(path, undefined, `SHA-256 ${sha256} does not match ${entry.sha256} in ${files.catalog.file}: the source is not the file as received`);
    }
    const plan = parsePlan(decodeSource(bytes, path), path);
    checkAgainstCatalog(entry, plan, path, files.catalog.file);
    return { entry, plan, source: { file: entry.file, sha256, bytes: bytes.length }, path };
  });
}
