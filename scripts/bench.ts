/**
 * Benchmark of the pipeline on the committed seeds and on synthetic corpora of 20 and 200 plans
 * derived from them (scripts/make-corpus.ts). Each corpus is a content tree under
 * bench/corpora/<name>/ that the commands read through CONTENT_DIR, so content/ and dist/ are not
 * touched. For each corpus:
 * - every stage of `npm run build` from nothing (generators with --fresh, Astro's cache emptied):
 *   median wall and CPU time, pages per second, peak memory, output size;
 * - what the output weighs: median and largest section page, bytes per page, dist size;
 * - what search costs a reader (`npm run search-bytes`): opening it and a first Chinese and
 *   English query, compressed;
 * - incremental rebuilds: one plan's source edited, then one termbase entry, each followed by
 *   every stage with its caches, against the build from nothing;
 * - for the seeds, how much of the translation memory carries from one year to the next;
 * and, across corpora, how each measure grows with the number of plans, and the goals met or
 * missed. Writes bench/results.json.
 *   npm run bench -- [--runs 5] [--large-runs 3] [--sizes 20,200] [--skip search,incremental]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, scalingExponent } from '../src/lib/bench/bench-stats.ts';
import { pageWeights } from '../src/lib/bench/page-weights.ts';
import { parseCommandLine, usageError } from '../src/lib/cli/command-line.ts';
import { astroCacheDir } from '../src/lib/content-root.ts';
import { measureLeverage } from '../src/lib/english/leverage.ts';
import { readPlans } from '../src/lib/plan/read-plans.ts';
import { sourceFilesIn } from '../src/lib/plan/source-files.ts';
import { loadTermbase } from '../src/lib/termbase/termbase.ts';

const SKIPPABLE = ['search', 'incremental', 'leverage'] as const;
const COMMAND = {
  command: 'npm run bench',
  description:
    'Times every stage of the build on the seeds and on synthetic corpora (under bench/corpora/, leaving content/ and dist/ alone), from nothing and incrementally, and measures page weights and what search downloads; results in bench/results.json.',
  options: {
    runs: { type: 'string', value: 'N', default: '5', description: 'runs from nothing per corpus' },
    'large-runs': { type: 'string', value: 'N', default: '3', description: 'runs per corpus of more than 100 plans' },
    sizes: { type: 'string', value: 'LIST', default: '20,200', description: 'the synthetic corpora, in plans, comma-separated' },
    skip: { type: 'string', value: 'LIST', default: '', description: `measures to leave out, comma-separated: ${SKIPPABLE.join(', ')}` },
  },
} as const;
const { values } = parseCommandLine(COMMAND);
for (const name of ['runs', 'large-runs'] as const) {
  if (!/^[1-9]\d*$/.test(values[name])) usageError(COMMAND, `--${name} takes a positive whole number, not ${JSON.stringify(values[name])}`);
}
if (!/^(\d+(,\d+)*)?$/.test(values.sizes)) usageError(COMMAND, `--sizes takes plan counts separated by commas, not ${JSON.stringify(values.sizes)}`);
const skip = new Set(values.skip.split(',').filter(Boolean));
for (const name of skip) if (!(SKIPPABLE as readonly string[]).includes(name)) usageError(COMMAND, `--skip takes ${SKIPPABLE.join(', ')}, not ${JSON.stringify(name)}`);
const RUNS = Number(values.runs);
/** Corpora above this many plans take minutes per run, so they get `--large-runs` runs. */
const LARGE = 100;
const GOALS = {
  seeds_pipeline_ms: 10_000,
  astro_pages_per_second: 150,
  pipeline_ms: 60_000,
  peak_memory_mb: 2048,
  incremental_share: 0.25,
  search_first_query_compressed_bytes: 200_000,
};

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const node = process.execPath;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}
const bytesUnder = (dir: string) => filesUnder(dir).reduce((total, f) => total + statSync(f).size, 0);

interface Stage {
  name: string;
  command: string[];
  /** Bytes the stage leaves behind. */
  output: () => number;
  /** Runs before each timing from nothing, untimed. */
  fromNothing?: () => void;
  /** Part of the pipeline: every stage from the ingest to the manifest, all but the archive. */
  pipeline: boolean;
}

