/**
 * Benchmark of the pipeline: each stage (ingest, summarize, astro build, Pagefind index, mirror
 * manifest) timed on the committed seeds and on synthetic corpora of 20 and 200 plans derived
 * from them (scripts/make-corpus.ts). Each corpus is a content tree under bench/corpora/<name>/
 * that the build reads through CONTENT_DIR, so the committed content/ and dist/ are not touched.
 * Reports medians, pages per second, peak memory, output sizes and the growth from 20 to 200
 * plans; writes bench/results.json.
 *   npm run bench -- [--runs 5] [--large-runs 3] [--sizes 20,200]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, scalingExponent } from '../src/lib/bench/bench-stats.ts';
import { parseCommandLine, usageError } from '../src/lib/cli/command-line.ts';
import { astroCacheDir } from '../src/lib/content-root.ts';

const COMMAND = {
  command: 'npm run bench',
  description: 'Times each stage of the pipeline on the seeds and on synthetic corpora (under bench/corpora/, leaving content/ and dist/ alone); medians, pages per second, peak memory and growth in bench/results.json.',
  options: {
    runs: { type: 'string', value: 'N', default: '5', description: 'runs per corpus' },
    'large-runs': { type: 'string', value: 'N', default: '3', description: 'runs per corpus of more than 100 plans' },
    sizes: { type: 'string', value: 'LIST', default: '20,200', description: 'the synthetic corpora, in plans, comma-separated' },
  },
} as const;
const { values } = parseCommandLine(COMMAND);
for (const name of ['runs', 'large-runs'] as const) {
  if (!/^[1-9]\d*$/.test(values[name])) usageError(COMMAND, `--${name} takes a positive whole number, not ${JSON.stringify(values[name])}`);
}
if (!/^(\d+(,\d+)*)?$/.test(values.sizes)) usageError(COMMAND, `--sizes takes plan counts separated by commas, not ${JSON.stringify(values.sizes)}`);
const RUNS = Number(values.runs);
/** Corpora above this many plans take minutes per run, so they get `--large-runs` runs. */
const LARGE = 100;
const GOALS = { seeds_pipeline_ms: 10_000, pages_per_second_at_200: 150 };

const npmScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const node = process.execPath;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}
const bytesUnder = (dir: string) => filesUnder(dir).reduce((total, f) => total + statSync(f).size, 0);

interface Stage {
  name: string;
  /** The command, or undefined when the project has no such step yet. */
  command: string[] | undefined;
  /** Bytes the stage leaves behind. */
  output: () => number;
  /** Runs before each timing, untimed (e.g. emptying the build cache so each build is cold). */
  prepare?: () => void;
}

function stagesFor(dir: string): Stage[] {
  const dist = join(dir, 'dist');
  const npmStage = (name: string) => (npmScripts[name] ? ['npm', 'run', '--silent', name] : undefined);
  return [
    { name: 'ingest', command: [node, 'scripts/ingest.ts', '--sources', `${dir}/sources`, '--errata', `${dir}/errata.yaml`, '--termbase', `${dir}/termbase`, '--out', `${dir}/plans`], output: () => bytesUnder(join(dir, 'plans')) },
    { name: 'summarize', command: [node, 'scripts/summarize.ts', '--sources', `${dir}/sources`, '--termbase', `${dir}/termbase`, '--out', `${dir}/summaries`], output: () => bytesUnder(join(dir, 'summaries')) },
    {
      name: 'astro build',
      command: [node, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'],
      output: () => bytesUnder(dist),
      // The cache directory astro.config.mjs derives from OUT_DIR and CONTENT_DIR: emptied, so every build is a CI-like cold build.
      prepare: () => rmSync(astroCacheDir(dist, dir), { recursive: true, force: true }),
    },
    { name: 'pagefind', command: npmStage('index'), output: () => bytesUnder(join(dist, 'pagefind')) },
    { name: 'mirror', command: npmStage('mirror'), output: () => bytesUnder(dist) },
  ];
}

interface Run {
  ms: number;
  /** User + system CPU time: on a shared machine, steadier than wall time. */
  cpu_ms: number | null;
  peak_rss_mb: number | null;
}

/** Runs a command once: wall time, CPU time and the peak resident memory of its largest process. */
function runOnce(command: string[], env: NodeJS.ProcessEnv): Run {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}`);
  const argv = TIME ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...command] : command;
  const started = performance.now();
  const result = spawnSync(argv[0]!, argv.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.join(' ')} exited with ${result.status}`);
  const [kilobytes = NaN, user = NaN, system = NaN] = TIME ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  return {
    ms,
    cpu_ms: Number.isFinite(user + system) ? Math.round((user + system) * 1000) : null,
    peak_rss_mb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null,
  };
}

