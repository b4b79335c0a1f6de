/**
 * Ingest: content/sources/*.zh.txt → content/plans/<year>/*.mdx.
 *   npm run ingest                write the pages' MDX
 *   npm run ingest -- --check     fail if the committed MDX is stale
 *   npm run ingest -- --help      every option (tests point --sources, --out, … at fixtures)
 */
import { readFileSync } from 'node:fs';
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { ingestPlans } from '../src/lib/ingest/ingest-plans.ts';
import { sourceFilesIn } from '../src/lib/plan/source-files.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const { values } = parseCommandLine({
  command: 'npm run ingest',
  description: 'Reads the plan sources and writes each plan and section as MDX, verbatim Chinese with paragraph ids, editorial notes and charts; prints every normalization and page-break join.',
  options: {
    check: { type: 'boolean', description: 'write nothing; fail if the committed MDX is stale' },
    sources: { type: 'string', value: 'DIR', default: 'content/sources', description: 'the source texts and their catalogue, plans.yaml' },
    errata: { type: 'string', value: 'FILE', default: 'content/errata.yaml', description: 'editorial notes on slips of the originals' },
    termbase: { type: 'string', value: 'DIR', default: 'content/termbase', description: 'the curated terms and indicators' },
    out: { type: 'string', value: 'DIR', default: 'content/plans', description: 'where the MDX goes' },
  },
});

await runCli(() => {
  const result = ingestPlans({
    ...sourceFilesIn(values.sources),
    errata: { file: values.errata, text: readFileSync(values.errata, 'utf8') },
    termbase: loadTermbase(values.termbase),
  });
  if (!values.check) {
    for (const { path, entries } of result.normalizations) {
      for (const n of entries.filter((e) => e.kind !== 'heading-mark')) {
        console.log(`${path}:${n.line}: ${n.kind === 'page-break-join' ? `joined page break ${n.context}` : `normalized ${n.before} → ${n.after}`}`);
      }
    }
  }
  emitGeneratedFiles(values.out, result.files, values.check, 'ingest');
}, [IngestError, TermbaseError]);
