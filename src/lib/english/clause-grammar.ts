/**
 * Renders one clause of a plan into English from the memory, the way a translator with a CAT
 * tool would, made deterministic:
 *
 * 1. a **template** of `templates.yaml` that matches the whole clause, its placeables filled;
 * 2. **composition**: a verb frame (`verbs.yaml`), adverbs before it (`modifiers.yaml`), over noun
 *    phrases built from the lexicon by the noun rules (`noun-rules.yaml`) and lists (`、`, `和`);
 * 3. otherwise nothing: the caller falls back to an exact entry or to the figures.
 *
 * Parsing is a search for the cheapest derivation over spans of the clause (white space removed),
 * memoized by category and span, so a clause of sixty characters costs a few thousand lookups. A
 * lexicon word costs 1 and a rule 1 plus its parts, so a derivation from longer, more specific
 * entries wins; two slots side by side (`{np1}{np2}`, a compound) cost more, since they say least.
 * A name the lexicon lacks but whose form marks it as one (…村, …路, …集团) is spelled in pinyin at
 * a high cost, so that any reading from the memory is preferred.
 */
import type { Form, MemoryRule } from '../termbase/memory.ts';
import { TermbaseError } from '../termbase/termbase-error.ts';
import type { PatternToken, SlotType } from '../termbase/placeables.ts';
import { pastPhrase } from './inflect.ts';
import { compact, slugOf, sourceId, type Lexicon, type Ref } from './lexicon.ts';
import { transliterateName } from './transliterate.ts';

export type Tense = 'base' | 'past';

/** A run of English, marked when it renders a name, sector, policy term or figure. */
export interface Piece {
  text: string;
  ref?: Ref;
  /** Stands for a clause nothing in the memory renders yet. */
  gap?: true;
}

/** A figure inside the clause, by its span in the clause text. */
export interface ClauseFigure {
  id: string;
  start: number;
  end: number;
  counts: boolean;
  /** The value in English (`CNY 14.35 billion`, `776`): the only source of numbers. */
  value_en: string;
}

/**
 * A name the lexicon does not hold but the clause makes: by a noun rule that makes names
 * (`大寺镇张道口地块` → `Dasi Town Zhangdaokou Parcel`), or spelled in pinyin from its form.
 */
export interface MadeName {
  zh: string;
  en: string;
  id: string;
  kind: string;
  transliterated: boolean;
}

export interface Derivation {
  cost: number;
  form: Form;
  pieces: Piece[];
  /** Memory entries used: rule ids and lexicon sources. */
  entries: string[];
  figures: string[];
  names: MadeName[];
}

export interface ClauseGrammar {
  lexicon: Lexicon;
  verbs: MemoryRule[];
  modifiers: MemoryRule[];
  nounRules: MemoryRule[];
  templates: MemoryRule[];
}

/** Two templates render one clause equally well and differently: the memory must say which. */
export class AmbiguousTemplateError extends TermbaseError {
  readonly rules: [string, string];
  constructor(clause: string, first: MemoryRule, second: MemoryRule) {
    super(second.file, second.line, `${second.zh} renders the clause "${clause}" as well as ${first.zh} at ${first.id} does, and differently; make one more specific`);
    this.rules = [first.id, second.id];
  }
}

const LIST_SEPARATOR = '、';
const FINAL_CONJUNCTIONS = ['以及', '和', '及', '与'];
const YEAR = /^([12]\d{3})$/;
const BRACKETS: [string, string][] = [['“', '”'], ['《', '》'], ['‘', '’'], ['「', '」']];

/** The categories derivations are memoized by, with the span. */
const MEMO = { np: 0, vpBase: 1, vpPast: 2, statementBase: 3, statementPast: 4, adjunctBase: 5, adjunctPast: 6, names: 7, other: 8 } as const;

