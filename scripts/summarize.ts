/**
 * Summarize: content/sources + content/termbase → content/summaries/<year>.json (English
 * summaries and figures with provenance) and <year>.rendering.json (every clause in English), in
 * the content tree CONTENT_DIR names (content/ by default; the flags, for tests, must then lie
 * inside it).
 *   npm run summarize                       write them; fails on a gate violation or a missing title or label
 *   npm run summarize -- --check            fail if the committed files are stale
 *   npm run summarize -- --missing          print what the memory lacks as YAML stubs to fill
 *   npm run summarize -- --xliff FILE       write the clauses the memory lacks as XLIFF 2.0
 *   npm run summarize -- --import-xliff FILE   add a translator's filled XLIFF to the memory
 *
 * A plan whose source, catalogue entry, termbase and code are what they were in an earlier run is
 * taken from the cache of that run (src/lib/cli/generator-cache.ts); the others are summarized on
 * one worker thread per core when there are four or more of them.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/cli/atomic-write.ts';
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine, usageError } from '../src/lib/cli/command-line.ts';
import { ContentTreeError, contentTreePaths } from '../src/lib/cli/content-tree.ts';
import { cachedResults, codeVersion, GeneratorCache, generatorCacheDir } from '../src/lib/cli/generator-cache.ts';
import { mapInWorkers, workerCount } from '../src/lib/cli/worker-pool.ts';
import { digest, filesDigest } from '../src/lib/digest.ts';
import { clausesToTranslate, missingReport } from '../src/lib/english/missing-report.ts';
import { grammarOf } from '../src/lib/english/render-plan.ts';
import { BLOCKING, combinePlanOutcomes, summarizePlan, summarizePlans, type PlanOutcome } from '../src/lib/english/summarize-plans.ts';
import { fromXliff, memoryAdditions, toXliff, XliffError } from '../src/lib/english/xliff.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { readPlans, type ReadPlan } from '../src/lib/plan/read-plans.ts';
import { readInputFile, sourceFilesIn } from '../src/lib/plan/source-files.ts';
import { loadTermbase, TermbaseError } from '../src/lib/termbase/termbase.ts';

const COMMAND = {
  command: 'npm run summarize',
  description: 'Renders every clause of every plan in English from the memory in the termbase and composes the section summaries; writes them with their figures and provenance; refuses to write while a title or figure label is missing or the gate finds an untraced number, Chinese in English or a name without its English.',
  options: {
    check: { type: 'boolean', description: 'write nothing; fail if the committed files are stale' },
    missing: { type: 'boolean', description: 'write nothing; print what the memory lacks as YAML stubs to fill' },
    xliff: { type: 'string', value: 'FILE', description: 'write nothing else; write the clauses the memory lacks to FILE as XLIFF 2.0 for a CAT tool' },
    'import-xliff': { type: 'string', value: 'FILE', description: "write nothing else; check a translator's filled XLIFF and add it to templates.yaml and clauses.yaml" },
    sources: { type: 'string', value: 'DIR', description: 'the source texts and their catalogue, plans.yaml (default: CONTENT_DIR/sources)' },
    termbase: { type: 'string', value: 'DIR', description: 'the curated terms and the segment memory (default: CONTENT_DIR/termbase)' },
    out: { type: 'string', value: 'DIR', description: 'where the summaries and renderings go (default: CONTENT_DIR/summaries)' },
    fresh: { type: 'boolean', description: 'summarize every plan anew instead of taking unchanged ones from the cache' },
    jobs: { type: 'string', value: 'N', description: 'worker threads for the plans to summarize (default: one per core)' },
  },
  environment: { CONTENT_DIR: 'the content tree (default: content)', GENERATOR_CACHE_DIR: 'where the cache of earlier runs is kept (default: node_modules/.cache/xiqing-plans)' },
} as const;
const { values } = parseCommandLine(COMMAND);
if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) usageError(COMMAND, `--jobs takes a positive whole number, not ${JSON.stringify(values.jobs)}`);

/** Below this many plans to summarize, starting threads costs more than it saves (unless --jobs asks for them). */
const PLANS_WORTH_THREADS = 4;

