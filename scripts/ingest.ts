/**
 * Ingest: content/sources/*.zh.txt → content/plans/<year>/*.mdx, in the content tree CONTENT_DIR
 * names (content/ by default).
 *   npm run ingest                write the pages' MDX
 *   npm run ingest -- --check     fail if the committed MDX is stale
 *   npm run ingest -- --help      every option (tests point --sources, --out, … at fixtures; with
 *                                 CONTENT_DIR set they must lie inside it)
 */
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { ContentTreeError, contentTreePaths } from '../src/lib/cli/content-tree.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { ingestPlans } from '../src/lib/ingest/ingest-plans.ts';
import { readInputFile, sourceFilesIn } from '../src/lib/plan/source-files.ts';
import type { Normalization } from '../src/lib/plan/source-lines.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const { values } = parseCommandLine({
  command: 'npm run ingest',
  description: 'Reads the plan sources and writes each plan and section as MDX, verbatim Chinese with paragraph ids, editorial notes and charts; prints every normalization and page-break join.',
  options: {
    check: { type: 'boolean', description: 'write nothing; fail if the committed MDX is stale' },
    sources: { type: 'string', value: 'DIR', description: 'the source texts and their catalogue, plans.yaml (default: CONTENT_DIR/sources)' },
    errata: { type: 'string', value: 'FILE', description: 'editorial notes on slips of the originals (default: CONTENT_DIR/errata.yaml)' },
    termbase: { type: 'string', value: 'DIR', description: 'the curated terms and indicators (default: CONTENT_DIR/termbase)' },
    out: { type: 'string', value: 'DIR', description: 'where the MDX goes (default: CONTENT_DIR/plans)' },
  },
  environment: { CONTENT_DIR: 'the content tree (default: content)' },
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
    errata: { file: paths.errata, text: readInputFile(paths.errata) },
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