function makeCorpus(name: string): string {
  const args = name === 'seeds' ? ['--seeds'] : ['--plans', name];
  const result = spawnSync(node, ['scripts/make-corpus.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`make-corpus ${args.join(' ')} failed`);
  return join('bench/corpora', name);
}

function benchCorpus(name: string) {
  const dir = makeCorpus(name);
  const plans = filesUnder(join(dir, 'sources')).filter((f) => f.endsWith('.txt')).length;
  const runs = plans > LARGE ? Number(values['large-runs']) : RUNS;
  const env = { CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist') };
  const stages = stagesFor(dir);
  const timings = stages.map(() => [] as Run[]);
  for (let run = 0; run < runs; run++) {
    stages.forEach((stage, i) => {
      if (!stage.command) return;
      stage.prepare?.();
      timings[i]!.push(runOnce(stage.command, env));
    });
    process.stderr.write(`bench: ${name} run ${run + 1}/${runs}\n`);
  }
  const pages = filesUnder(env.OUT_DIR).filter((f) => f.endsWith('.html')).length;
  const measured = stages.map((stage, i) => {
    if (!stage.command) return { name: stage.name, median_ms: null, note: 'n/a: no npm script yet' };
    const ms = timings[i]!.map((t) => t.ms);
    const medianMs = median(ms);
    return {
      name: stage.name,
      median_ms: Math.round(medianMs),
      runs_ms: ms.map(Math.round),
      median_cpu_ms: TIME ? Math.round(median(timings[i]!.map((t) => t.cpu_ms ?? 0))) : null,
      pages_per_second: Math.round(pages / (medianMs / 1000)),
      peak_rss_mb: Math.max(...timings[i]!.map((t) => t.peak_rss_mb ?? 0)) || null,
      output_bytes: stage.output(),
    };
  });
  const pipeline = Array.from({ length: runs }, (_, run) => timings.reduce((total, t) => total + (t[run]?.ms ?? 0), 0));
  const pipelineMs = median(pipeline);
  return {
    corpus: name,
    plans,
    runs,
    pages,
    pipeline_median_ms: Math.round(pipelineMs),
    pipeline_pages_per_second: Math.round(pages / (pipelineMs / 1000)),
    dist_bytes: bytesUnder(env.OUT_DIR),
    index_bytes: bytesUnder(join(env.OUT_DIR, 'pagefind')),
    stages: measured,
  };
}

/** What a reader downloads for one section page of the seeds' build. */
function sectionPageWeight(dist: string) {
  const page = join(dist, 'en/2021/1-1/index.html');
  const html = readFileSync(page, 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => statSync(join(dist, m[1]!.replace(/^\//, ''))).size).reduce((a, b) => a + b, 0);
  return {
    path: page,
    html_bytes: Buffer.byteLength(html),
    css_bytes: linked(/<link rel="stylesheet" href="([^"]+)"/g),
    js_bytes: linked(/<script[^>]+src="([^"]+)"/g),
  };
}

const sizes = values.sizes.split(',').filter(Boolean);
const corpora = ['seeds', ...sizes].map(benchCorpus);
const [small, large] = corpora.filter((c) => c.corpus !== 'seeds');
const growth =
  small && large
    ? corpora[0]!.stages.map(({ name }) => {
        const a = small.stages.find((s) => s.name === name)!.median_ms;
        const b = large.stages.find((s) => s.name === name)!.median_ms;
        return a === null || b === null
          ? { stage: name, time_ratio: null, exponent: null }
          : { stage: name, time_ratio: Math.round((b / a) * 10) / 10, exponent: Math.round(scalingExponent({ size: small.plans, time: a }, { size: large.plans, time: b }) * 100) / 100 };
      })
    : [];
const astroAtLarge = large?.stages.find((s) => s.name === 'astro build');
const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, load_average: loadavg().map((l) => Math.round(l * 10) / 10), peak_memory_from: TIME ? '/usr/bin/time %M' : null },
  goals: GOALS,
  corpora,
  growth: small && large ? { from_plans: small.plans, to_plans: large.plans, stages: growth } : null,
  verdict: {
    seeds_pipeline_ms: corpora[0]!.pipeline_median_ms,
    seeds_pipeline_within_goal: corpora[0]!.pipeline_median_ms <= GOALS.seeds_pipeline_ms,
    astro_pages_per_second_at_large: astroAtLarge && 'pages_per_second' in astroAtLarge ? astroAtLarge.pages_per_second : null,
  },
  section_page: sectionPageWeight(join('bench/corpora/seeds/dist')),
};

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const cell = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? 'n/a' : `${v}${unit}`);
for (const c of corpora) {
  console.log(`\n${c.corpus}: ${c.plans} plans, ${c.pages} pages, median of ${c.runs} runs; pipeline ${c.pipeline_median_ms} ms (${c.pipeline_pages_per_second} pages/s); dist ${c.dist_bytes} B, index ${c.index_bytes} B`);
  console.table(
    c.stages.map((s) => ({
      stage: s.name,
      'median ms': cell(s.median_ms),
      'CPU ms': cell('median_cpu_ms' in s ? s.median_cpu_ms : null),
      'pages/s': cell('pages_per_second' in s ? s.pages_per_second : null),
      'peak MB': cell('peak_rss_mb' in s ? s.peak_rss_mb : null),
      'output B': cell('output_bytes' in s ? s.output_bytes : null),
    })),
  );
}
if (results.growth) {
  console.log(`\ngrowth from ${results.growth.from_plans} to ${results.growth.to_plans} plans (×${results.growth.to_plans / results.growth.from_plans}; exponent 1 = linear):`);
  console.table(results.growth.stages.map((g) => ({ stage: g.stage, 'time ×': cell(g.time_ratio), exponent: cell(g.exponent) })));
}
const sp = results.section_page;
console.log(`section page ${sp.path}: HTML ${sp.html_bytes} B, CSS ${sp.css_bytes} B, JS ${sp.js_bytes} B`);
console.log(`goals: seeds pipeline ${results.verdict.seeds_pipeline_ms} ms (≤ ${GOALS.seeds_pipeline_ms}); astro build at ${large?.plans ?? '-'} plans ${cell(results.verdict.astro_pages_per_second_at_large)} pages/s (≥ ${GOALS.pages_per_second_at_200})`);
