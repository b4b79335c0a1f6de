/**
 * Figures read off one paragraph of a plan: the numbers an investor wants in English, each with
 * its unit, scale, period, kind, qualifier, direction, the Chinese indicator phrase it measures
 * (`figure-labels.ts`) and the exact span it was read from.
 *
 * English figures are generated, never translated, so every value must trace back to printed
 * characters, and the extractor prefers missing a number to inventing one. A number is a figure
 * only when a unit of `figure-units.ts` follows it, which alone keeps out years, dates, line
 * numbers and ages. Before scanning, the spans that hold numbers but no figure are masked:
 * quotations and book titles (policy and document names: `“21 条”`, `《…二十问》`), ordinals
 * (`第四届`, `第 3 批`), ranks (`前 10`), party sessions (`十一届九次`), ranges (`2020-2021`) and
 * political formulae (`两个一百年`); a number glued to Latin letters is a model name (`5G`,
 * `PM2.5`, `5A`, `T2`).
 *
 * Further rules a reader of the output should know:
 * - kind: in the review part, an estimate when `预计` occurs earlier in the sentence (its scope
 *   runs to the full stop, across `；`-separated lists), else actual; in the plan part a target.
 * - period: the year the part is about, unless the sentence states one before the number:
 *   `到 2025 年`, or a clause opening with `2025 年`.
 * - direction: from the verb right before the number (`增长 6.6%` increase, `降至 41` decrease).
 * - Chinese numerals count things only before a classifier, from two up (`一` is far more often
 *   an article than a count: `一批`, `一次性`), never as a bare `百`/`千` without `余`/`多`
 *   (`千家万户`), and never when a numeral follows the classifier (`两个百年目标`).
 * - A quantity bounded by `以上`/`以下`/`超` and followed by `的` is a threshold describing
 *   something else (`5000 万元以上的新动能储备项目`), not a figure.
 * - Numbers listed before one shared unit (`20.5、19.63、19.97 万人`) take that unit and, if
 *   they print none, its scale; their span runs to the shared unit.
 */
import type { Paragraph, PartRole } from '../plan/plan-model.ts';
import { applyScale, isScale, parseChineseNumeral, parseDecimal } from '../numerals.ts';
import { unitAt, type UnitEntry } from './figure-units.ts';
import { labelSpans } from './figure-labels.ts';
import {
  CHANGE_TO,
  CHANGE_WORDS,
  DIRECTION_BEFORE_NUMBER,
  NAMES_A_CHANGE,
  NUMBERED_NAMES,
  POLITICAL_FORMULAE,
  REFERENCE_BEFORE,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  QUALIFIERS_WITHIN,
  type FigureDirection,
  type FigureQualifier,
} from './figure-words.ts';

export type { FigureDirection, FigureQualifier } from './figure-words.ts';

/**
 * What a value is: a result (actual), a result not yet final (estimate), a goal (target), or a
 * reference a result is measured against (a statutory limit, the level before a change).
 */
export type FigureKind = 'actual' | 'estimate' | 'target' | 'reference';

export interface Figure {
  /** `${plan}-${paragraph}-${n}`, n the 1-based order of the figure in its paragraph. */
  id: string;
  /** Year of the plan document. */
  plan: number;
  section: string;
  paragraph: string;
  /** Year the figure is about. */
  period: number;
  kind: FigureKind;
  /** Value in base units (yuan, not 亿元; a percent as 6.6). */
  value: number;
  /** The same value as an exact decimal string. */
  exact: string;
  /** Canonical unit id from `figure-units.ts`. */
  unit: string;
  /** The unit as printed, scale word included (`亿元`, `万人次`, `%`). */
  unit_zh: string;
  qualifier: FigureQualifier | null;
  direction: FigureDirection | null;
  /** The Chinese indicator phrase the number measures: a termbase key. */
  label_zh: string;
  /** The printed qualifier, number, scale and unit: `paragraph.text.slice(start, end) === text`. */
  source: { text: string; start: number; end: number };
  /** For the new level of a change printed `由 A 提升到 B`: the id of the figure A it changed from. */
  from?: string;
}

export interface FigureContext {
  /** Year of the plan document. */
  plan: number;
  /** Year the review part reports on. */
  reviewsYear: number;
  /** Section id, e.g. `1-1`. */
  section: string;
  partRole: PartRole;
}

