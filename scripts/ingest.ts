/**
 * Ingest: content/sources/*.zh.txt → content/plans/<year>/*.mdx.
 *   node scripts/ingest.ts           write the pages' MDX
 *   node scripts/ingest.ts --check   fail if the committed MDX is stale
 * Options: --sources DIR, --errata FILE, --termbase DIR, --out DIR (tests point them at fixtures).
 */
import { parseArgs } from 'node:util';
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { ingestPlans } from '../src/lib/ingest/ingest-plans.ts';
import { readInputFile, sourceFilesIn } from '../src/lib/plan/source-files.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'content/sources' },
    errata: { type: 'string', default: 'content/errata.yaml' },
    termbase: { type: 'string', default: 'content/termbase' },
    out: { type: 'string', default: 'content/plans' },
  },
});

await runCli(() => {
  const result = ingestPlans({
    ...sourceFilesIn(values.sources),
    errata: { file: values.errata, text: readInputFile(values.errata) },
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
