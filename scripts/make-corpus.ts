/**
 * Writes a benchmark corpus: a content tree (sources with their catalogue, errata, termbase) that
 * a build reads through CONTENT_DIR; ingest and summarize then add `plans/` and `summaries/`.
 *   npm run make-corpus -- --plans 20   20 plans derived from the seeds → bench/corpora/20/
 *   npm run make-corpus -- --seeds      the committed sources as they are → bench/corpora/seeds/
 *   npm run make-corpus -- --plans 4 --district 和平区   4 plans of one district (a shard, docs/scale.md)
 * Each derived plan has its own year (the year is the plan's key in every URL, `/zh/2150/`, and
 * the catalogue refuses two plans of one year), another Tianjin district as issuer, and the
 * paragraphs of its sub-sections shuffled, so no two plans index the same text in the same order.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { parseCommandLine, usageError } from '../src/lib/cli/command-line.ts';
import { parseErrata } from '../src/lib/plan/errata.ts';
import { parsePlansCatalog, type PlanEntry } from '../src/lib/plan/plans-catalog.ts';
import {
  renameIssuer, seededRandom, shiftedTermbaseEntries, shiftYears, shiftYearsDeep, shuffleParagraphs, yearShift, type YearShift,
} from '../src/lib/bench/synthetic-plans.ts';

const COMMAND = {
  command: 'npm run make-corpus',
  description: 'Writes a benchmark corpus, a content tree a build reads through CONTENT_DIR: the seeds as they are, or N plans derived from them. Give --plans or --seeds.',
  options: {
    plans: { type: 'string', value: 'N', description: 'derive this many plans from the seeds' },
    seeds: { type: 'boolean', description: 'copy the committed sources as they are' },
    from: { type: 'string', value: 'DIR', default: 'content', description: 'the content tree to start from' },
    district: { type: 'string', value: 'NAME', description: 'issue every derived plan from this Tianjin district (default: each district in turn)' },
    out: { type: 'string', value: 'DIR', description: 'where the corpus goes (default: bench/corpora/<N> or bench/corpora/seeds)' },
  },
} as const;
const { values } = parseCommandLine(COMMAND);
if (values.seeds === (values.plans !== undefined)) usageError(COMMAND, 'give either --plans N or --seeds');
if (values.plans !== undefined && !/^[1-9]\d*$/.test(values.plans)) usageError(COMMAND, `--plans takes a positive whole number, not ${JSON.stringify(values.plans)}`);
if (values.district !== undefined && values.plans === undefined) usageError(COMMAND, '--district goes with --plans');

/** The districts of Tianjin other than Xiqing, as issuers of the derived plans. */
const DISTRICTS = [
  ['和平区', 'Heping District'], ['河东区', 'Hedong District'], ['河西区', 'Hexi District'], ['南开区', 'Nankai District'],
  ['河北区', 'Hebei District'], ['红桥区', 'Hongqiao District'], ['东丽区', 'Dongli District'], ['津南区', 'Jinnan District'],
  ['北辰区', 'Beichen District'], ['武清区', 'Wuqing District'], ['宝坻区', 'Baodi District'], ['宁河区', 'Ninghe District'],
  ['静海区', 'Jinghai District'], ['蓟州区', 'Jizhou District'], ['滨海新区', 'Binhai New Area'],
] as const;
const issuers = values.district === undefined ? DISTRICTS : DISTRICTS.filter(([zh]) => zh === values.district);
if (issuers.length === 0) usageError(COMMAND, `--district takes one of ${DISTRICTS.map(([zh]) => zh).join(', ')}, not ${JSON.stringify(values.district)}`);

/** The newest year the catalogue accepts; derived plans count down from it. */
const LAST_YEAR = 2200;

const source = values.from;
const out = values.out ?? join('bench/corpora', values.seeds ? 'seeds' : String(values.plans));
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'sources'), { recursive: true });

if (values.seeds) {
  cpSync(join(source, 'sources'), join(out, 'sources'), { recursive: true });
  cpSync(join(source, 'termbase'), join(out, 'termbase'), { recursive: true });
  cpSync(join(source, 'errata.yaml'), join(out, 'errata.yaml'));
} else {
  const count = Number(values.plans);
  const catalogPath = join(source, 'sources/plans.yaml');
  const seeds = parsePlansCatalog(readFileSync(catalogPath, 'utf8'), catalogPath);
  const errataPath = join(source, 'errata.yaml');
  const errata = parseErrata(readFileSync(errataPath, 'utf8'), errataPath);

  const catalog: PlanEntry[] = [];
  const derivedErrata: unknown[] = [];
  const shifts: YearShift[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const year = LAST_YEAR - i;
    const shift = yearShift(seed.year, seed.reviews_year, year);
    const [districtZh, districtEn] = issuers[i % issuers.length]!;
    const rename = (text: string) => shiftYears(text.replaceAll(seed.district.zh, districtZh), shift);

    const seedText = readFileSync(join(source, 'sources', seed.file), 'utf8');
    const text = shiftYears(renameIssuer(shuffleParagraphs(seedText, seededRandom(year)), seed.district.zh, districtZh), shift);
    const file = `synthetic-${year}-plan.zh.txt`;
    writeFileSync(join(out, 'sources', file), text);
    catalog.push({
      ...seed,
      file,
      year,
      reviews_year: year - (seed.year - seed.reviews_year),
      district: { zh: districtZh, en: districtEn },
      title_zh: rename(seed.title_zh),
      issuer_zh: rename(seed.issuer_zh),
      ...(seed.notice_zh ? { notice_zh: rename(seed.notice_zh) } : {}),
      ...(seed.approved_by_zh ? { approved_by_zh: rename(seed.approved_by_zh) } : {}),
      ...(seed.presented_to_zh ? { presented_to_zh: rename(seed.presented_to_zh) } : {}),
      issued: shiftYears(seed.issued, shift),
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    derivedErrata.push(...errata.filter((e) => e.plan === seed.year).map(({ line: _line, ...e }) => ({ ...shiftYearsDeep(e, shift), plan: year })));
    shifts.push(shift);
  }
  writeFileSync(join(out, 'sources/plans.yaml'), stringify(catalog, { aliasDuplicateObjects: false }));
  writeFileSync(join(out, 'errata.yaml'), stringify(derivedErrata));

  mkdirSync(join(out, 'termbase'));
  for (const file of readdirSync(join(source, 'termbase')).filter((f) => f.endsWith('.yaml'))) {
    const entries = (parseDocument(readFileSync(join(source, 'termbase', file), 'utf8')).toJS() ?? {}) as Record<string, unknown>;
    writeFileSync(join(out, 'termbase', file), stringify(shiftedTermbaseEntries(entries, shifts)));
  }
}
console.log(`make-corpus: ${readdirSync(join(out, 'sources')).filter((f) => f.endsWith('.txt')).length} plans in ${out}`);