/** A number with the words that qualify it, before deciding whether it is a figure. */
interface Quantity {
  /** Start of the span: the qualifier before the number, or the number. */
  start: number;
  numberStart: number;
  numberEnd: number;
  /** End of the span: the unit, the qualifier after it, or a unit shared with a list. */
  end: number;
  /** End of what is printed for this number itself. */
  ownEnd: number;
  /** Canonical decimal of the printed number, before the scale word. */
  digits: string;
  /** Scale word after an Arabic number (`万`); empty when none or when the numeral holds it. */
  scale: string;
  unit: UnitEntry | null;
  qualifier: FigureQualifier | null;
  /** Whether a qualifier word bounds it, which makes a following `的` a threshold. */
  bounded: boolean;
  chinese: boolean;
}

type MeasuredQuantity = Quantity & { unit: UnitEntry };

/** An Arabic number (thousands separators, full-width digits) or a run of Chinese numerals. */
const NUMBER = new RegExp(
  [
    '[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?',
    '[0-9０-９]+(?:[.．][0-9０-９]+)?',
    '[零〇一二两三四五六七八九十百千万亿]+',
  ].join('|'),
  'g',
);
const CHINESE_NUMERAL_CHARACTER = /[零〇一二两三四五六七八九十百千万亿]/;
const SCALE_RUN = /^[十百千万亿]+/;
/** Characters that glue a number into a model name or formula (`5G`, `PM2.5`, `T2`, `1+N`). */
const NAME_NEIGHBOUR = /[A-Za-zＡ-Ｚａ-ｚ+＋&＆_]/;
const SENTENCE_END = /[。！？!?]/;
const SPACE = /\s/;

/** Bracket pairs whose content is a name: quotations and titles. */
const NAME_BRACKETS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['〈', '〉'],
  ['「', '」'],
  ['『', '』'],
];

/** Spans that hold numbers but no figure. */
const NON_FIGURE_PATTERNS: readonly RegExp[] = [
  // Ordinals: 第四届, 第 3 批, 第一.
  /第\s*(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)/g,
  // Ranks: 前 10 (but not 目前, 此前, 年底前 …).
  /(?<![目此之以提当空日年月期底])前\s*(?:[0-9０-９]+|[一二两三四五六七八九十百千]+)/g,
  // Party and congress sessions: 十一届九次、十次全会.
  /[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+次[、和]?)+/g,
  // Ranges such as 2020-2021: neither end is a figure on its own.
  /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[-—–~～]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?/g,
  POLITICAL_FORMULAE,
  NUMBERED_NAMES,
];

export function extractFigures(
  paragraph: Pick<Paragraph, 'id' | 'text'>,
  context: FigureContext,
): Figure[] {
  const { text } = paragraph;
  const masked = maskNonFigures(text);
  const quantities = shareListedUnits(text, scanQuantities(text, masked)).filter(
    (quantity): quantity is MeasuredQuantity => isFigure(text, quantity),
  );
  const labels = labelSpans(
    text,
    masked,
    quantities.map((quantity) => ({
      ...quantity,
      counts: quantity.unit.counts,
      unitZh: quantity.unit.zh,
    })),
  );
  const figures = quantities.map((quantity, index): Figure => {
    const exact = applyScale(quantity.digits, quantity.scale);
    const sentenceStart = lastIndexMatching(text, SENTENCE_END, quantity.start) + 1;
    const before = text.slice(sentenceStart, quantity.start);
    const partYear = context.partRole === 'review' ? context.reviewsYear : context.plan;
    const direction = directionBefore(before);
    const label = labels[index] ?? quantity.unit.zh;
    return {
      id: `${context.plan}-${paragraph.id}-${index + 1}`,
      plan: context.plan,
      section: context.section,
      paragraph: paragraph.id,
      period: statedYear(before) ?? partYear,
      kind: REFERENCE_BEFORE.test(before) ? 'reference' : context.partRole === 'plan' ? 'target' : before.includes('预计') ? 'estimate' : 'actual',
      value: Number(exact),
      exact,
      unit: quantity.unit.id,
      unit_zh: quantity.scale + quantity.unit.zh,
      qualifier: quantity.qualifier,
      direction,
      // A percentage that moved is a rate of change, and its label says so in both languages.
      label_zh: direction && quantity.unit.id === 'percent' && !NAMES_A_CHANGE.test(label) ? `${label}${CHANGE_WORDS[direction]}` : label,
      source: {
        text: text.slice(quantity.start, quantity.end),
        start: quantity.start,
        end: quantity.end,
      },
    };
  });
  return linkChanges(text, figures, quantities);
}

