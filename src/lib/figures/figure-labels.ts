/**
 * The Chinese indicator phrase each figure of a paragraph measures (`label_zh`): the key the
 * termbase translates, so the same indicator must get the same string wherever it is printed.
 *
 * The rule, in order:
 * 1. A count followed by what it counts names it by that noun (`27 个商超、…` → `商超`); so does
 *    any quantity linked to a noun by `的` (`73.2万平方米的旧楼区改造` → `旧楼区`).
 * 2. `从 A、到 B` or `由 A 提升到 B` continue one indicator from one level to the next.
 * 3. Otherwise the phrase before the number, back to the clause start or the previous figure,
 *    after the last verb that only introduces it (`预计实现税收` → `税收`), from the last verb that
 *    belongs to it (`减免房租`), after the last `等` (`钱币等文物` → `文物`), and without scope
 *    words (`全区`, `同比`, `累计`), years, and the predicate (`达到`, `增长`), whose direction
 *    the figure keeps in `direction`. A share (`占…比重`) takes the subject of the figure before.
 * 4. A number with no phrase of its own shares the previous figure's label when a connector or a
 *    bare predicate separates them (`3090 笔、105.81 亿元`, `…1435 亿元，同比增长 16%`);
 *    opening its clause, it is named by what follows (`2 人被…评为乡村文化和旅游能人`).
 * Spaces touching CJK are dropped, so `5G 基站` and `5G基站` give the same label.
 */
import {
  COUNTED_NOUN_END,
  DISTRIBUTIVE_HEADS,
  DOING_VERBS,
  GENERIC_AMOUNT,
  GENERIC_COUNTED,
  LABEL_FILLER,
  LABEL_HEAD_VERBS,
  LABEL_LEAD_VERBS,
  LABEL_LEADING_FILLER,
  LABEL_PREDICATE_SUFFIX,
  PREPOSITION_START,
} from './figure-words.ts';

/** Where a figure was read, as far as labelling needs it. */
export interface LabelledSpan {
  /** Start of the printed qualifier and number. */
  start: number;
  /** End of the span, a shared unit included. */
  end: number;
  /** End of what is printed for this number itself, before a unit shared with a list. */
  ownEnd: number;
  /** Whether the unit is a classifier that counts things. */
  counts: boolean;
  /** The unit as printed, the label of last resort. */
  unitZh: string;
}

const CLAUSE_DELIMITER = /[，；。：！？,;:!?]/;
const SENTENCE_END = /[。！？!?]/;
const DIGIT = /[0-9０-９]/;
/** CJK ideographs and punctuation, full-width forms, and curly quotes. */
const CJK = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u2018-\\u201F]';
const SPACE_TOUCHING_CJK = new RegExp(`\\s+(?=${CJK})|(?<=${CJK})\\s+`, 'g');

/**
 * The label of each span, in order. `masked` marks characters inside names (quotations, titles),
 * which never end a noun.
 */
export function labelSpans(
  text: string,
  masked: readonly boolean[],
  spans: readonly LabelledSpan[],
): string[] {
  const labels: string[] = [];
  const origins: LabelOrigin[] = [];
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    const sentenceStart = lastIndexMatching(text, SENTENCE_END, span.start) + 1;
    const inherited =
      previous !== undefined && previous.start >= sentenceStart ? (labels[index - 1] ?? null) : null;
    const { label, origin } = labelOf(text, masked, span, {
      previous,
      nextStart: spans[index + 1]?.start ?? text.length,
      sentenceStart,
      inherited,
    });
    labels.push(label);
    origins.push(origin);
  });
  const distributed = distributeRespectively(text, spans, labels);
  return distributed.map((label, index) =>
    distributed[index] !== labels[index] ? label : qualifyGeneric(text, masked, spans, distributed, origins, index),
  );
}

/** Where a label was read: the noun after a count, the phrase before a number, or another figure's. */
type LabelOrigin = 'after' | 'before' | 'inherited';

/**
 * `A、B、C分别达到 x、y、z`: three figures, three labels. Each item of the list takes the head its
 * last item ends with (`城镇职工养老、工伤、失业保险参保人数` → `…养老保险参保人数`, `工伤保险参保人数`,
 * `失业保险参保人数`), so no figure is left to be read "in that order".
 */
