/**
 * The ingest as a function: catalogue, errata and source bytes in, the files of
 * `content/plans/` out. All checking happens here, before anything is written, so a bad input
 * leaves `content/` untouched.
 */
import { createHash } from 'node:crypto';
import { locateErrata, parseErrata } from './errata.ts';
import { IngestError } from './ingest-error.ts';
import { parsePlan } from './parse-plan.ts';
import { renderPlanMdx, renderSectionMdx } from './plan-mdx.ts';
import { parsePlansCatalog, type PlanEntry } from './plans-catalog.ts';
import type { Normalization } from './source-lines.ts';
import { decodeSource } from './source-text.ts';

export interface IngestInput {
  catalog: { file: string; text: string };
  errata: { file: string; text: string };
  /** Bytes of a source named in the catalogue; `path` is how errors name it. */
  readSource(file: string): { path: string; bytes: Uint8Array };
}

export interface IngestResult {
  /** Output path relative to `content/plans/` → file content. */
  files: Map<string, string>;
  /** Per plan, what was normalized, for the log. */
  normalizations: { plan: number; path: string; entries: Normalization[] }[];
}

/** The notice's own metadata must agree with the catalogue, or one of them is wrong. */
function checkAgainstCatalog(entry: PlanEntry, notice: { issuer_zh: string; date: string; approved_by_zh: string; heading_zh: string }, path: string, catalog: string): void {
  const pairs: [string, string, string][] = [
    ['issuer_zh', entry.issuer_zh, notice.issuer_zh],
    ['issued', entry.issued, notice.date],
    ['approved_by_zh', entry.approved_by_zh, notice.approved_by_zh],
    ['notice_zh', entry.notice_zh, notice.heading_zh],
  ];
  for (const [field, listed, read] of pairs) {
    if (listed !== read) throw new IngestError(path, undefined, `${catalog} gives ${field} "${listed}" but the notice says "${read}"`);
  }
}

export function ingestPlans(input: IngestInput): IngestResult {
  const entries = parsePlansCatalog(input.catalog.text, input.catalog.file);
  const errata = parseErrata(input.errata.text, input.errata.file);
  const files = new Map<string, string>();
  const normalizations: IngestResult['normalizations'] = [];
  for (const entry of entries) {
    const { path, bytes } = input.readSource(entry.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== entry.sha256) {
      throw new IngestError(path, undefined, `SHA-256 ${sha256} does not match ${entry.sha256} in ${input.catalog.file}: the source is not the file as received`);
    }
    const plan = parsePlan(decodeSource(bytes, path), path);
    checkAgainstCatalog(entry, plan.notice, path, input.catalog.file);
    if (plan.title_zh !== entry.title_zh) {
      throw new IngestError(path, plan.titleLine, `the title "${plan.title_zh}" differs from "${entry.title_zh}" in ${input.catalog.file}`);
    }
    const paragraphs = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    const notes = locateErrata(errata, paragraphs, entry.year, input.errata.file);
    const source = { file: entry.file, sha256, bytes: bytes.length };
    files.set(`${entry.year}/index.mdx`, renderPlanMdx(plan, entry, source));
    for (const section of plan.parts.flatMap((p) => p.sections)) {
      files.set(`${entry.year}/${section.id}.mdx`, renderSectionMdx(plan, entry, source, section, notes));
    }
    normalizations.push({ plan: entry.year, path, entries: plan.normalizations });
  }
  return { files, normalizations };
}
