/**
 * Synthetic plans for the benchmark: a seed plan re-dated to another year, issued by another
 * district, with the paragraphs of its sub-sections in another order. Every derived file (source,
 * catalogue entry, errata, termbase entries that name the seed's years) is shifted the same way,
 * so the derived plan passes the same ingest and summary gate as the seed it came from.
 */
import { genreById } from '../plan/genres.ts';
import { headingLevel } from '../plan/headings.ts';
import { CLOSING_PUNCTUATION } from '../plan/parse-plan.ts';
import { readSourceLines } from '../plan/source-lines.ts';

/** Year renamings, e.g. 2021 → 2150 and 2020 → 2149: the plan's year and the year it reviews. */
export type YearShift = ReadonlyMap<string, string>;

export function yearShift(seedYear: number, seedReviewsYear: number, year: number): YearShift {
  return new Map([
    [String(seedYear), String(year)],
    [String(seedReviewsYear), String(year - (seedYear - seedReviewsYear))],
  ]);
}

/** Renames every free-standing four-digit year the shift names, in one pass (2021→2022 and 2022→2023 do not chain). */
export function shiftYears(text: string, shift: YearShift): string {
  return text.replace(/(?<!\d)\d{4}(?!\d)/g, (year) => shift.get(year) ?? year);
}

/** Whether a text names a year the shift renames. */
export function mentionsShiftedYear(text: string, shift: YearShift): boolean {
  return [...text.matchAll(/(?<!\d)\d{4}(?!\d)/g)].some(([year]) => shift.has(year));
}

/** A deterministic pseudo-random source in [0, 1) (mulberry32), so a corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The seeds are notice plans, numbered `一、` and `（一）`. */
const SEED_NUMBERING = genreById('notice-plan').numbering[0]!;

/** Raw source lines of one paragraph, from its first line to its last (page breaks included). */
type RawBlock = { first: number; last: number };

interface SubsectionBlocks {
  heading: RawBlock;
  blocks: RawBlock[];
}

interface PartBlocks {
  heading: RawBlock;
  intro: RawBlock[];
  subsections: SubsectionBlocks[];
}

/**
 * Reorders the paragraphs inside each sub-section of a plan text, except a part's last one (whose
 * trailing paragraphs are the part's closing and must stay last). Header, headings and the `#`
 * marks and page breaks of the source are kept as they are. The text must be a readable plan.
 */
export function shuffleParagraphs(text: string, random: () => number): string {
  const raw = text.split('\n');
  const { lines } = readSourceLines(text);
  const firstPart = lines.findIndex((l) => headingLevel(l.text, SEED_NUMBERING) === 'part');
  if (firstPart === -1) throw new Error('not a plan: no part heading');

  const parts: PartBlocks[] = [];
  let open: { block: RawBlock; text: string } | undefined;
  for (const { line, text: lineText } of lines.slice(firstPart)) {
    if (open) {
      open.block.last = line - 1;
      open.text += lineText;
    } else {
      const level = headingLevel(lineText, SEED_NUMBERING);
      const block = { first: line - 1, last: line - 1 };
      if (level === 'part') parts.push({ heading: block, intro: [], subsections: [] });
      else if (level === 'subsection') parts.at(-1)!.subsections.push({ heading: block, blocks: [] });
      else {
        const part = parts.at(-1)!;
        (part.subsections.at(-1)?.blocks ?? part.intro).push(block);
        open = { block, text: lineText };
      }
    }
    if (open && CLOSING_PUNCTUATION.test(open.text)) open = undefined;
  }

  const rawOf = ({ first, last }: RawBlock) => raw.slice(first, last + 1).join('\n');
  const body = parts.flatMap((part) => [
    rawOf(part.heading),
    ...part.intro.map(rawOf),
    ...part.subsections.flatMap((sub, i) => [
      rawOf(sub.heading),
      ...(i === part.subsections.length - 1 ? sub.blocks : shuffled(sub.blocks, random)).map(rawOf),
    ]),
  ]);
  const header = raw.slice(0, lines[firstPart]!.line - 1).join('\n');
  return `${header}\n${body.join('\n\n')}\n`;
}

/** Renames the issuing district in the notice and title (the lines before the first part heading). */
export function renameIssuer(text: string, from: string, to: string): string {
  const { lines } = readSourceLines(text);
  const firstPart = lines.find((l) => headingLevel(l.text, SEED_NUMBERING) === 'part');
  if (!firstPart) throw new Error('not a plan: no part heading');
  const raw = text.split('\n');
  const header = raw.slice(0, firstPart.line - 1).map((line) => line.replaceAll(from, to));
  return [...header, ...raw.slice(firstPart.line - 1)].join('\n');
}

/** Applies a shift to every string inside a JSON-like value. */
export function shiftYearsDeep<T>(value: T, shift: YearShift): T {
  if (typeof value === 'string') return shiftYears(value, shift) as T;
  if (Array.isArray(value)) return value.map((v) => shiftYearsDeep(v, shift)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftYearsDeep(v, shift)])) as T;
  }
  return value;
}

/**
 * Termbase entries for the derived plans: each entry whose key names a shifted year gets a
 * re-dated copy (a part heading such as `2020 年…执行情况`, a clause quoting a year). Existing
 * keys win, so the result extends the termbase and never changes a curated rendering.
 */
export function shiftedTermbaseEntries(entries: Record<string, unknown>, shifts: YearShift[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...entries };
  for (const shift of shifts) {
    for (const [key, value] of Object.entries(entries)) {
      if (!mentionsShiftedYear(key, shift)) continue;
      const shiftedKey = shiftYears(key, shift);
      if (!(shiftedKey in out)) out[shiftedKey] = shiftYearsDeep(value, shift);
    }
  }
  return out;
}