/**
 * `由 A 提升到 B`: A is where the indicator stood before (a reference), B the level it reached,
 * which points back at A so the pair reads as a change.
 */
function linkChanges(text: string, figures: Figure[], quantities: readonly Quantity[]): Figure[] {
  const fromOf = figures.map((figure, index) => {
    const previous = figures[index - 1];
    const quantity = quantities[index]!;
    const previousQuantity = quantities[index - 1];
    if (!previous || !previousQuantity || previous.label_zh !== figure.label_zh) return undefined;
    const sentenceStart = lastIndexMatching(text, SENTENCE_END, previousQuantity.start) + 1;
    const opensChange = /[由从][^，。；]*$/.test(text.slice(sentenceStart, previousQuantity.start));
    return opensChange && CHANGE_TO.test(text.slice(previousQuantity.ownEnd, quantity.start)) ? previous.id : undefined;
  });
  return figures.map((figure, index) => {
    const from = fromOf[index];
    const isFrom = fromOf[index + 1] !== undefined;
    return { ...figure, ...(isFrom ? { kind: 'reference' as const } : {}), ...(from ? { from } : {}) };
  });
}

function maskNonFigures(text: string): boolean[] {
  const masked = Array.from({ length: text.length }, () => false);
  const mark = (start: number, end: number): void => {
    masked.fill(true, start, end);
  };
  for (const [open, close] of NAME_BRACKETS) {
    let from = text.indexOf(open);
    while (from >= 0) {
      const end = text.indexOf(close, from + 1);
      if (end < 0) break;
      mark(from, end + 1);
      from = text.indexOf(open, end + 1);
    }
  }
  for (const pattern of NON_FIGURE_PATTERNS) {
    for (const match of text.matchAll(pattern)) mark(match.index, match.index + match[0].length);
  }
  return masked;
}

function scanQuantities(text: string, masked: readonly boolean[]): Quantity[] {
  const quantities: Quantity[] = [];
  let consumedUntil = 0;
  for (const match of text.matchAll(NUMBER)) {
    const printed = match[0];
    const numberStart = match.index;
    if (numberStart < consumedUntil || masked[numberStart]) continue;
    const quantity = CHINESE_NUMERAL_CHARACTER.test(printed[0] ?? '')
      ? readChineseQuantity(text, printed, numberStart)
      : readArabicQuantity(text, printed, numberStart);
    if (!quantity) continue;
    quantities.push(quantity);
    consumedUntil = quantity.end;
  }
  return quantities;
}

/** `132.77 亿元`, `6300 余万元`, `37.9 万余只`, `1.4 亿余元`. */
function readArabicQuantity(text: string, printed: string, numberStart: number): Quantity | null {
  const numberEnd = numberStart + printed.length;
  const previous = text[numberStart - 1] ?? '';
  if (NAME_NEIGHBOUR.test(previous) || /[.．/]/.test(previous)) return null;
  if (NAME_NEIGHBOUR.test(text[numberEnd] ?? '')) return null;
  const digits = parseDecimal(printed);
  if (digits === null) return null;
  let at = skipSpaces(text, numberEnd);
  let within = QUALIFIERS_WITHIN[text[at] ?? ''] ?? null;
  if (within) at = skipSpaces(text, at + 1);
  const scale = longestScale(text.slice(at));
  at += scale.length;
  if (scale && !within) {
    within = QUALIFIERS_WITHIN[text[at] ?? ''] ?? null;
    if (within) at += 1;
  }
  return completeQuantity(text, { numberStart, numberEnd, digits, scale, chinese: false }, within, at);
}

/** `四个`, `千余家次`: the numeral holds its own scale. */
function readChineseQuantity(text: string, printed: string, numberStart: number): Quantity | null {
  const value = parseChineseNumeral(printed);
  if (value === null) return null;
  const numberEnd = numberStart + printed.length;
  const within = QUALIFIERS_WITHIN[text[numberEnd] ?? ''] ?? null;
  return completeQuantity(
    text,
    { numberStart, numberEnd, digits: String(value), scale: '', chinese: true },
    within,
    within ? numberEnd + 1 : numberEnd,
  );
}