const TRANSLITERATION_COST = 5;
const LIST_STEP_COST = 0.5;
/** What each Chinese character of a rule takes off its cost, to prefer the more specific of two equal rules. */
const SPECIFICITY = 0.001;
/** A count is a figure of a narrower kind: where `{count}` and `{figure}` both fit, `{count}` says more. */
const COUNT_COST = 0.99;

/**
 * A rule's own cost: 1, and 2 more for every two slots that meet with no Chinese between them. Of
 * two rules otherwise equal, the one with more Chinese of its own says more and wins (a
 * thousandth per character: never enough to outweigh a word).
 */
function ruleCost(rule: MemoryRule): number {
  let cost = 1;
  rule.tokens.forEach((token, i) => {
    if ('slot' in token && i > 0 && 'slot' in rule.tokens[i - 1]!) cost += 2;
    if ('literal' in token) cost -= SPECIFICITY * token.literal.length;
  });
  return cost;
}

/** English words for a list of renderings: `a`, `a and b`, `a, b and c`. */
export function joinList(items: Piece[][]): Piece[] {
  return items.flatMap((item, i) => {
    if (i === 0) return item;
    return [{ text: i === items.length - 1 ? ' and ' : ', ' }, ...item];
  });
}

export function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

export class ClauseParser {
  readonly #grammar: ClauseGrammar;
  readonly #text: string;
  readonly #figures: { figure: ClauseFigure; start: number; end: number }[];
  readonly #memo = new Map<number, Derivation | null>();
  readonly #figureStarts: Set<number>;
  readonly #ruleCosts = new Map<MemoryRule, number>();

