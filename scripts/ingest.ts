/**
 * Ingest: content/sources/*.zh.txt → content/plans/<year>/*.mdx, in the content tree CONTENT_DIR
 * names (content/ by default).
 *   npm run ingest                write the pages' MDX
 *   npm run ingest -- --check     fail if the committed MDX is stale
 *   npm run ingest -- --help      every option (tests point --sources, --out, … at fixtures; with
 *                                 CONTENT_DIR set they must lie inside it)
 * A plan whose source, catalogue entry, errata, termbase, code and the lengths of the series its
 * charts belong to are what they were in an earlier run is taken from that run's cache
 * (src/lib/cli/generator-cache.ts).
 */
import { emitGeneratedFiles, runCli } from '../src/lib/cli/cli.ts';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { ContentTreeError, contentTreePaths } from '../src/lib/cli/content-tree.ts';
import { cachedResults, codeVersion, GeneratorCache, generatorCacheDir } from '../src/lib/cli/generator-cache.ts';
import { digest, filesDigest } from '../src/lib/digest.ts';
import type { FigureRecord } from '../src/lib/figures/figure-record.ts';
import { planFigures } from '../src/lib/figures/plan-figures.ts';
import { combinePlanFiles, indicatorsOf, ingestPlan, seriesPeriods, windowedSeriesLength, type PlanFiles } from '../src/lib/ingest/ingest-plans.ts';
import { parseErrata } from '../src/lib/plan/errata.ts';
import { IngestError } from '../src/lib/plan/ingest-error.ts';
import { readPlans, type ReadPlan } from '../src/lib/plan/read-plans.ts';
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
    fresh: { type: 'boolean', description: 'ingest every plan anew instead of taking unchanged ones from the cache' },
  },
  environment: { CONTENT_DIR: 'the content tree (default: content)', GENERATOR_CACHE_DIR: 'where the cache of earlier runs is kept (default: node_modules/.cache/xiqing-plans)' },
});

/** How the log names each normalization. */
const LOGGED: Record<Normalization['kind'], ((n: Normalization) => string) | undefined> = {
  'heading-mark': undefined,
  markup: (n) => `normalized ${n.before} → ${n.after}`,
  'page-break-join': (n) => `joined page break ${n.context}`,
  'heading-numbering': (n) => `read heading numbering ${n.before} as ${n.after}`,
  'heading-full-stop': () => 'read a heading ending in 。 (the title leaves it out)',
};

await runCli(async () => {
  const paths = contentTreePaths({ sources: 'sources', errata: 'errata.yaml', termbase: 'termbase', out: 'plans' }, values);
  const plans = readPlans(sourceFilesIn(paths.sources));
  const errata = { entries: parseErrata(readInputFile(paths.errata), paths.errata), file: paths.errata };
  const termbaseDigest = filesDigest([paths.termbase], paths.termbase);
  const termbase = loadTermbase(paths.termbase);

  // Each plan's figures, then the series lengths across plans, then each plan's files: both steps kept per plan.
  const code = codeVersion(['scripts/ingest.ts']);
  const figuresKey = (read: ReadPlan) => digest('plan figures', code, termbaseDigest, read.path, JSON.stringify(read.entry), read.source.sha256);
  const figuresCache = new GeneratorCache<FigureRecord[]>(generatorCacheDir('ingest-figures'));
  const figures = await cachedResults(figuresCache, plans, figuresKey, (missing) => missing.map((read) => planFigures(read, termbase).figures), values.fresh);
  const periods = seriesPeriods(figures.flat());
  const seriesLengthOf = new Map(plans.map((read) => [read, windowedSeriesLength(periods, read.entry.year)]));
  const figuresOf = new Map(plans.map((read, i) => [read, figures[i]!]));
  const filesKey = (read: ReadPlan) =>
    digest(
      'plan files',
      figuresKey(read),
      errata.file,
      JSON.stringify(errata.entries.filter((e) => e.plan === read.entry.year)),
      JSON.stringify(indicatorsOf(figuresOf.get(read)!).map((id) => [id, seriesLengthOf.get(read)!(id)])),
    );
  const filesCache = new GeneratorCache<PlanFiles>(generatorCacheDir('ingest'));
  const planFiles = await cachedResults(filesCache, plans, filesKey, (missing) => missing.map((read) => ingestPlan(read, figuresOf.get(read)!, seriesLengthOf.get(read)!, errata, termbase.sectors)), values.fresh);
  for (const cache of [figuresCache, filesCache]) cache.prune();
  const result = combinePlanFiles(planFiles);
  if (!values.check) {
    for (const { path, normalizations, decisions } of result.log) {
      for (const n of normalizations) {
        const message = LOGGED[n.kind]?.(n);
        if (message) console.log(`${path}:${n.line}: ${message}`);
      }
      for (const d of decisions) console.log(`${path}:${d.line}: decided: ${d.note}`);
    }
  }
  if (filesCache.stats.hits > 0) console.log(`ingest: ${filesCache.stats.hits} of ${plans.length} plans unchanged since an earlier run, taken from ${generatorCacheDir('ingest')}`);
  emitGeneratedFiles(paths.out, result.files, values.check, 'ingest');
}, [IngestError, TermbaseError, ContentTreeError]);
