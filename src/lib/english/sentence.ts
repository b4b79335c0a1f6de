/**
 * Joins the rendered clauses of one Chinese sentence into one English sentence. Chinese strings
 * predicates without a subject (`加快5G部署，新建通信基站776座`); English needs one, so a run of
 * predicates shares a subject — "the district" the first time in a paragraph, "it" after — and
 * a list's "and": "The district sped up 5G deployment and built 776 new base stations." Adjuncts
 * ("drawing on …", "under …") open the clause they lead into; statements, which carry their own
 * subject, stand as they are; clauses from exact entries keep the commas their translator wrote
 * for. Parts are joined by semicolons, so each keeps its own grammar.
 */
import type { Form } from '../termbase/memory.ts';
import { joinList, type Piece, type Tense } from './clause-grammar.ts';

export interface SentencePart {
  form: Form | 'fragment' | 'gap';
  pieces: Piece[];
}

export interface SentenceContext {
  tense: Tense;
  /** The paragraph's topic sentence: a headline; in a plan part an imperative, without a subject. */
  lead: boolean;
  /** A summary point: predicates stand without a subject ("Sped up 5G deployment"). */
  bare?: boolean;
  /** Whether the paragraph has named its subject yet; updated as sentences are assembled. */
  subject: { named: boolean };
}

interface Unit {
  pieces: Piece[];
  /** Written to run on after a comma rather than a semicolon. */
  fragment: boolean;
}

export function assembleSentence(parts: readonly SentencePart[], context: SentenceContext): Piece[] {
  const units: Unit[] = [];
  let adjuncts: Piece[][] = [];
  let predicates: Piece[][] = [];
  const opening = () => (adjuncts.length > 0 ? [...joinWith(adjuncts, ', '), { text: ', ' }] : []);
  const flush = () => {
    if (predicates.length === 0) return;
    // A headline in a plan part is an imperative ("Speed up …"); one in a review part says who did it.
    const subjectless = context.bare || (context.lead && context.tense === 'base');
    const subject = subjectless ? [] : [{ text: `${subjectWord(context.subject)}${context.tense === 'base' ? ' will ' : ' '}` }];
    units.push({ pieces: [...opening(), ...subject, ...joinList(predicates)], fragment: false });
    adjuncts = [];
    predicates = [];
  };
  for (const part of parts) {
    if (part.form === 'adjunct') {
      flush();
      adjuncts.push(part.pieces);
    } else if (part.form === 'predicate') {
      predicates.push(part.pieces);
    } else {
      flush();
      units.push({ pieces: [...opening(), ...part.pieces], fragment: part.form === 'fragment' });
      adjuncts = [];
    }
  }
  flush();
  // Adjuncts with nothing after them close the sentence ("…, in line with the plan").
  if (adjuncts.length > 0) units.push({ pieces: joinWith(adjuncts, ', '), fragment: true });
  const pieces = units.flatMap((unit, i) => (i === 0 ? unit.pieces : [{ text: unit.fragment ? ', ' : '; ' }, ...unit.pieces]));
  return finished(pieces);
}

function subjectWord(subject: { named: boolean }): string {
  if (subject.named) return 'it';
  subject.named = true;
  return 'the district';
}

function joinWith(items: Piece[][], separator: string): Piece[] {
  return items.flatMap((item, i) => (i === 0 ? item : [{ text: separator }, ...item]));
}

/** Capital first letter, one full stop at the end. */
function finished(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  // Only a sentence that opens with a word: "2021 is the first year …" keeps its lower case.
  const first = out.find((p) => p.text.trim() !== '');
  if (first && /^\s*[a-z]/.test(first.text)) first.text = first.text.replace(/[a-z]/, (c) => c.toUpperCase());
  const last = out.findLast((p) => p.text.trim() !== '');
  if (last && !/[.!?…]$/.test(last.text.trimEnd())) out.push({ text: '.' });
  return out;
}
