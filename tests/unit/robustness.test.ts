/**
 * Robustness properties: whatever text reaches the ingest (random, or a seed plan damaged the way
 * extraction and editing damage files), it either reads it or stops with an IngestError naming
 * the place, never a TypeError from deep inside; and whatever plan summarize reads, every number
 * in its English traces to a source.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands, largeNumberEnglish, shiftDecimalLeft } from '../../src/lib/figures/decimal-format.ts';
import { IngestError } from '../../src/lib/plan/ingest-error.ts';
import { applyScale, parseChineseNumeral, parseDecimal } from '../../src/lib/numerals.ts';
import { parsePlan } from '../../src/lib/plan/parse-plan.ts';
import { parsePlansCatalog } from '../../src/lib/plan/plans-catalog.ts';
import { readPlans, type ReadPlan } from '../../src/lib/plan/read-plans.ts';
import { summarizePlans } from '../../src/lib/english/summarize-plans.ts';
import { loadTermbase } from '../../src/lib/termbase/termbase.ts';
import { SEED_FILES, seedText, type SeedYear } from '../helpers/seeds.ts';

const CATALOG_PATH = 'content/sources/plans.yaml';
const catalog = parsePlansCatalog(readFileSync(CATALOG_PATH, 'utf8'), CATALOG_PATH);
const termbase = loadTermbase('content/termbase');
const seedYears = Object.keys(SEED_FILES).map(Number) as SeedYear[];
const seeds = new Map(seedYears.map((year) => [year, seedText(year)]));

/** Runs the ingest's reading of a text; true unless it failed with anything but an IngestError. */
function readsOrRefuses(read: () => unknown): boolean {
  try {
    read();
  } catch (error) {
    if (error instanceof IngestError) return true;
    throw error;
  }
  return true;
}

const NUMERALS = '一二三四五六七八九十';

