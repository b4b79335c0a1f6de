/**
 * Ingest: content/sources/*.zh.txt → content/plans/<year>/*.mdx, in the content tree CONTENT_DIR
 * names (content/ by default).
 *   node scripts/ingest.ts           write the pages' MDX
 *   node scripts/ingest.ts --check   fail if the committed MDX is stale
 * Options: --sources DIR, --errata FILE, --termbase DIR, --out DIR (tests point them at fixtures;
 * with CONTENT_DIR set they must lie inside it).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { ContentTreeError, contentTreePaths } from '../src/lib/cli/content-tree.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { ingestPlans } from '../src/lib/ingest/ingest-plans.ts';
import { sourceFilesIn } from '../src/lib/plan/source-files.ts';
import type { Normalization } from '../src/lib/plan/source-lines.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    sources: { type: 'string' },
    errata: { type: 'string' },
    termbase: { type: 'string' },
    out: { type: 'string' },
  },
});

/** How the log names each normalization. */
const LOGGED: Record<Normalization['kind'], ((n: Normalization) => string) | undefined> = {
  'heading-mark': undefined,
  markup: (n) => `normalized ${n.before} → ${n.after}`,
  'page-break-join': (n) => `joined page break ${n.context}`,
  'heading-numbering': (n) => `read heading numbering ${n.before} as ${n.after}`,
  'heading-full-stop': () => 'read a heading ending in 。 (the title leaves it out)',
};

await runCli(() => {
  const paths = contentTreePaths({ sources: 'sources', errata: 'errata.yaml', termbase: 'termbase', out: 'plans' }, values);
  const result = ingestPlans({
    ...sourceFilesIn(paths.sources),
    errata: { file: paths.errata, text: readFileSync(paths.errata, 'utf8') },
    termbase: loadTermbase(paths.termbase),
  });
  if (!values.check) {
    for (const { path, normalizations, decisions } of result.log) {
      for (const n of normalizations) {
        const message = LOGGED[n.kind]?.(n);
        if (message) console.log(`${path}:${n.line}: ${message}`);
      }
      for (const d of decisions) console.log(`${path}:${d.line}: decided: ${d.note}`);
    }
  }
  emitGeneratedFiles(paths.out, result.files, values.check, 'ingest');
}, [IngestError, TermbaseError, ContentTreeError]);
