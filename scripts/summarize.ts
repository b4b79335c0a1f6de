/**
 * Summarize: content/sources + content/termbase → content/summaries/<year>.json (English
 * summaries and figures with provenance).
 *   npm run summarize                  write the summaries; fails on missing terms or the gate
 *   npm run summarize -- --check       fail if the committed summaries are stale
 *   npm run summarize -- --missing     print every untranslated term as a YAML stub to fill
 */
import { stringify } from 'yaml';
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { readPlans } from '../src/lib/plan/read-plans.ts';
import { sourceFilesIn } from '../src/lib/plan/source-files.ts';
import { summarizePlans } from '../src/lib/english/summarize-plans.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const { values } = parseCommandLine({
  command: 'npm run summarize',
  description: 'Composes the English summaries and figures of every plan from the termbase and writes them with their provenance; refuses to write while a term is missing or the gate finds an untraced number.',
  options: {
    check: { type: 'boolean', description: 'write nothing; fail if the committed summaries are stale' },
    missing: { type: 'boolean', description: 'write nothing; print every term the termbase lacks as a YAML stub to fill' },
    sources: { type: 'string', value: 'DIR', default: 'content/sources', description: 'the source texts and their catalogue, plans.yaml' },
    termbase: { type: 'string', value: 'DIR', default: 'content/termbase', description: 'the curated terms' },
    out: { type: 'string', value: 'DIR', default: 'content/summaries', description: 'where the summaries go' },
  },
});

/** The termbase file a translator fills for each kind of missing term. */
const STUB_FILES = { 'section title': 'sections.yaml', 'topic phrase': 'topics.yaml', 'figure label': 'labels.yaml', clause: 'clauses.yaml' } as const;

await runCli(() => {
  const started = performance.now();
  const result = summarizePlans(readPlans(sourceFilesIn(values.sources)), loadTermbase(values.termbase));
  const elapsed = performance.now() - started;

  if (values.missing) {
    for (const [kind, file] of Object.entries(STUB_FILES)) {
      const entries = [...new Map(result.missing.filter((m) => m.kind === kind).map((m) => [m.zh, m.where])).entries()];
      if (entries.length === 0) continue;
      console.log(`# ${values.termbase}/${file}: ${entries.length} missing ${kind}s`);
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
  emitGeneratedFiles(values.out, result.files, values.check, 'summarize');
}, [IngestError, TermbaseError]);
