/**
 * The ingest as a function: sources and errata in, the files of `content/plans/` out. All
 * checking happens here, before anything is written, so a bad input leaves `content/` untouched.
 */
import { locateErrata, parseErrata } from './errata.ts';
import { renderPlanMdx, renderSectionMdx } from './plan-mdx.ts';
import { readPlans, type SourceFiles } from './read-plans.ts';
import type { Normalization } from './source-lines.ts';

export interface IngestInput extends SourceFiles {
  errata: { file: string; text: string };
}

export interface IngestResult {
  /** Output path relative to `content/plans/` → file content. */
  files: Map<string, string>;
  /** Per plan, what was normalized, for the log. */
  normalizations: { plan: number; path: string; entries: Normalization[] }[];
}

export function ingestPlans(input: IngestInput): IngestResult {
  const plans = readPlans(input);
  const errata = parseErrata(input.errata.text, input.errata.file);
  const files = new Map<string, string>();
  for (const { entry, plan, source } of plans) {
    const paragraphs = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    const notes = locateErrata(errata, paragraphs, entry.year, input.errata.file);
    files.set(`${entry.year}/index.mdx`, renderPlanMdx(plan, entry, source));
    for (const section of plan.parts.flatMap((p) => p.sections)) {
      files.set(`${entry.year}/${section.id}.mdx`, renderSectionMdx(plan, entry, source, section, notes));
    }
  }
  return { files, normalizations: plans.map(({ entry, plan, path }) => ({ plan: entry.year, path, entries: plan.normalizations })) };
}
