/**
 * One paragraph of a plan in English: every clause rendered from the memory (template, then
 * composition, then an exact entry, then its figures), each with its exact span, then the
 * clauses of each sentence joined into an English sentence (`sentence.ts`).
 *
 * A clause nothing renders stays a gap in the English, listed as missing: never dropped and never
 * guessed. Names in an exact entry's English are found and marked up like composed ones; a name
 * whose English the entry lacks is reported, since the site promises every name in English.
 */
import type { FigureRecord } from '../figures/figure-record.ts';
import type { PartRole } from '../plan/plan-model.ts';
import { topicPhraseOf } from '../plan/topic-sentence.ts';
import type { Form } from '../termbase/memory.ts';
import type { Termbase } from '../termbase/termbase.ts';
import { ClauseParser, piecesText, type ClauseGrammar, type Derivation, type Piece, type Tense, type MadeName } from './clause-grammar.ts';
import { figurePhrase } from './figure-phrases.ts';
import { compact, sourceId, type Lexicon, type Ref } from './lexicon.ts';
import { clausesOf, type Clause } from './segments.ts';
import { assembleSentence, type SentencePart } from './sentence.ts';

export type Via = 'template' | 'composed' | 'exact' | 'figures';

export interface RenderedSegment {
  /** The clause exactly as printed, and its span in the paragraph. */
  zh: string;
  start: number;
  end: number;
  sentence: number;
  /** The English, or null where the memory has nothing for the clause yet. */
  en: string | null;
  pieces: Piece[] | null;
  via: Via | null;
  form: Form | 'fragment' | null;
  /** Ids of the names, sectors and policy terms the English renders. */
  refs: Ref[];
  figures: string[];
  /** Memory entries used. */
  entries: string[];
  names: MadeName[];
  /** Names printed in the clause whose English an exact entry does not contain. */
  unplaced: string[];
}

export interface RenderedParagraph {
  id: string;
  segments: RenderedSegment[];
  /** The English paragraph, sentence by sentence; the first is the topic sentence when `topic`. */
  sentences: Piece[][];
  topic: boolean;
}

export interface ParagraphContext {
  role: PartRole;
  grammar: ClauseGrammar;
  termbase: Pick<Termbase, 'topics' | 'clauses'>;
}

/** A review part reports what was done; every other part says what will be. */
export const tenseOf = (role: PartRole): Tense => (role === 'review' ? 'past' : 'base');

export function renderParagraph(paragraph: { id: string; text: string }, figures: readonly FigureRecord[], context: ParagraphContext): RenderedParagraph {
  const topic = topicPhraseOf(paragraph.text);
  const segments = clausesOf(paragraph.text).map((clause) => renderClause(clause, figures, context, topic !== undefined && clause.start === 0 && clause.sentence === 0));
  const bySentence: SentencePart[][] = [];
  for (const segment of segments) {
    (bySentence[segment.sentence] ??= []).push({ form: segment.form ?? 'gap', pieces: segment.pieces ?? [{ text: '…', gap: true }] });
  }
  const subject = { named: false };
  const sentences = bySentence.map((parts, i) => assembleSentence(parts, { tense: tenseOf(context.role), lead: topic !== undefined && i === 0, subject }));
  return { id: paragraph.id, segments, sentences, topic: topic !== undefined };
}

function renderClause(clause: Clause, paragraphFigures: readonly FigureRecord[], context: ParagraphContext, isTopic: boolean): RenderedSegment {
  const own = paragraphFigures.filter((f) => f.source.start >= clause.start && f.source.end <= clause.end);
  const tense = tenseOf(context.role);
  const parser = new ClauseParser(
    context.grammar,
    clause.text,
    own.map((f) => ({ id: f.id, start: f.source.start - clause.start, end: f.source.end - clause.start, counts: f.counts, value_en: f.value_en })),
  );
  const base = { zh: clause.text, start: clause.start, end: clause.end, sentence: clause.sentence };
  const derived = (via: Via, derivation: Derivation | null): RenderedSegment | undefined => {
    if (!derivation) return undefined;
    return {
      ...base,
      en: piecesText(derivation.pieces),
      pieces: derivation.pieces,
      via,
      form: derivation.form,
      refs: refsOf(derivation.pieces),
      figures: derivation.figures,
      entries: derivation.entries,
      names: derivation.names,
      unplaced: [],
    };
  };
  const exact = exactEnglish(clause.text, isTopic, context);
  return (
    derived('template', parser.template(tense)) ??
    derived('composed', parser.composed(tense)) ??
    (exact && exactSegment(base, exact, context.grammar.lexicon)) ??
    derived('composed', parser.nounPhrase()) ??
    // Figures alone would drop the names a clause prints: such a clause stays a gap until the memory says it.
    (namesIn(clause.text, context.grammar.lexicon).some((n) => n.ref.kind === 'entity') ? undefined : figureSegment(base, own)) ?? {
      ...base,
      en: null,
      pieces: null,
      via: null,
      form: null,
      refs: [],
      figures: [],
      entries: [],
      names: [],
      unplaced: [],
    }
  );
}

