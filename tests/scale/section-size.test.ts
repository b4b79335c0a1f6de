/**
 * A page's cost is flat in the size of the archive: the site is built from 10 and from 40 plans
 * derived from the seeds (scripts/make-corpus.ts), and the median section page of each language,
 * and the targets and about pages, may grow by at most 10%. What would make them grow is anything a page
 * shows of every plan (an indicator's whole series, a list across years); such things are
 * windowed or capped, with a link to the pages that have them all.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface PageSizes {
  sections: Record<'zh' | 'en', number[]>;
  /** The listing pages that show the newest plans in full and link a page for each of the others. */
  listings: Record<'zh' | 'en', Record<'targets' | 'about', number>>;
}

/** Builds the site of `plans` derived plans and returns its section pages' sizes by language, and its targets and about pages'. */
async function buildCorpus(plans: number): Promise<PageSizes> {
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
  const listings = (lang: 'zh' | 'en') => ({ targets: statSync(join(dist, lang, 'targets', 'index.html')).size, about: statSync(join(dist, lang, 'about', 'index.html')).size });
  return { sections: { zh: sections('zh'), en: sections('en') }, listings: { zh: listings('zh'), en: listings('en') } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('pages as the archive grows', () => {
  let small: PageSizes;
  let large: PageSizes;
  beforeAll(async () => {
    // Both builds at once: each leaves a core idle much of the time.
    [small, large] = (await Promise.all(SIZES.map(buildCorpus))) as [PageSizes, PageSizes];
  }, 900_000);

  it(`section pages grow by at most ${MAX_GROWTH * 100}% at the median from ${SIZES[0]} to ${SIZES[1]} plans`, () => {
    for (const lang of ['zh', 'en'] as const) {
      // Every plan's sections were built: the corpora are what they claim to be.
      expect(large.sections[lang].length, `${lang} section pages`).toBe((small.sections[lang].length * SIZES[1]) / SIZES[0]);
      const [before, after] = [median(small.sections[lang]), median(large.sections[lang])];
      expect(after / before - 1, `${lang}: median section page ${before} B at ${SIZES[0]} plans, ${after} B at ${SIZES[1]}`).toBeLessThanOrEqual(MAX_GROWTH);
    }
  });

  it(`the targets and about pages grow by at most ${MAX_GROWTH * 100}% from ${SIZES[0]} to ${SIZES[1]} plans`, () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const page of ['targets', 'about'] as const) {
        const [before, after] = [small.listings[lang][page], large.listings[lang][page]];
        expect(after / before - 1, `${lang}: ${page} page ${before} B at ${SIZES[0]} plans, ${after} B at ${SIZES[1]}`).toBeLessThanOrEqual(MAX_GROWTH);
      }
    }
  });
});