function completeQuantity(
  text: string,
  number: Pick<Quantity, 'numberStart' | 'numberEnd' | 'digits' | 'scale' | 'chinese'>,
  within: FigureQualifier | null,
  unitSearchFrom: number,
): Quantity {
  const before = qualifierBefore(text, number.numberStart);
  const unitStart = skipSpaces(text, unitSearchFrom);
  const unit = unitAt(text, unitStart);
  const after = unit ? qualifierAfter(text, unitStart + unit.zh.length) : null;
  const printedEnd = after?.end ?? (unit ? unitStart + unit.zh.length : unitSearchFrom);
  const end = trimEndSpaces(text, number.numberEnd, printedEnd);
  return {
    ...number,
    start: before?.start ?? number.numberStart,
    end,
    ownEnd: end,
    unit,
    qualifier: before?.qualifier ?? within ?? after?.qualifier ?? null,
    bounded: before !== null || after !== null,
  };
}

function qualifierBefore(
  text: string,
  numberStart: number,
): { start: number; qualifier: FigureQualifier } | null {
  let end = numberStart;
  while (end > 0 && SPACE.test(text[end - 1] ?? '')) end -= 1;
  for (const word of QUALIFIERS_BEFORE) {
    const start = end - word.zh.length;
    if (start < 0 || text.slice(start, end) !== word.zh) continue;
    if (word.notAfter?.test(text.slice(0, start))) continue;
    return { start, qualifier: word.qualifier };
  }
  return null;
}

function qualifierAfter(
  text: string,
  unitEnd: number,
): { end: number; qualifier: FigureQualifier } | null {
  const at = skipSpaces(text, unitEnd);
  const word = QUALIFIERS_AFTER.find((candidate) => text.startsWith(candidate.zh, at));
  return word ? { end: at + word.zh.length, qualifier: word.qualifier } : null;
}

/**
 * `20.5、19.63、19.97 万人`: an Arabic number without a unit, listed right before one that has
 * it, takes that unit (and its scale when it prints none). Works backwards so a whole list
 * inherits.
 */
function shareListedUnits(text: string, quantities: readonly Quantity[]): Quantity[] {
  const shared = [...quantities];
  for (let index = shared.length - 2; index >= 0; index -= 1) {
    const current = shared[index];
    const next = shared[index + 1];
    if (!current || !next || current.unit || !next.unit || current.chinese || next.chinese) continue;
    if (!/^\s*[、和及与]\s*$/.test(text.slice(current.end, next.start))) continue;
    shared[index] = { ...current, scale: current.scale || next.scale, unit: next.unit, end: next.end };
  }
  return shared;
}

function isFigure(text: string, quantity: Quantity): boolean {
  const { unit } = quantity;
  if (!unit) return false;
  const following = text.slice(skipSpaces(text, quantity.end));
  if (quantity.bounded && following.startsWith('的')) return false;
  if (!quantity.chinese) return true;
  const printed = text.slice(quantity.numberStart, quantity.numberEnd);
  if (!unit.counts || Number(quantity.digits) < 2) return false;
  if (/^[百千万亿]+$/.test(printed) && quantity.qualifier === null) return false;
  return !CHINESE_NUMERAL_CHARACTER.test(following[0] ?? '');
}

function directionBefore(before: string): FigureDirection | null {
  const trimmed = before.trimEnd();
  return DIRECTION_BEFORE_NUMBER.find(({ pattern }) => pattern.test(trimmed))?.direction ?? null;
}

/** A year the sentence states for what follows: `到 2025 年`, or a clause opening `2020 年`. */
function statedYear(sentenceBefore: string): number | null {
  const pattern = /(?:(?:到|至|截至|截止到?)\s*|(?:^|[，；：,;:])\s*)([12][0-9]{3})\s*年(?!度)/g;
  const years = [...sentenceBefore.matchAll(pattern)].map((match) => Number(match[1]));
  return years.at(-1) ?? null;
}

function longestScale(text: string): string {
  const run = SCALE_RUN.exec(text)?.[0] ?? '';
  for (let length = run.length; length > 0; length -= 1) {
    if (isScale(run.slice(0, length))) return run.slice(0, length);
  }
  return '';
}

function lastIndexMatching(text: string, pattern: RegExp, before: number): number {
  for (let at = before - 1; at >= 0; at -= 1) {
    if (pattern.test(text[at] ?? '')) return at;
  }
  return -1;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.test(text[at] ?? '')) at += 1;
  return at;
}

function trimEndSpaces(text: string, floor: number, end: number): number {
  let at = end;
  while (at > floor && SPACE.test(text[at - 1] ?? '')) at -= 1;
  return at;
}