/** The stages of `npm run build`, in its order. From nothing, the generators recompute (--fresh) and Astro's cache is emptied. */
function stagesFor(dir: string, fromNothing: boolean): Stage[] {
  const dist = join(dir, 'dist');
  const fresh = fromNothing ? ['--fresh'] : [];
  return [
    { name: 'ingest', command: [node, 'scripts/ingest.ts', ...fresh], output: () => bytesUnder(join(dir, 'plans')), pipeline: true },
    { name: 'summarize', command: [node, 'scripts/summarize.ts', ...fresh], output: () => bytesUnder(join(dir, 'summaries')), pipeline: true },
    {
      name: 'astro build',
      // Never --silent: Astro hashes the log level into each page's code, so a silent build's cache would not serve a normal one.
      command: [node, 'node_modules/astro/bin/astro.mjs', 'build'],
      output: () => bytesUnder(dist),
      // The cache astro.config.mjs derives from OUT_DIR and CONTENT_DIR: emptied, so the build renders every page as CI does.
      fromNothing: () => rmSync(astroCacheDir(dist, dir), { recursive: true, force: true }),
      pipeline: true,
    },
    { name: 'pagefind', command: [node, 'scripts/index-search.ts'], output: () => bytesUnder(join(dist, 'pagefind')), pipeline: true },
    { name: 'archive', command: [node, 'scripts/archive.ts'], output: () => bytesUnder(join(dist, 'archive')), pipeline: false },
    { name: 'mirror', command: [node, 'scripts/mirror.ts'], output: () => bytesUnder(dist), pipeline: true },
  ];
}

interface Run {
  ms: number;
  /** User + system CPU time: on a shared machine, steadier than wall time. */
  cpu_ms: number | null;
  peak_rss_mb: number | null;
  stdout: string;
}

/** Runs a command once: wall time, CPU time and the peak resident memory of its largest process. */
function runOnce(command: string[], env: NodeJS.ProcessEnv): Run {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}`);
  const argv = TIME ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...command] : command;
  const started = performance.now();
  const result = spawnSync(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.join(' ')} exited with ${result.status}:\n${result.stdout.slice(-2000)}`);
  const [kilobytes = NaN, user = NaN, system = NaN] = TIME ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  return {
    ms,
    cpu_ms: Number.isFinite(user + system) ? Math.round((user + system) * 1000) : null,
    peak_rss_mb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null,
    stdout: result.stdout,
  };
}