function distributeRespectively(text: string, spans: readonly LabelledSpan[], labels: readonly string[]): string[] {
  const result = [...labels];
  for (let first = 0; first < spans.length; first++) {
    let last = first;
    while (last + 1 < spans.length && /^[\s、，,和及与]*$/.test(text.slice(spans[last]!.ownEnd, spans[last + 1]!.start))) last++;
    if (last === first) continue;
    const clauseStart = lastIndexMatching(text, CLAUSE_DELIMITER, spans[first]!.start) + 1;
    const listed = /^(.+?)分别(?:达到|达|为|是|增长|提高到|提升到|完成)?\s*$/.exec(text.slice(clauseStart, spans[first]!.start));
    const items = listed ? listItems(normalizeLabel(listed[1]!.replace(LABEL_FILLER, '')).replace(LABEL_LEADING_FILLER, '')) : [];
    if (items.length !== last - first + 1) {
      first = last;
      continue;
    }
    const tail = items.at(-1)!;
    const head = DISTRIBUTIVE_HEADS.find((h) => tail.endsWith(h) && tail.length > h.length) ?? '';
    items.forEach((item, k) => {
      result[first + k] = item.endsWith(head) ? item : `${item}${head}`;
    });
    first = last;
  }
  return result;
}

/** The items of a list printed with 、 (and a final 和/及/与), quotation marks protecting theirs. */
function listItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of list) {
    if (character === '“' || character === '《') depth++;
    if (character === '”' || character === '》') depth = Math.max(0, depth - 1);
    if (character === '、' && depth === 0) {
      items.push(current);
      current = '';
    } else current += character;
  }
  const final = /^(.+?)(?:以及|和|及|与)([^、]+)$/.exec(current);
  items.push(...(final && items.length > 0 ? [final[1]!, final[2]!] : [current]));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * A label that is a generic word alone says nothing of what was counted (`171 家企业`, `计划总投资
 * 963 亿元`). A generic noun after its count takes what the clause says of it (`企业产值超亿元`);
 * a generic amount takes the thing counted before it (`新动能储备项目计划总投资`); a count whose
 * noun follows it keeps the verb that governs it (`走访…20 余家重点项目` → `走访重点项目`, not the
 * `重点项目` introduced in the next clause).
 */
function qualifyGeneric(text: string, masked: readonly boolean[], spans: readonly LabelledSpan[], labels: readonly string[], origins: readonly LabelOrigin[], index: number): string {
  const label = labels[index]!;
  const span = spans[index]!;
  const clauseStart = lastIndexMatching(text, CLAUSE_DELIMITER, span.start) + 1;
  if (GENERIC_AMOUNT.test(label)) {
    const sentenceStart = lastIndexMatching(text, SENTENCE_END, span.start) + 1;
    for (let k = index - 1; k >= 0 && spans[k]!.start >= sentenceStart; k--) {
      if (spans[k]!.counts && !GENERIC_AMOUNT.test(labels[k]!)) return `${labels[k]}${label}`;
    }
    return label;
  }
  if (!span.counts) return label;
  if (origins[index] === 'after') {
    const nounEnd = text.indexOf(label.at(-1)!, span.end) + 1;
    const clauseEnd = Math.min(firstIndexMatching(text, CLAUSE_DELIMITER, nounEnd), spans[index + 1]?.start ?? text.length);
    const said = normalizeLabel(text.slice(nounEnd, clauseEnd).replace(/[等和及与]+$/, ''));
    if (GENERIC_COUNTED.test(label) && nounEnd > 0 && said !== '' && !/\d/.test(said)) return `${label}${said}`;
    const verb = [...text.slice(clauseStart, span.start).matchAll(LABEL_LEAD_VERBS)].filter((m) => !masked[clauseStart + m.index]).at(-1)?.[0];
    return verb && !DOING_VERBS.test(verb) && !label.startsWith(verb) ? `${verb}${label}` : label;
  }
  if (origins[index] === 'before' && GENERIC_COUNTED.test(label)) {
    const before = text.slice(clauseStart, span.start);
    const verb = [...before.matchAll(LABEL_LEAD_VERBS)].at(-1)?.[0];
    return verb && !DOING_VERBS.test(verb) && before.replace(/\s+/g, '').endsWith(`${verb}${label}`) ? `${verb}${label}` : label;
  }
  return label;
}

interface Neighbourhood {
  previous: LabelledSpan | undefined;
  nextStart: number;
  sentenceStart: number;
  /** The previous figure's label when it is in the same sentence. */
  inherited: string | null;
}