/** Characters a damaged plan plausibly gains: numbering, punctuation, markup, digits, CJK text. */
const debris = fc.oneof(
  fc.constantFrom('一、', '（三）', '(二)', '##', '# ', '。', '，', '：', '”', '“', '\n', '\n\n', ' ', '\t', '\r', '\u3000', '<sub>2.5</sub>', '_{2.5}', '亿元', '%', '万', '余', '年', '1.5', '2021 年'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** One way a plan file gets damaged. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: debris }),
  fc.record({ kind: fc.constant('renumber' as const), at: fc.nat(), numeral: fc.constantFrom(...NUMERALS) }),
  fc.record({ kind: fc.constant('change-digit' as const), at: fc.nat(), digit: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = m.at % lines.length;
  switch (m.kind) {
    case 'delete-line':
      return lines.toSpliced(line, 1).join('\n');
    case 'duplicate-line':
      return lines.toSpliced(line, 0, lines[line]!).join('\n');
    case 'swap-lines': {
      const other = m.other % lines.length;
      const swapped = [...lines];
      [swapped[line], swapped[other]] = [lines[other]!, lines[line]!];
      return swapped.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'renumber': {
      // A heading's numeral replaced: numbering that skips, repeats or goes backwards.
      const headings = lines.flatMap((l, i) => (/^[#\s]*[（(]?[一二三四五六七八九十]+[、）)]/.test(l) ? [i] : []));
      if (headings.length === 0) return text;
      const target = headings[m.at % headings.length]!;
      return lines.with(target, lines[target]!.replace(/[一二三四五六七八九十]+/, m.numeral)).join('\n');
    }
    case 'change-digit': {
      const digits = [...text.matchAll(/\d/g)];
      if (digits.length === 0) return text;
      const at = digits[m.at % digits.length]!.index;
      return text.slice(0, at) + String(m.digit) + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

const damagedSeed = fc
  .tuple(fc.constantFrom(...seedYears), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([year, mutations]) => ({ year, text: mutations.reduce(mutate, seeds.get(year)!) }));

/** The seed's catalogue entry for a damaged text, with the hash updated so reading gets past the hash check. */
function readDamaged(year: SeedYear, text: string): ReadPlan[] {
  const bytes = new TextEncoder().encode(text);
  const entry = catalog.find((e) => e.year === year)!;
  const catalogText = readFileSync(CATALOG_PATH, 'utf8').replace(entry.sha256, createHash('sha256').update(bytes).digest('hex'));
  return readPlans({
    catalog: { file: CATALOG_PATH, text: catalogText },
    readSource: (file) => ({ path: `content/sources/${file}`, bytes: file === entry.file ? bytes : readFileSync(`content/sources/${file}`) }),
  }).filter((p) => p.entry.year === year);
}

describe('the plan parser on hostile input', () => {
  it('reads or refuses any string, never failing otherwise', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => readsOrRefuses(() => parsePlan(text, 'random.txt'))), { numRuns: 300 });
  });

  it('reads or refuses strings made of plan-like lines', () => {
    const planLine = fc.oneof(
      fc.constantFrom('', '# 通知', '天津市西青区人民政府关于印发西青区 2021 年国民经济和社会发展规划的通知', '关于西青区2020年计划执行情况与2021年计划草案的报告', '——2021年1月15日在西青区第十七届人民代表大会第五次会议上', '各位代表：', '各镇人民政府：', '2021 年 1 月 18 日', '（此件主动公开）', '西青区 2021 年国民经济和社会发展规划', '疫情防控坚强有力。', '推动重点', '工业项目建设。'),
      fc.tuple(fc.constantFrom('', '#', '##', '####'), fc.constantFrom(...NUMERALS), fc.constantFrom('、', '）'), debris).map(([mark, n, sep, rest]) => `${mark} ${sep === '）' ? '（' : ''}${n}${sep}${rest}`),
      debris,
    );
    fc.assert(fc.property(fc.array(planLine, { maxLength: 40 }), (lines) => readsOrRefuses(() => parsePlan(lines.join('\n'), 'lines.txt'))), { numRuns: 500 });
  });

  it('reads or refuses a seed plan with lines deleted, repeated, swapped, renumbered, altered or cut short', () => {
    fc.assert(fc.property(damagedSeed, ({ year, text }) => readsOrRefuses(() => parsePlan(text, SEED_FILES[year]))), { numRuns: 300 });
  });

  it('reads or refuses a damaged seed through the whole reading step (catalogue, hash, notice)', () => {
    fc.assert(fc.property(damagedSeed, ({ year, text }) => readsOrRefuses(() => readDamaged(year, text))), { numRuns: 100 });
  });

  it('does refuse some damage: the mutations reach the error paths', () => {
    const refused = fc.sample(damagedSeed, { numRuns: 60, seed: 7 }).filter(({ year, text }) => {
      try {
        parsePlan(text, SEED_FILES[year]);
        return false;
      } catch (error) {
        return error instanceof IngestError;
      }
    });
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe('summaries of damaged plans', () => {
  it('never state a number without a source: the gate passes and every quoted figure is a span of its paragraph', () => {
    fc.assert(
      fc.property(damagedSeed, ({ year, text }) => {
        let plans: ReadPlan[];
        try {
          plans = readDamaged(year, text);
        } catch (error) {
          if (error instanceof IngestError) return true;
          throw error;
        }
        const result = summarizePlans(plans, termbase);
        // Sections with an untranslated term are refused for that reason; the property is about the rest.
        const incomplete = new Set(result.missing.map((m) => m.where.split(' ')[1]));
        if (result.violations.some((v) => !incomplete.has(v.section))) return false;
        const paragraphs = new Map(plans[0]!.plan.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs)).map((p) => [p.id, p.text]));
        return result.summaries.every(({ sections, figures }) => {
          const byId = new Map(figures.map((f) => [f.id, f]));
          const quoted = sections.flatMap((s) => [...s.lead_figures, ...s.key_figures, ...s.points.flatMap((p) => p.figures)]);
          return quoted.every((id) => {
            const figure = byId.get(id);
            return figure !== undefined && paragraphs.get(figure.paragraph)?.slice(figure.source.start, figure.source.end) === figure.source.text;
          });
        });
      }),
      { numRuns: 100 },
    );
  });
});

const DIGITS = '零一二三四五六七八九';

/** 1–9999 as written in the plans; `leadingOne` writes 10–19 as 一十… (after 零, as in 一万零一十). */
function writeGroup(n: number, leadingOne: boolean): string {
  const places = [[Math.floor(n / 1000), '千'], [Math.floor(n / 100) % 10, '百'], [Math.floor(n / 10) % 10, '十'], [n % 10, '']] as const;
  let out = '';
  let pendingZero = false;
  for (const [digit, unit] of places) {
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += unit === '十' && digit === 1 && out === '' && !leadingOne ? '十' : `${DIGITS[digit]}${unit}`;
  }
  return out;
}

/** Below 10^8: groups of 万, with 零 where a lower group does not fill its four places. */
function writeBelowYi(n: number, leadingOne: boolean): string {
  if (n < 10_000) return writeGroup(n, leadingOne);
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  return `${writeGroup(high, leadingOne)}万${low === 0 ? '' : low < 1000 ? `零${writeGroup(low, true)}` : writeGroup(low, false)}`;
}

function writeChineseNumeral(n: number): string {
  if (n === 0) return '零';
  if (n < 100_000_000) return writeBelowYi(n, false);
  const high = Math.floor(n / 100_000_000);
  const low = n % 100_000_000;
  return `${writeGroup(high, false)}亿${low === 0 ? '' : low < 10_000_000 ? `零${writeBelowYi(low, true)}` : writeBelowYi(low, false)}`;
}

/** A canonical decimal string such as parseDecimal returns: `0`, `132.77`, `70200`. */
const canonicalDecimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.bigInt({ min: 0n, max: 9999n }))
  .map(([integer, fraction]) => parseDecimal(`${integer}.${String(fraction).padStart(4, '0')}`)!);

describe('numerals round-trip', () => {
  it('reads back Chinese numerals up to 10^12, with 万 and 亿 groups and the 零 between them', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 - 1 }), (n) => parseChineseNumeral(writeChineseNumeral(n)) === n), { numRuns: 3000 });
  });

  it('writes the numerals the way the property above assumes', () => {
    expect([10_005, 100_010, 105_000_000, 1_000_000_005, 120_000_000_000].map(writeChineseNumeral)).toEqual(['一万零五', '十万零一十', '一亿零五百万', '十亿零五', '一千二百亿']);
  });

  it('reads back a decimal written with thousands separators', () => {
    fc.assert(fc.property(canonicalDecimal, (decimal) => parseDecimal(groupThousands(decimal)) === decimal), { numRuns: 1000 });
  });

  it('undoes a scale word: 亿 and 万 only move the decimal point', () => {
    fc.assert(fc.property(canonicalDecimal, fc.constantFrom(['万', 4], ['亿', 8], ['千万', 7]) as fc.Arbitrary<[string, number]>, (decimal, [scale, places]) => applyScale(shiftDecimalLeft(decimal, places), scale) === decimal), { numRuns: 1000 });
  });

  it('English million and billion figures stay within half a unit of the last printed digit', () => {
    /** A decimal of at most four fractional digits, in ten-thousandths. */
    const tenThousandths = (decimal: string) => {
      const [integer = '0', fraction = ''] = decimal.split('.');
      return BigInt(integer + fraction.padEnd(4, '0'));
    };
    fc.assert(
      fc.property(canonicalDecimal, (decimal) => {
        const match = /^([\d,]+(?:\.(\d{1,2}))?)(?: (million|billion))?$/.exec(largeNumberEnglish(decimal));
        if (!match) return false;
        const scale = match[3] === 'billion' ? '十亿' : match[3] === 'million' ? '百万' : '';
        const printed = applyScale(parseDecimal(match[1]!)!, scale);
        const difference = tenThousandths(printed) - tenThousandths(decimal);
        const halfUnit = 50n * 10n ** BigInt(scale === '' ? 0 : scale === '百万' ? 6 : 9);
        return (difference < 0n ? -difference : difference) <= halfUnit;
      }),
      { numRuns: 1000 },
    );
  });
});
