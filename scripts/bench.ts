/**
 * Benchmark of the pipeline on the committed plans: each stage run five times, the median
 * reported, plus what a reader downloads for a section page. Writes bench/results.json.
 *   node scripts/bench.ts [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);

const STAGES: { name: string; command: string[] }[] = [
  { name: 'ingest', command: [process.execPath, 'scripts/ingest.ts'] },
  { name: 'summarize', command: [process.execPath, 'scripts/summarize.ts'] },
  { name: 'astro build', command: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'] },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeOnce(command: string[]): number {
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command.join(' ')} exited with ${result.status}`);
  return performance.now() - started;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

const stages = STAGES.map(({ name, command }) => {
  const times = Array.from({ length: RUNS }, () => timeOnce(command));
  return { name, median_ms: Math.round(median(times)), runs_ms: times.map(Math.round) };
});
const pipeline = Array.from({ length: RUNS }, () => STAGES.reduce((total, { command }) => total + timeOnce(command), 0));

const html = filesUnder('dist').filter((f) => f.endsWith('.html'));
const sectionPage = 'dist/en/2021/1-1/index.html';
const sectionHtml = readFileSync(sectionPage, 'utf8');
const linked = (pattern: RegExp) => [...sectionHtml.matchAll(pattern)].map((m) => statSync(join('dist', m[1]!.replace(/^\//, ''))).size).reduce((a, b) => a + b, 0);
const results = {
  runs: RUNS,
  stages,
  pipeline_median_ms: Math.round(median(pipeline)),
  pages: html.length,
  pages_per_second: Math.round((html.length / (stages.find((s) => s.name === 'astro build')!.median_ms / 1000)) * 10) / 10,
  dist_bytes: filesUnder('dist').reduce((total, f) => total + statSync(f).size, 0),
  section_page: {
    path: sectionPage,
    html_bytes: Buffer.byteLength(sectionHtml),
    css_bytes: linked(/<link rel="stylesheet" href="([^"]+)"/g),
    js_bytes: linked(/<script[^>]+src="([^"]+)"/g) + [...sectionHtml.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((a, m) => a + Buffer.byteLength(m[1]!), 0),
  },
};

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.table(stages.map(({ name, median_ms }) => ({ stage: name, 'median ms': median_ms })));
console.log(`whole pipeline: median ${results.pipeline_median_ms} ms over ${RUNS} runs; ${results.pages} pages (${results.pages_per_second} pages/s in astro build); dist ${results.dist_bytes} bytes`);
console.log(`section page ${sectionPage}: HTML ${results.section_page.html_bytes} B, CSS ${results.section_page.css_bytes} B, JS ${results.section_page.js_bytes} B`);
