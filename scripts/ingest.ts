/**
 * Ingest: content/sources/*.zh.txt → content/plans/<year>/*.mdx.
 *   node scripts/ingest.ts           write the pages' MDX
 *   node scripts/ingest.ts --check   fail if the committed MDX is stale
 * Options: --sources DIR, --errata FILE, --out DIR (tests point them at fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emitGeneratedFiles, runCli } from '../src/lib/cli.ts';
import { IngestError } from '../src/lib/ingest-error.ts';
import { ingestPlans } from '../src/lib/ingest-plans.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'content/sources' },
    errata: { type: 'string', default: 'content/errata.yaml' },
    out: { type: 'string', default: 'content/plans' },
  },
});

function readText(path: string): { file: string; text: string } {
  return { file: path, text: readFileSync(path, 'utf8') };
}

await runCli(() => {
  const catalogPath = join(values.sources, 'plans.yaml');
  const result = ingestPlans({
    catalog: readText(catalogPath),
    errata: readText(values.errata),
    readSource: (file) => {
      const path = join(values.sources, file);
      try {
        return { path, bytes: readFileSync(path) };
      } catch {
        throw new IngestError(path, undefined, `listed in ${catalogPath} but cannot be read`);
      }
    },
  });
  if (!values.check) {
    for (const { path, entries } of result.normalizations) {
      for (const n of entries.filter((e) => e.kind !== 'heading-mark')) {
        console.log(`${path}:${n.line}: ${n.kind === 'page-break-join' ? `joined page break ${n.context}` : `normalized ${n.before} → ${n.after}`}`);
      }
    }
  }
  emitGeneratedFiles(values.out, result.files, values.check, 'ingest');
}, [IngestError]);
