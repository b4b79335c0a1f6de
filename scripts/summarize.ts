/**
 * Summarize: content/sources + content/termbase → content/summaries/<year>.json (English
 * summaries and figures with provenance), in the content tree CONTENT_DIR names (content/ by
 * default; the flags, for tests, must then lie inside it).
 *   node scripts/summarize.ts            write the summaries; fails on missing terms or the gate
 *   node scripts/summarize.ts --check    fail if the committed summaries are stale
 *   node scripts/summarize.ts --missing  print every untranslated term as a YAML stub to fill
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { ContentTreeError, contentTreePaths } from '../src/lib/cli/content-tree.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { readPlans } from '../src/lib/plan/read-plans.ts';
import { sourceFilesIn } from '../src/lib/plan/source-files.ts';
import { summarizePlans } from '../src/lib/english/summarize-plans.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    missing: { type: 'boolean', default: false },
    sources: { type: 'string' },
    termbase: { type: 'string' },
    out: { type: 'string' },
  },
});

/** The termbase file a translator fills for each kind of missing term. */
const STUB_FILES = { 'section title': 'sections.yaml', 'topic phrase': 'topics.yaml', 'figure label': 'labels.yaml', clause: 'clauses.yaml' } as const;

await runCli(() => {
  const paths = contentTreePaths({ sources: 'sources', termbase: 'termbase', out: 'summaries' }, values);
  const started = performance.now();
  const result = summarizePlans(readPlans(sourceFilesIn(paths.sources)), loadTermbase(paths.termbase));
  const elapsed = performance.now() - started;

  if (values.missing) {
    for (const [kind, file] of Object.entries(STUB_FILES)) {
      const entries = [...new Map(result.missing.filter((m) => m.kind === kind).map((m) => [m.zh, m.where])).entries()];
      if (entries.length === 0) continue;
      console.log(`# ${paths.termbase}/${file}: ${entries.length} missing ${kind}s`);
      for (const [zh, where] of entries) console.log(`${stringify({ [zh]: '' }).trim()}  # ${where}`);
    }
    if (result.missing.length === 0) console.log('# nothing missing');
    return;
  }

  for (const [kind, { needed, covered }] of Object.entries(result.coverage)) {
    console.log(`coverage: ${kind}s ${covered}/${needed} (${needed === 0 ? 100 : ((100 * covered) / needed).toFixed(1)}%)`);
  }
  for (const s of result.summaries) console.log(`plan ${s.plan}: ${s.figures.length} figures, ${s.sections.length} sections summarized`);
  console.log(`summarized in ${elapsed.toFixed(0)} ms`);
  if (result.missing.length > 0) {
    console.error(`error: ${new Set(result.missing.map((m) => m.zh)).size} terms are not in the termbase; run \`npm run summarize -- --missing\` for a stub to fill`);
    process.exitCode = 1;
    return;
  }
  if (result.violations.length > 0) {
    for (const v of result.violations) console.error(`error: gate: plan ${v.plan} section ${v.section}: ${v.problem}`);
    process.exitCode = 1;
    return;
  }
  emitGeneratedFiles(paths.out, result.files, values.check, 'summarize');
}, [IngestError, TermbaseError, ContentTreeError]);