function labelOf(
  text: string,
  masked: readonly boolean[],
  span: LabelledSpan,
  { previous, nextStart, sentenceStart, inherited }: Neighbourhood,
): { label: string; origin: LabelOrigin } {
  const following = nounAfter(text, masked, span.end, nextStart);
  const attributive = text[skipSpaces(text, span.end)] === '的';
  if (following && (span.counts || attributive)) return { label: following, origin: 'after' };
  const sincePrevious = previous ? text.slice(previous.ownEnd, span.start) : '';
  if (
    inherited &&
    /[从由]/.test(text.slice(sentenceStart, span.start)) &&
    /^[\s、，,]*再?(?:到|至)/.test(sincePrevious)
  ) {
    return { label: inherited, origin: 'inherited' };
  }
  const clauseStart = lastIndexMatching(text, CLAUSE_DELIMITER, span.start) + 1;
  const phraseStart = Math.max(clauseStart, previous ? Math.min(previous.ownEnd, span.start) : 0);
  const raw = text.slice(phraseStart, span.start);
  const preceding = cleanLabel(raw);
  if (preceding.startsWith('占') && inherited) return { label: inherited + preceding, origin: 'inherited' };
  if (preceding) return { label: preceding, origin: 'before' };
  if (following) return { label: following, origin: 'after' };
  const leadVerbs = raw.match(LABEL_LEAD_VERBS) ?? [];
  if (inherited && raw.trim() !== '' && leadVerbs.length === 0) return { label: inherited, origin: 'inherited' };
  const clauseEnd = firstIndexMatching(text, CLAUSE_DELIMITER, span.end);
  const after = cleanLabel(text.slice(span.end, clauseEnd));
  if (after) return { label: after, origin: 'after' };
  return { label: leadVerbs.at(-1) || inherited || span.unitZh, origin: inherited ? 'inherited' : 'before' };
}

/** The noun right after a quantity (`27 个商超、…` → `商超`), or empty. */
function nounAfter(text: string, masked: readonly boolean[], spanEnd: number, nextStart: number): string {
  let from = skipSpaces(text, spanEnd);
  if (text[from] === '的') from += 1;
  let end = from;
  while (end < nextStart) {
    const character = text[end] ?? '';
    if (CLAUSE_DELIMITER.test(character) || character === '、') break;
    if (DIGIT.test(character) && !masked[end]) break;
    end += 1;
  }
  const candidate = text.slice(from, end);
  // A quotation inside the noun (`“132”工作组`) is part of it, whatever words it holds.
  const stop = [...candidate.matchAll(COUNTED_NOUN_END)].find((match) => !masked[from + match.index]);
  const noun = (stop ? candidate.slice(0, stop.index) : candidate).trim();
  if (PREPOSITION_START.test(noun)) return '';
  return normalizeLabel(noun.replace(/(?:等|和|及|与|以及|共|在内)+$/, ''));
}

function cleanLabel(raw: string): string {
  // `低保标准由每人每月 980 元`, `审批从法定时限的 90 天`: the indicator precedes `由`/`从`.
  const beforeFrom = raw.split(/由|从/)[0] ?? '';
  const phrase = beforeFrom.trim() && beforeFrom !== raw ? beforeFrom : raw;
  const pieces = phrase.split(LABEL_LEAD_VERBS);
  const piece = pieces.findLast((candidate) => cleanFiller(candidate) !== '') ?? '';
  const headAt = [...piece.matchAll(LABEL_HEAD_VERBS)].at(-1)?.index ?? 0;
  const headed = piece.slice(headAt);
  const afterExamples = headed.split('等').at(-1) ?? '';
  return cleanFiller(cleanFiller(afterExamples) ? afterExamples : headed);
}

function cleanFiller(label: string): string {
  const withoutScope = label.replace(/[12][0-9]{3}\s*年度?/g, '').replace(LABEL_FILLER, '');
  const withoutLead = stripPredicates(withoutScope).replace(LABEL_LEADING_FILLER, '');
  return normalizeLabel(stripPredicates(withoutLead));
}

function stripPredicates(label: string): string {
  let stripped = label.trim();
  for (;;) {
    const next = stripped.replace(LABEL_PREDICATE_SUFFIX, '').trimEnd();
    if (next === stripped) return stripped;
    stripped = next;
  }
}

function normalizeLabel(label: string): string {
  return label.trim().replace(SPACE_TOUCHING_CJK, '').replace(/\s+/g, ' ');
}

function lastIndexMatching(text: string, pattern: RegExp, before: number): number {
  for (let at = before - 1; at >= 0; at -= 1) {
    if (pattern.test(text[at] ?? '')) return at;
  }
  return -1;
}

function firstIndexMatching(text: string, pattern: RegExp, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    if (pattern.test(text[at] ?? '')) return at;
  }
  return text.length;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at += 1;
  return at;
}
