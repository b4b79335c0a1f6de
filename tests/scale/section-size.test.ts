/**
 * A section page's cost is flat in the size of the archive: the site is built from 10 and from 40
 * plans derived from the seeds (scripts/make-corpus.ts), and the median section page of each
 * language may grow by at most 10%. What would make it grow is anything a section page shows of
 * every plan (an indicator's whole series, a list across years); such things are windowed or
 * capped, with a link to the page that has them all.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-root.ts';
import { buildEnv } from '../helpers/build-env.ts';

const MAX_GROWTH = 0.1;
const SIZES = [10, 40] as const;
const work = mkdtempSync(join(tmpdir(), 'section-size-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: buildEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${status}:\n${stderr}`))));
  });
}

/** Builds the site of `plans` derived plans and returns its section pages' sizes by language. */
async function buildCorpus(plans: number): Promise<Record<'zh' | 'en', number[]>> {
  const dir = join(work, String(plans));
  const dist = join(dir, 'dist');
  await run(['scripts/make-corpus.ts', '--plans', String(plans), '--out', dir]);
  const env = { CONTENT_DIR: dir, OUT_DIR: dist };
  await run(['scripts/ingest.ts', '--sources', join(dir, 'sources'), '--errata', join(dir, 'errata.yaml'), '--termbase', join(dir, 'termbase'), '--out', join(dir, 'plans')], env);
  await run(['scripts/summarize.ts', '--sources', join(dir, 'sources'), '--termbase', join(dir, 'termbase'), '--out', join(dir, 'summaries')], env);
  rmSync(astroCacheDir(dist, dir), { recursive: true, force: true });
  try {
    await run(['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env);
  } finally {
    rmSync(astroCacheDir(dist, dir), { recursive: true, force: true });
  }
  const sections = (lang: 'zh' | 'en') =>
    readdirSync(join(dist, lang))
      .filter((year) => /^\d{4}$/.test(year))
      .flatMap((year) => readdirSync(join(dist, lang, year)).filter((s) => /^\d+-\d+$/.test(s)).map((s) => statSync(join(dist, lang, year, s, 'index.html')).size));
  return { zh: sections('zh'), en: sections('en') };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('section pages as the archive grows', () => {
  it(`grow by at most ${MAX_GROWTH * 100}% at the median from ${SIZES[0]} to ${SIZES[1]} plans`, async () => {
    // Both builds at once: each leaves a core idle much of the time.
    const [small, large] = (await Promise.all(SIZES.map(buildCorpus))) as [Record<'zh' | 'en', number[]>, Record<'zh' | 'en', number[]>];
    for (const lang of ['zh', 'en'] as const) {
      // Every plan's sections were built: the corpora are what they claim to be.
      expect(large[lang].length, `${lang} section pages`).toBe((small[lang].length * SIZES[1]) / SIZES[0]);
      const [before, after] = [median(small[lang]), median(large[lang])];
      expect(after / before - 1, `${lang}: median section page ${before} B at ${SIZES[0]} plans, ${after} B at ${SIZES[1]}`).toBeLessThanOrEqual(MAX_GROWTH);
    }
  });
});