await runCli(async () => {
  const paths = contentTreePaths({ sources: 'sources', termbase: 'termbase', out: 'summaries' }, values);
  const started = performance.now();
  const plans = readPlans(sourceFilesIn(paths.sources));
  const termbaseDigest = filesDigest([paths.termbase], paths.termbase);
  const termbase = loadTermbase(paths.termbase);

  if (values.missing) {
    console.log(missingReport(summarizePlans(plans, termbase), plans, termbase, paths.termbase));
    return;
  }
  if (values.xliff) {
    const clauses = clausesToTranslate(summarizePlans(plans, termbase));
    writeFileAtomic(values.xliff, toXliff(clauses, paths.sources));
    console.log(`summarize: ${clauses.length} clauses to translate in ${values.xliff}`);
    return;
  }
  if (values['import-xliff']) {
    const file = values['import-xliff'];
    const entries = fromXliff(readInputFile(file), file, clausesToTranslate(summarizePlans(plans, termbase)));
    const additions = memoryAdditions(entries, file);
    // The memory with the additions must load before anything is written.
    const trial = mkdtempSync(join(tmpdir(), 'termbase-'));
    cpSync(paths.termbase, trial, { recursive: true });
    for (const [name, text] of Object.entries(additions)) appendFileSync(join(trial, name), text);
    try {
      loadTermbase(trial);
    } finally {
      rmSync(trial, { recursive: true, force: true });
    }
    for (const [name, text] of Object.entries(additions)) if (text) writeFileAtomic(join(paths.termbase, name), readFileSync(join(paths.termbase, name), 'utf8') + text);
    console.log(`summarize: ${entries.length} translations from ${file} added (${entries.filter((e) => e.kind === 'template').length} templates, ${entries.filter((e) => e.kind === 'exact').length} exact entries); run \`npm run summarize\``);
    return;
  }

  const cache = new GeneratorCache<PlanOutcome>(generatorCacheDir('summarize'));
  const code = codeVersion(['scripts/summarize.ts']);
  const keyOf = (read: ReadPlan) => digest('summarize plan', code, termbaseDigest, read.path, JSON.stringify(read.entry), read.source.sha256);
  const summarizeAll = (missing: ReadPlan[]): PlanOutcome[] | Promise<PlanOutcome[]> => {
    // Made here even when the workers make their own: a memory it refuses is reported with its file and line, not as a worker's stack.
    const grammar = grammarOf(termbase);
    const jobs = values.jobs === undefined ? (missing.length < PLANS_WORTH_THREADS ? 1 : workerCount(missing.length)) : Number(values.jobs);
    if (jobs > 1 && missing.length > 1) {
      return mapInWorkers<ReadPlan, PlanOutcome>(new URL('./workers/summarize-plan.ts', import.meta.url), termbase, missing, jobs);
    }
    return missing.map((read) => summarizePlan(read, termbase, grammar));
  };
  const result = combinePlanOutcomes(await cachedResults(cache, plans, keyOf, summarizeAll, values.fresh));
  cache.prune();
  const elapsed = performance.now() - started;

  for (const [kind, { needed, covered }] of Object.entries(result.coverage)) {
    console.log(`coverage: ${kind}s ${covered}/${needed} (${needed === 0 ? 100 : ((100 * covered) / needed).toFixed(1)}%)`);
  }
  for (const { plan, coverage } of result.rendering) {
    const total = Object.values(coverage).reduce((a, b) => a + b, 0);
    const share = (n: number) => `${((100 * n) / Math.max(total, 1)).toFixed(1)}%`;
    console.log(
      `plan ${plan}: ${share(total - coverage.missing)} of ${total} Han characters rendered (template ${share(coverage.template)}, composed ${share(coverage.composed)}, exact ${share(coverage.exact)}, figures ${share(coverage.figures)})`,
    );
  }
  const gaps = result.missing.filter((m) => m.kind === 'clause').length;
  const names = new Set(result.missing.filter((m) => m.kind === 'name').map((m) => m.zh)).size;
  if (gaps + names > 0) console.log(`memory: ${gaps} clauses without English, ${names} names in pinyin; \`npm run summarize -- --missing\` lists them`);
  console.log(`summarized in ${elapsed.toFixed(0)} ms (${cache.stats.hits} of ${plans.length} plans unchanged since an earlier run, taken from ${generatorCacheDir('summarize')})`);
  const blocking = result.missing.filter((m) => BLOCKING.has(m.kind));
  if (blocking.length > 0) {
    console.error(`error: ${new Set(blocking.map((m) => m.zh)).size} titles or figure labels are not in the termbase; run \`npm run summarize -- --missing\` for a stub to fill`);
    process.exitCode = 1;
    return;
  }
  if (result.violations.length > 0) {
    for (const v of result.violations) console.error(`error: gate: plan ${v.plan} section ${v.section}${'paragraph' in v ? ` ${v.paragraph}` : ''}: ${v.problem}`);
    process.exitCode = 1;
    return;
  }
  emitGeneratedFiles(paths.out, result.files, values.check, 'summarize');
}, [IngestError, TermbaseError, ContentTreeError, XliffError]);