/** A whole-clause entry: the topic phrase of the part's role, or an exact clause. */
function exactEnglish(zh: string, isTopic: boolean, { role, termbase }: ParagraphContext): { en: string; entry: string; form: Form | 'fragment' } | undefined {
  const key = compact(zh);
  if (isTopic) {
    const topic = termbase.topics.get(zh) ?? termbase.topics.get(key);
    const en = topic?.[role === 'review' ? 'review' : 'plan'];
    if (en) return { en, entry: `topics.yaml:${zh}`, form: role === 'review' ? 'statement' : 'predicate' };
  }
  const en = termbase.clauses.get(zh) ?? termbase.clauses.get(key);
  return en === undefined ? undefined : { en, entry: `clauses.yaml:${zh}`, form: 'fragment' };
}

/**
 * An exact entry's English with the names it renders marked up: each name the lexicon finds in
 * the Chinese (longest first) is looked for in the English; one that is not there is reported.
 */
function exactSegment(base: Pick<RenderedSegment, 'zh' | 'start' | 'end' | 'sentence'>, exact: { en: string; entry: string; form: Form | 'fragment' }, lexicon: Lexicon): RenderedSegment {
  const names = namesIn(base.zh, lexicon);
  let pieces: Piece[] = [{ text: exact.en }];
  const unplaced: string[] = [];
  for (const name of names) {
    const next = markFirst(pieces, name.en, name.ref);
    if (next) pieces = next;
    else unplaced.push(name.zh);
  }
  return { ...base, en: exact.en, pieces, via: 'exact', form: exact.form, refs: refsOf(pieces), figures: [], entries: [exact.entry, ...names.map((n) => n.source)], names: [], unplaced };
}

/**
 * Names, sectors and terms printed in a text, by longest match over the whole lexicon, left to
 * right: a longer word that is no name (`津京冀鲁`) hides the name inside it (`京冀`).
 */
export function namesIn(zh: string, lexicon: Lexicon): { zh: string; en: string; ref: Ref; source: string }[] {
  const text = compact(zh);
  const found: { zh: string; en: string; ref: Ref; source: string }[] = [];
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (let length = Math.min(lexicon.longest, text.length - i); length > 1; length--) {
      const entry = lexicon.get(text.slice(i, i + length));
      if (!entry) continue;
      if (entry.ref) found.push({ zh: entry.zh, en: entry.en, ref: entry.ref, source: sourceId(entry.source) });
      matched = length;
      break;
    }
    i += matched || 1;
  }
  return found;
}

/** The pieces with the first unmarked occurrence of `en` (any case) marked; undefined if none. */
function markFirst(pieces: Piece[], en: string, ref: Ref): Piece[] | undefined {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.ref) continue;
    const at = piece.text.toLowerCase().indexOf(en.toLowerCase());
    if (at === -1) continue;
    const split: Piece[] = [{ text: piece.text.slice(0, at) }, { text: piece.text.slice(at, at + en.length), ref }, { text: piece.text.slice(at + en.length) }].filter((p) => p.text !== '');
    return [...pieces.slice(0, i), ...split, ...pieces.slice(i + 1)];
  }
  return undefined;
}

/** A clause with figures and nothing else the memory knows: its figures as phrases. */
function figureSegment(base: Pick<RenderedSegment, 'zh' | 'start' | 'end' | 'sentence'>, figures: readonly FigureRecord[]): RenderedSegment | undefined {
  if (figures.length === 0) return undefined;
  const pieces: Piece[] = figures.flatMap((f, i) => [...(i > 0 ? [{ text: '; ' }] : []), { text: figurePhrase(f), ref: { kind: 'figure', id: f.id } as Ref }]);
  return { ...base, en: piecesText(pieces), pieces, via: 'figures', form: 'statement', refs: [], figures: figures.map((f) => f.id), entries: [], names: [], unplaced: [] };
}

function refsOf(pieces: readonly Piece[]): Ref[] {
  return pieces.flatMap((p) => (p.ref && p.ref.kind !== 'figure' ? [p.ref] : []));
}