  /** `text` is the clause as printed; figure offsets are relative to it. */
  constructor(grammar: ClauseGrammar, text: string, figures: readonly ClauseFigure[]) {
    this.#grammar = grammar;
    // Offsets of the compact text in the printed one, to carry figure spans across.
    const kept: number[] = [];
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) kept.push(i);
    this.#text = compact(text);
    this.#figures = figures.map((figure) => ({
      figure,
      start: kept.findIndex((offset) => offset >= figure.start),
      end: kept.filter((offset) => offset < figure.end).length,
    }));
    this.#figureStarts = new Set(this.#figures.map((f) => f.start));
  }

  get text(): string {
    return this.#text;
  }

  /** The best template rendering of the whole clause; throws on a tie between two templates. */
  template(tense: Tense): Derivation | null {
    let best: { derivation: Derivation; rule: MemoryRule } | undefined;
    for (const rule of this.#grammar.templates) {
      if (!rule.tokens.every((t) => !('literal' in t) || this.#text.includes(t.literal))) continue;
      const derivation = this.#apply(rule, 0, this.#text.length, tense);
      if (!derivation) continue;
      if (!best || derivation.cost < best.derivation.cost) best = { derivation, rule };
      else if (derivation.cost === best.derivation.cost && piecesText(derivation.pieces) !== piecesText(best.derivation.pieces)) {
        throw new AmbiguousTemplateError(this.#text, best.rule, rule);
      }
    }
    return best?.derivation ?? null;
  }

  /** The best composed rendering: a predicate, statement or adjunct built by a verb frame. */
  composed(tense: Tense): Derivation | null {
    const end = this.#text.length;
    return cheapest([this.vp(0, end, tense), this.#byForm('statement', 0, end, tense), this.#byForm('adjunct', 0, end, tense)]);
  }

  /** The clause as a bare noun phrase (a heading-like list, a name). */
  nounPhrase(): Derivation | null {
    return this.np(0, this.#text.length);
  }

  np(start: number, end: number): Derivation | null {
    return this.#memoized(MEMO.np, start, end, () => {
      const span = this.#text.slice(start, end);
      const candidates: (Derivation | null)[] = [];
      const entry = this.#grammar.lexicon.get(span);
      if (entry) {
        candidates.push(leaf([{ text: entry.en, ...(entry.ref ? { ref: entry.ref } : {}) }], [sourceId(entry.source)]));
      }
      for (const [open, close] of BRACKETS) {
        if (span.length > 2 && span.startsWith(open) && span.endsWith(close) && !span.slice(1, -1).includes(close)) {
          candidates.push(this.np(start + 1, end - 1));
        }
      }
      for (const rule of this.#rulesAt(this.#grammar.nounRules, start, end)) candidates.push(this.#apply(rule, start, end, 'base'));
      candidates.push(this.#list(start, end, (s, e) => this.np(s, e)));
      candidates.push(this.#transliteration(span));
      return cheapest(candidates);
    });
  }

  vp(start: number, end: number, tense: Tense): Derivation | null {
    return this.#memoized(tense === 'base' ? MEMO.vpBase : MEMO.vpPast, start, end, () => {
      const candidates: (Derivation | null)[] = [];
      for (const rule of this.#rulesAt(this.#grammar.verbs, start, end)) if (rule.form === 'predicate') candidates.push(this.#apply(rule, start, end, tense));
      for (const rule of this.#rulesAt(this.#grammar.modifiers, start, end)) candidates.push(this.#apply(rule, start, end, tense));
      candidates.push(this.#list(start, end, (s, e) => this.vp(s, e, tense)));
      return cheapest(candidates);
    });
  }

  #byForm(form: Form, start: number, end: number, tense: Tense): Derivation | null {
    return this.#memoized(MEMO[`${form}${tense === 'base' ? 'Base' : 'Past'}` as keyof typeof MEMO] ?? MEMO.other, start, end, () =>
      cheapest(this.#rulesAt(this.#grammar.verbs, start, end).filter((r) => r.form === form).map((rule) => this.#apply(rule, start, end, tense))),
    );
  }

  /**
   * A word before another noun: a lexicon word, in its modifier form where it has one. One word,
   * not a phrase: a compound of compounds reads from the right (`农业` + `科技水平`), which keeps the
   * search linear in the clause rather than cubic.
   */
  #modifier(start: number, end: number): Derivation | null {
    const word = this.#text.slice(start, end);
    // A quoted word (`“一带一路”`) modifies as the word does.
    const entry = this.#grammar.lexicon.get(word) ?? (/^[“‘「].+[”’」]$/.test(word) ? this.#grammar.lexicon.get(word.slice(1, -1)) : undefined);
    if (!entry) return null;
    return leaf([{ text: entry.mod ?? entry.en, ...(entry.ref && !entry.mod ? { ref: entry.ref } : {}) }], [sourceId(entry.source)]);
  }

  #names(start: number, end: number): Derivation | null {
    return this.#memoized(MEMO.names, start, end, () => {
      const one = (s: number, e: number): Derivation | null => {
        const span = this.#text.slice(s, e);
        const entry = this.#grammar.lexicon.get(span);
        if (entry?.ref?.kind === 'entity' || entry?.ref?.kind === 'sector') return leaf([{ text: entry.en, ref: entry.ref }], [sourceId(entry.source)]);
        return this.#transliteration(span);
      };
      return cheapest([one(start, end), this.#list(start, end, one)]);
    });
  }

  #figure(start: number, end: number, counts: boolean): Derivation | null {
    const found = this.#figures.find((f) => f.start === start && f.end === end && (!counts || f.figure.counts));
    if (!found) return null;
    return { cost: counts ? COUNT_COST : 1, form: 'np', pieces: [{ text: found.figure.value_en, ref: { kind: 'figure', id: found.figure.id } }], entries: [], figures: [found.figure.id], names: [] };
  }

  #year(start: number, end: number): Derivation | null {
    const match = YEAR.exec(this.#text.slice(start, end));
    return match ? leaf([{ text: match[1]! }], []) : null;
  }

  #transliteration(span: string): Derivation | null {
    const name = transliterateName(span);
    if (!name) return null;
    const ref: Ref = { kind: 'entity', id: slugOf(name.en), transliterated: true };
    return { cost: TRANSLITERATION_COST, form: 'np', pieces: [{ text: name.en, ref }], entries: [], figures: [], names: [{ zh: span, en: name.en, id: ref.id, kind: name.kind, transliterated: true }] };
  }

  /**
   * A list: items between 、, the last two possibly joined by 和/及/与. Brackets protect their
   * content, so a quoted list (`“一张表单、一套材料”`) is one item.
   */
  #list(start: number, end: number, item: (s: number, e: number) => Derivation | null): Derivation | null {
    const cuts = this.#separators(start, end);
    if (cuts.length === 0) return null;
    // The last item may hold the list's final 和/及/与, or the word may belong to it (`惠及企业`):
    // every reading is tried, the cheapest kept.
    const lastStart = cuts.at(-1)!.at + 1;
    const finals = [undefined, ...this.#conjunctions(lastStart, end)];
    return cheapest(finals.map((final) => this.#listWith([...cuts, ...(final ? [final] : [])], start, end, item)));
  }

  #listWith(cuts: { at: number; length: number }[], start: number, end: number, item: (s: number, e: number) => Derivation | null): Derivation | null {
    const bounds = [start, ...cuts.flatMap((c) => [c.at, c.at + c.length]), end];
    const items: Derivation[] = [];
    for (let i = 0; i < bounds.length; i += 2) {
      const parsed = item(bounds[i]!, bounds[i + 1]!);
      if (!parsed) return null;
      items.push(parsed);
    }
    return {
      cost: items.reduce((sum, d) => sum + d.cost, 0) + LIST_STEP_COST * (items.length - 1),
      form: items[0]!.form,
      pieces: joinList(items.map((d) => d.pieces)),
      entries: items.flatMap((d) => d.entries),
      figures: items.flatMap((d) => d.figures),
      names: items.flatMap((d) => d.names),
    };
  }

  /** The 、 of a span outside brackets. */
  #separators(start: number, end: number): { at: number; length: number }[] {
    const cuts: { at: number; length: number }[] = [];
    let depth = 0;
    for (let i = start; i < end; i++) {
      const character = this.#text[i]!;
      if (BRACKETS.some(([open]) => open === character) || character === '（') depth++;
      else if (BRACKETS.some(([, close]) => close === character) || character === '）') depth = Math.max(0, depth - 1);
      else if (depth === 0 && character === LIST_SEPARATOR) cuts.push({ at: i, length: 1 });
    }
    return cuts;
  }

  /** Every 和/及/与/以及 inside a span that leaves text on both sides. */
  #conjunctions(start: number, end: number): { at: number; length: number }[] {
    const found: { at: number; length: number }[] = [];
    for (const conjunction of FINAL_CONJUNCTIONS) {
      for (let at = this.#text.indexOf(conjunction, start + 1); at !== -1 && at + conjunction.length < end; at = this.#text.indexOf(conjunction, at + 1)) {
        if (!found.some((f) => at < f.at + f.length && f.at < at + conjunction.length)) found.push({ at, length: conjunction.length });
      }
    }
    return found;
  }

  /** Rules whose literals can stand in the span: the first at its start, the last at its end. */
  #rulesAt(rules: MemoryRule[], start: number, end: number): MemoryRule[] {
    const text = this.#text;
    return rules.filter((rule) => {
      const first = rule.tokens[0]!;
      const last = rule.tokens.at(-1)!;
      if ('literal' in first && (first.literal.length > end - start || !text.startsWith(first.literal, start))) return false;
      if ('literal' in last && (last.literal.length > end - start || !text.startsWith(last.literal, end - last.literal.length))) return false;
      return true;
    });
  }

  /** The cheapest way the rule's pattern covers exactly [start, end), rendered in the tense. */
  #apply(rule: MemoryRule, start: number, end: number, tense: Tense): Derivation | null {
    const { english, slotTense } = this.#englishFor(rule, tense);
    let best: { cost: number; fills: Map<string, Derivation> } | undefined;
    const tokens = rule.tokens;
    const fills = new Map<string, Derivation>();
    const search = (i: number, at: number, cost: number): void => {
      if (best && cost >= best.cost) return;
      if (i === tokens.length) {
        if (at === end) best = { cost, fills: new Map(fills) };
        return;
      }
      const token = tokens[i]!;
      if ('literal' in token) {
        const { literal } = token;
        if (at + literal.length <= end && this.#text.startsWith(literal, at)) search(i + 1, at + literal.length, cost);
        return;
      }
      const ends = this.#slotEnds(token.type, tokens[i + 1], at, end);
      for (const slotEnd of ends) {
        const filled = this.#fill(token.type, at, slotEnd, slotTense(token.slot));
        if (!filled) continue;
        fills.set(token.slot, filled);
        search(i + 1, slotEnd, cost + filled.cost);
        fills.delete(token.slot);
      }
    };
    let own = this.#ruleCosts.get(rule);
    if (own === undefined) this.#ruleCosts.set(rule, (own = ruleCost(rule)));
    search(0, start, own);
    if (!best) return null;
    const chosen = best.fills;
    const pieces: Piece[] = [];
    for (const token of english) {
      if ('literal' in token) pieces.push({ text: token.literal });
      else pieces.push(...chosen.get(token.slot)!.pieces);
    }
    const parts = [...chosen.values()];
    const merged = mergeText(pieces);
    const names = parts.flatMap((d) => d.names);
    // A noun rule that makes a name (`{np}地块`) marks the whole as one entity.
    if (rule.entity) {
      const en = piecesText(merged);
      const made: MadeName = { zh: this.#text.slice(start, end), en, id: slugOf(en), kind: rule.entity, transliterated: names.some((n) => n.transliterated) };
      return { cost: best.cost, form: rule.form, pieces: [{ text: en, ref: { kind: 'entity', id: made.id, ...(made.transliterated ? { transliterated: true } : {}) } }], entries: [rule.id, ...parts.flatMap((d) => d.entries)], figures: parts.flatMap((d) => d.figures), names: [made] };
    }
    return {
      cost: best.cost,
      form: rule.form,
      pieces: merged,
      entries: [rule.id, ...parts.flatMap((d) => d.entries)],
      figures: parts.flatMap((d) => d.figures),
      names,
    };
  }

  /**
   * Where a slot starting at `at` may end, narrowed by what it is and what follows it: a figure
   * ends where an extracted figure does, a modifier where a lexicon word does; a slot before a
   * literal ends where that literal occurs, before a figure where a figure starts. Only a slot
   * before another open slot tries every position.
   */
  #slotEnds(type: SlotType, next: PatternToken | undefined, at: number, end: number): number[] {
    const text = this.#text;
    const figureAt = (q: number) => this.#figureStarts.has(q);
    const fits = (q: number): boolean => {
      if (next === undefined) return q === end;
      if (q >= end) return false;
      if ('literal' in next) return text.startsWith(next.literal, q);
      if (next.type === 'figure' || next.type === 'count') return figureAt(q);
      if (next.type === 'year') return /^[12]\d{3}/.test(text.slice(q, q + 4));
      return true;
    };
    const ends: number[] = [];
    if (type === 'figure' || type === 'count') {
      for (const f of this.#figures) if (f.start === at && fits(f.end)) ends.push(f.end);
    } else if (type === 'year') {
      if (fits(at + 4)) ends.push(at + 4);
    } else if (type === 'mod') {
      const last = Math.min(end, at + this.#grammar.lexicon.longest + 2);
      for (let q = at + 1; q <= last; q++) if (fits(q) && this.#modifier(at, q)) ends.push(q);
    } else if (next === undefined) {
      ends.push(end);
    } else if ('literal' in next) {
      for (let q = text.indexOf(next.literal, at + 1); q !== -1 && q < end; q = text.indexOf(next.literal, q + 1)) ends.push(q);
    } else if (next.type === 'figure' || next.type === 'count') {
      for (const f of this.#figures) if (f.start > at && f.start < end) ends.push(f.start);
    } else {
      for (let q = at + 1; q < end; q++) if (fits(q)) ends.push(q);
    }
    return ends;
  }

  /**
   * The English a rule gives in a tense, and the tense each verb-phrase slot is rendered in. In
   * the past, an explicit `past` form wins; an adverb (a modifier without one) or an English that
   * opens with its verb phrase passes the tense on; any other frame puts its own first verb in
   * the past and keeps the verb phrases it governs in the base form (`continued to {vp}`).
   */
  #englishFor(rule: MemoryRule, tense: Tense): { english: PatternToken[]; slotTense: (slot: string) => Tense } {
    const tokens = parseEnglish(rule.past !== undefined && tense === 'past' ? rule.past : rule.en);
    if (tense === 'base') return { english: tokens, slotTense: () => 'base' };
    if (rule.past !== undefined) return { english: tokens, slotTense: () => 'base' };
    const first = tokens[0];
    if (rule.kind === 'modifier' || (first && 'slot' in first)) return { english: tokens, slotTense: () => 'past' };
    if (rule.form !== 'predicate' || !first || !('literal' in first)) return { english: tokens, slotTense: () => 'base' };
    return { english: [{ literal: pastPhrase(first.literal) }, ...tokens.slice(1)], slotTense: () => 'base' };
  }

  #fill(type: SlotType, start: number, end: number, tense: Tense): Derivation | null {
    switch (type) {
      case 'np':
        return this.np(start, end);
      case 'mod':
        return this.#modifier(start, end);
      case 'vp':
        return this.vp(start, end, tense);
      case 'names':
        return this.#names(start, end);
      case 'figure':
        return this.#figure(start, end, false);
      case 'count':
        return this.#figure(start, end, true);
      case 'year':
        return this.#year(start, end);
    }
  }

  #memoized(category: number, start: number, end: number, compute: () => Derivation | null): Derivation | null {
    const span = this.#text.length + 1;
    const key = (category * span + start) * span + end;
    const known = this.#memo.get(key);
    if (known !== undefined) return known;
    // A span being derived does not contain itself: cut left recursion (`{np1}{np2}` on itself).
    this.#memo.set(key, null);
    const result = compute();
    this.#memo.set(key, result);
    return result;
  }
}

const englishCache = new Map<string, PatternToken[]>();

/** An English side split into literals and slots (memoized: rules are rendered many times). */
function parseEnglish(english: string): PatternToken[] {
  let tokens = englishCache.get(english);
  if (!tokens) {
    tokens = [];
    let at = 0;
    for (const match of english.matchAll(/\{([a-z]+\d*)\}/g)) {
      if (match.index > at) tokens.push({ literal: english.slice(at, match.index) });
      tokens.push({ slot: match[1]!, type: match[1]!.replace(/\d+$/, '') as SlotType });
      at = match.index + match[0].length;
    }
    if (at < english.length) tokens.push({ literal: english.slice(at) });
    englishCache.set(english, tokens);
  }
  return tokens;
}

function leaf(pieces: Piece[], entries: string[]): Derivation {
  return { cost: 1, form: 'np', pieces, entries, figures: [], names: [] };
}

/** The cheapest derivation; on a tie, the first (the order of the candidates is the order of preference). */
export function cheapest(candidates: readonly (Derivation | null)[]): Derivation | null {
  let best: Derivation | null = null;
  for (const candidate of candidates) if (candidate && (!best || candidate.cost < best.cost)) best = candidate;
  return best;
}

/** Adjacent unmarked pieces joined, so the English is a short list of runs. */
function mergeText(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && !last.ref && !piece.ref && !last.gap && !piece.gap) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}