function makeCorpus(name: string): string {
  const args = name === 'seeds' ? ['--seeds'] : ['--plans', name];
  const result = spawnSync(node, ['scripts/make-corpus.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`make-corpus ${args.join(' ')} failed`);
  return join('bench/corpora', name);
}

const round = (n: number) => Math.round(n);

/** Pagefind's index chunks: how many, and the largest, as stored (gzipped). */
function indexChunks(dist: string) {
  const chunks = filesUnder(join(dist, 'pagefind/index')).map((f) => ({ file: f.split('/').at(-1)!, bytes: statSync(f).size }));
  const largest = chunks.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
  return { count: chunks.length, largest };
}

/** Bytes downloaded: as served, and as a compressing host sends them. */
interface Bytes {
  served: number;
  compressed: number;
}

interface SearchStep extends Bytes {
  index_chunks: number;
}

interface SearchMeasure {
  queries: Record<'zh' | 'en' | 'character', string>;
  open: SearchStep;
  zh: SearchStep;
  en: SearchStep;
  character: SearchStep;
  /** A reader of the Chinese edition: opening search and a first Chinese query; then an English one too. */
  open_zh: Bytes;
  open_zh_en: Bytes;
  /** A reader of the English edition: opening search on the English page and a first English query. */
  english_reader: { open: SearchStep; en: SearchStep; open_en: Bytes };
  index: ReturnType<typeof indexChunks>;
}

function searchBytes(env: NodeJS.ProcessEnv): SearchMeasure | { note: string } {
  if (skip.has('search')) return { note: 'skipped (--skip search)' };
  const result = spawnSync(node, ['scripts/search-bytes.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) return { note: `npm run search-bytes failed: ${result.stderr.trim().split('\n').at(-1)}` };
  type Measured = Bytes & { chunks?: { bytes: number }[] };
  const measured = JSON.parse(result.stdout) as Record<string, Measured> & { queries: SearchMeasure['queries']; english_reader: Record<'open' | 'en' | 'open_en', Measured> };
  const stepOf = (m: Measured): SearchStep => ({ served: m.served, compressed: m.compressed, index_chunks: m.chunks?.length ?? 0 });
  const step = (name: string): SearchStep => stepOf(measured[name]!);
  return {
    queries: measured.queries,
    open: step('open'),
    zh: step('zh'),
    en: step('en'),
    character: step('character'),
    open_zh: measured.open_zh!,
    open_zh_en: measured.open_zh_en!,
    english_reader: { open: stepOf(measured.english_reader.open), en: stepOf(measured.english_reader.en), open_en: measured.english_reader.open_en },
    index: indexChunks(env.OUT_DIR!),
  };
}

/** Replaces one occurrence of a pattern in a file; the bench's edits are made on its own corpus. */
function editOnce(path: string, pattern: RegExp, replace: (match: string) => string): string {
  const text = readFileSync(path, 'utf8');
  const match = pattern.exec(text);
  if (!match) throw new Error(`${path}: nothing matches ${pattern}`);
  writeFileSync(path, text.slice(0, match.index) + replace(match[0]) + text.slice(match.index + match[0].length));
  return `${match[0]} → ${replace(match[0])}`;
}

/**
 * Edits one plan of the corpus as a correction would: the first count in its text (`16项`) made
 * one larger, and the catalogue's SHA-256 of the source updated.
 */
function editOnePlan(dir: string): string {
  const sources = readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.txt')).sort();
  const file = sources[Math.floor(sources.length / 2)]!;
  const path = join(dir, 'sources', file);
  const sha = () => createHash('sha256').update(readFileSync(path)).digest('hex');
  const before = sha();
  const change = editOnce(path, /(?<=[\u4e00-\u9fff])\d+(?=[项家个])/, (n) => String(Number(n) + 1));
  editOnce(join(dir, 'sources/plans.yaml'), new RegExp(before), () => sha());
  return `${file}: ${change}`;
}

/**
 * Edits the termbase as a translator would: the English of the first section title reworded.
 * That is the title of every plan's overview, so every plan's pages and summaries change with it:
 * the most a one-line edit can touch.
 */
function editTermbase(dir: string): string {
  return `sections.yaml: ${editOnce(join(dir, 'termbase/sections.yaml'), /^[^#\s][^:\n]*: [^\n]+$/m, (line) => `${line} (revised)`)}`;
}

function incrementalRebuild(dir: string, env: NodeJS.ProcessEnv, change: string) {
  const stages = stagesFor(dir, false).map((stage) => {
    const run = runOnce(stage.command, env);
    const copied = stage.name === 'astro build' ? (run.stdout.match(/\((cached|restored)\)/g) ?? []).length : undefined;
    return { name: stage.name, ms: round(run.ms), cpu_ms: run.cpu_ms, peak_rss_mb: run.peak_rss_mb, ...(copied === undefined ? {} : { pages_copied: copied }) };
  });
  return { change, stages, total_ms: stages.reduce((sum, s) => sum + s.ms, 0), pipeline_ms: stages.filter((s) => s.name !== 'archive').reduce((sum, s) => sum + s.ms, 0) };
}

/**
 * How much of the memory carries from one year to the next (src/lib/english/leverage.ts): each
 * seed plan rendered with only the entries another plan uses, as shares of its Han characters.
 */
function leverage(dir: string): LeverageMeasure[] | { note: string } {
  if (skip.has('leverage')) return { note: 'skipped (--skip leverage)' };
  const plans = readPlans(sourceFilesIn(join(dir, 'sources')));
  return measureLeverage(plans, loadTermbase(join(dir, 'termbase'))).map(({ from, to, coverage, entries, carried }) => {
    const han = Object.values(coverage).reduce((a, b) => a + b, 0);
    const share = (n: number) => Math.round((1000 * n) / Math.max(han, 1)) / 10;
    const byVia = Object.fromEntries(Object.entries(coverage).map(([via, n]) => [via, share(n)]));
    return { from, to, rendered_percent: share(han - coverage.missing), percent_by_via: byVia, entries, carried };
  });
}

interface LeverageMeasure {
  from: number;
  to: number;
  rendered_percent: number;
  percent_by_via: Record<string, number>;
  entries: { used: number; total: number };
  carried: Record<string, { used: number; carried: number }>;
}

async function benchCorpus(name: string) {
  const dir = makeCorpus(name);
  const plans = filesUnder(join(dir, 'sources')).filter((f) => f.endsWith('.txt')).length;
  const runs = plans > LARGE ? Number(values['large-runs']) : RUNS;
  // The generators' cache inside the corpus, which make-corpus empties: no run profits from an earlier bench's work.
  const env = { CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), GENERATOR_CACHE_DIR: join(dir, '.cache') };
  const stages = stagesFor(dir, true);
  const timings = stages.map(() => [] as Run[]);
  for (let run = 0; run < runs; run++) {
    stages.forEach((stage, i) => {
      stage.fromNothing?.();
      timings[i]!.push(runOnce(stage.command, env));
    });
    process.stderr.write(`bench: ${name} run ${run + 1}/${runs} from nothing\n`);
  }
  const weights = pageWeights(env.OUT_DIR);
  const measured = stages.map((stage, i) => {
    const ms = timings[i]!.map((t) => t.ms);
    const medianMs = median(ms);
    return {
      name: stage.name,
      pipeline: stage.pipeline,
      median_ms: round(medianMs),
      runs_ms: ms.map(round),
      median_cpu_ms: TIME ? round(median(timings[i]!.map((t) => t.cpu_ms ?? 0))) : null,
      pages_per_second: round(weights.pages / (medianMs / 1000)),
      peak_rss_mb: Math.max(...timings[i]!.map((t) => t.peak_rss_mb ?? 0)) || null,
      output_bytes: stage.output(),
    };
  });
  const total = (filter: (s: Stage) => boolean) => median(Array.from({ length: runs }, (_, run) => timings.reduce((sum, t, i) => sum + (filter(stages[i]!) ? t[run]!.ms : 0), 0)));
  const pipelineMs = total((s) => s.pipeline);
  const search: SearchMeasure | { note: string } = searchBytes(env);
  let incremental: unknown = { note: 'skipped (--skip incremental)' };
  if (!skip.has('incremental')) {
    process.stderr.write(`bench: ${name} incremental rebuilds\n`);
    incremental = { one_plan: incrementalRebuild(dir, env, editOnePlan(dir)), termbase: incrementalRebuild(dir, env, editTermbase(dir)) };
  }
  return {
    corpus: name,
    plans,
    runs,
    pages: weights.pages,
    pipeline_median_ms: round(pipelineMs),
    build_median_ms: round(total(() => true)),
    pipeline_pages_per_second: round(weights.pages / (pipelineMs / 1000)),
    peak_rss_mb: Math.max(...measured.map((s) => s.peak_rss_mb ?? 0)) || null,
    weights,
    stages: measured,
    search,
    incremental,
    ...(name === 'seeds' ? { leverage: leverage(dir) } : {}),
  };
}

type CorpusResult = Awaited<ReturnType<typeof benchCorpus>>;

const sizes = values.sizes.split(',').filter(Boolean);
const corpora: CorpusResult[] = [];
for (const name of ['seeds', ...sizes]) corpora.push(await benchCorpus(name));
const synthetic = corpora.filter((c) => c.corpus !== 'seeds');
const [small, large] = [synthetic[0], synthetic.at(-1) === synthetic[0] ? undefined : synthetic.at(-1)];

const exponent = (a: number | null | undefined, b: number | null | undefined) =>
  small && large && a && b ? Math.round(scalingExponent({ size: small.plans, time: a }, { size: large.plans, time: b }) * 100) / 100 : null;
type SearchTotal = 'open_zh' | 'open_zh_en' | 'open_en';
const searchTotal = (c: CorpusResult | undefined, which: SearchTotal = 'open_zh_en') => {
  if (!c || !('open_zh_en' in c.search)) return null;
  return which === 'open_en' ? c.search.english_reader.open_en.compressed : c.search[which].compressed;
};
const growth =
  small && large
    ? {
        from_plans: small.plans,
        to_plans: large.plans,
        stages: small.stages.map(({ name }) => {
          const [a, b] = [small.stages.find((s) => s.name === name)!, large.stages.find((s) => s.name === name)!];
          return { stage: name, time_ratio: Math.round((b.median_ms / a.median_ms) * 10) / 10, exponent: exponent(a.median_ms, b.median_ms), cpu_exponent: exponent(a.median_cpu_ms, b.median_cpu_ms) };
        }),
        exponents: {
          pages: exponent(small.pages, large.pages),
          pipeline: exponent(small.pipeline_median_ms, large.pipeline_median_ms),
          dist_bytes: exponent(small.weights.dist_bytes, large.weights.dist_bytes),
          html_bytes_per_page: exponent(small.weights.html_bytes_per_page, large.weights.html_bytes_per_page),
          section_median_bytes: exponent(small.weights.section_median_bytes, large.weights.section_median_bytes),
          search_open_zh: exponent(searchTotal(small, 'open_zh'), searchTotal(large, 'open_zh')),
          search_open_en: exponent(searchTotal(small, 'open_en'), searchTotal(large, 'open_en')),
        },
      }
    : null;

/** A goal's verdict: the measured value, the goal, and met or the gap. */
function verdict(measured: number | null | undefined, goal: number, atMost = true) {
  if (measured === null || measured === undefined) return { measured: null, goal, met: null };
  const met = atMost ? measured <= goal : measured >= goal;
  return { measured, goal, met, ...(met ? {} : { gap: Math.round((atMost ? measured - goal : goal - measured) * 1000) / 1000 }) };
}
const biggest = large ?? small ?? corpora[0]!;
const astroAtBiggest = biggest.stages.find((s) => s.name === 'astro build')!;
const incrementalOf = (c: CorpusResult) => c.incremental as { one_plan?: { total_ms: number }; termbase?: { total_ms: number } };
const goals = {
  corpus: biggest.corpus,
  seeds_pipeline_ms: verdict(corpora[0]!.pipeline_median_ms, GOALS.seeds_pipeline_ms),
  astro_pages_per_second: verdict(astroAtBiggest.pages_per_second, GOALS.astro_pages_per_second, false),
  pipeline_ms: verdict(biggest.pipeline_median_ms, GOALS.pipeline_ms),
  peak_memory_mb: verdict(biggest.peak_rss_mb, GOALS.peak_memory_mb),
  incremental_one_plan_share: verdict(incrementalOf(biggest).one_plan ? Math.round((incrementalOf(biggest).one_plan!.total_ms / biggest.build_median_ms) * 100) / 100 : null, GOALS.incremental_share),
  incremental_termbase_share: verdict(incrementalOf(biggest).termbase ? Math.round((incrementalOf(biggest).termbase!.total_ms / biggest.build_median_ms) * 100) / 100 : null, GOALS.incremental_share),
  search_open_zh_compressed_bytes: verdict(searchTotal(biggest, 'open_zh'), GOALS.search_first_query_compressed_bytes),
  search_open_en_compressed_bytes: verdict(searchTotal(biggest, 'open_en'), GOALS.search_first_query_compressed_bytes),
  search_open_zh_then_en_compressed_bytes: verdict(searchTotal(biggest, 'open_zh_en'), GOALS.search_first_query_compressed_bytes),
};

const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, load_average: loadavg().map((l) => Math.round(l * 10) / 10), peak_memory_from: TIME ? '/usr/bin/time %M' : null },
  goals: GOALS,
  corpora,
  growth,
  verdict: goals,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const cell = (v: number | string | null | undefined, unit = '') => (v === null || v === undefined ? 'n/a' : `${v}${unit}`);
const kB = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${(n / 1000).toFixed(1)} kB`);
for (const c of corpora) {
  console.log(
    `\n${c.corpus}: ${c.plans} plans, ${c.pages} pages, median of ${c.runs} runs from nothing; pipeline ${c.pipeline_median_ms} ms (${c.pipeline_pages_per_second} pages/s), with the archive ${c.build_median_ms} ms; peak ${cell(c.peak_rss_mb, ' MB')}`,
  );
  console.table(
    c.stages.map((s) => ({ stage: s.name, 'median ms': s.median_ms, 'CPU ms': cell(s.median_cpu_ms), 'pages/s': s.pages_per_second, 'peak MB': cell(s.peak_rss_mb), 'output B': s.output_bytes })),
  );
  const w = c.weights;
  console.log(
    `weights: dist ${w.dist_bytes} B (${w.dist_bytes_per_page} B/page), HTML ${w.html_bytes_per_page} B/page; section pages: median ${w.section_median_bytes} B, largest ${w.section_largest.bytes} B (${w.section_largest.path}); largest page ${w.largest_page.bytes} B (${w.largest_page.path})`,
  );
  if ('open_zh_en' in c.search) {
    const s = c.search;
    console.log(
      `search, a reader of the Chinese: open ${kB(s.open.compressed)}, + zh "${s.queries.zh}" ${kB(s.zh.compressed)} = ${kB(s.open_zh.compressed)}, + en "${s.queries.en}" ${kB(s.en.compressed)} = ${kB(s.open_zh_en.compressed)} compressed (${kB(s.open_zh_en.served)} served); one character "${s.queries.character}" ${kB(s.character.compressed)}; ${s.index.count} index chunks, largest ${kB(s.index.largest.bytes)}`,
    );
    console.log(`search, a reader of the English: open ${kB(s.english_reader.open.compressed)}, + en "${s.queries.en}" ${kB(s.english_reader.en.compressed)} = ${kB(s.english_reader.open_en.compressed)} compressed`);
  } else console.log(`search: ${(c.search as { note: string }).note}`);
  const inc = incrementalOf(c) as Record<string, ReturnType<typeof incrementalRebuild>> & { note?: string };
  if (inc.note) console.log(`incremental: ${inc.note}`);
  for (const kind of ['one_plan', 'termbase'] as const) {
    const r = inc[kind];
    if (!r) continue;
    const astro = r.stages.find((s) => s.name === 'astro build')!;
    console.log(
      `incremental, ${kind.replace('_', ' ')} (${r.change}): ${r.total_ms} ms = ${Math.round((100 * r.total_ms) / c.build_median_ms)}% of the build from nothing (${r.stages.map((s) => `${s.name} ${s.ms}`).join(', ')}); Astro copied ${astro.pages_copied} of ${c.pages} pages`,
    );
  }
  if ('leverage' in c) {
    const measures = c.leverage;
    if ('note' in measures) console.log(`leverage: ${measures.note}`);
    else {
      for (const l of measures) {
        const carried = Object.entries(l.carried).map(([file, { used, carried }]) => `${file} ${carried}/${used}`).join(', ');
        console.log(`leverage: ${l.to} with only the ${l.entries.used} of ${l.entries.total} entries ${l.from} uses: ${l.rendered_percent}% of its Han characters rendered (${Object.entries(l.percent_by_via).map(([via, p]) => `${via} ${p}%`).join(', ')}); entries ${l.to} uses that ${l.from} used too: ${carried}`);
      }
    }
  }
}
if (growth) {
  console.log(`\ngrowth from ${growth.from_plans} to ${growth.to_plans} plans (×${growth.to_plans / growth.from_plans}; exponent 1 = linear, 0 = flat):`);
  console.table(growth.stages.map((g) => ({ stage: g.stage, 'time ×': g.time_ratio, exponent: cell(g.exponent), 'CPU exponent': cell(g.cpu_exponent) })));
  console.table(Object.entries(growth.exponents).map(([measure, e]) => ({ measure, exponent: cell(e) })));
}
console.log(`\ngoals at ${goals.corpus}:`);
for (const [name, v] of Object.entries(goals)) {
  if (typeof v !== 'object') continue;
  console.log(`  ${name}: ${cell(v.measured)} (goal ${name.includes('pages_per_second') ? '≥' : '≤'} ${v.goal}) ${v.met === null ? 'not measured' : v.met ? 'met' : `missed by ${'gap' in v ? v.gap : ''}`}`);
}
