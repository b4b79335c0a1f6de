/**
 * The English summary of one section, built from its rendering: three to six points, each an
 * English sentence of the plan itself, chosen for what an investor needs first — named
 * companies, projects, parks and land, then priority sectors, then measures that change what a
 * business must do (approvals, land, talent, finance, tax), then figures; procedural counts and
 * political preamble last, the preamble kept to one short point at most. The lead names the
 * section's most concrete things rather than repeating its headings.
 *
 * Nothing here translates: the sentences come from the rendering (`render-paragraph.ts`), the
 * figures from extraction, so the gate can trace every number as before.
 */
import type { FigureRecord } from '../figures/figure-record.ts';
import type { PartRole, Section } from '../plan/plan-model.ts';
import type { Missing } from '../termbase/missing.ts';
import { sectionTitleEn, type Termbase } from '../termbase/termbase.ts';
import { piecesText, type Piece } from './clause-grammar.ts';
import { figurePhrase } from './figure-phrases.ts';
import type { Lexicon } from './lexicon.ts';
import { tenseOf, type RenderedParagraph, type RenderedSegment } from './render-paragraph.ts';
import { assembleSentence } from './sentence.ts';
import type { TextSpan } from './segments.ts';
import type { SectionSummary, SummaryPoint } from './summary-model.ts';

export const MIN_POINTS = 3;
export const MAX_POINTS = 6;
/** Points taken from one paragraph, so that one long paragraph does not crowd out the rest. */
const POINTS_PER_PARAGRAPH = 2;
/** A point longer than this many words is cut at a clause boundary. */
const MAX_POINT_WORDS = 55;
/** Names listed in a lead. */
const LEAD_NAMES = 3;

/** Kinds of name an investor looks for: who and what is being built, and where. */
const INVESTOR_KINDS = new Set(['company', 'project', 'zone', 'land', 'venue', 'institution', 'university']);
/** Measures that change what a business must do or can get. */
const BUSINESS_MEASURES = /审批|许可|证照|用地|土地|地块|人才|金融|融资|信贷|税|补贴|奖励|资金|招商|落户|投资|备案|准入|营商/;
/** Counts of events held, which say little about what the district will do. */
const PROCEDURAL = /活动|会议|讲座|宣传|演出|培训|论坛|展会/;
/** Political preamble: guiding thought, spirit of meetings, general principles. */
const PREAMBLE = /习近平|思想|精神|党的|全会|贯彻|决策部署|总基调|理念|指示|领导下/;

export interface SectionInput {
  plan: number;
  /** The year the section is about: the reviewed year in a review part, the plan year otherwise. */
  year: number;
  role: PartRole;
  section: Section;
  figures: FigureRecord[];
  paragraphs: RenderedParagraph[];
}

interface Candidate {
  paragraph: string;
  sentence: number;
  segments: RenderedSegment[];
  score: number;
  preamble: boolean;
}

export function composeSectionSummary(input: SectionInput, termbase: Termbase, lexicon: Lexicon): { summary: SectionSummary; missing: Missing[]; lookups: Missing[] } {
  const { plan, role, section, figures, paragraphs } = input;
  const made = madeKinds(paragraphs);
  const kindOf = (id: string) => lexicon.entityKind(id) ?? made.get(id);
  const title = sectionTitleEn(termbase, section.title_zh);
  const titleLookup: Missing = { kind: 'section title', zh: section.title_zh, where: `${plan} ${section.id}` };

  const candidates: Candidate[] = paragraphs.flatMap((paragraph) => {
    const sentences = new Map<number, RenderedSegment[]>();
    for (const segment of paragraph.segments) sentences.set(segment.sentence, [...(sentences.get(segment.sentence) ?? []), segment]);
    return [...sentences].flatMap(([index, segments]) => {
      // Preamble is weighed clause by clause: a sentence that opens with the guiding thought and
      // goes on to say what the district will do keeps the latter as its point.
      const substance = segments.filter((s) => !PREAMBLE.test(s.zh));
      const preamble = segments.filter((s) => PREAMBLE.test(s.zh));
      if (substance.length === 0 || preamble.length === 0) return [scored(paragraph, index, segments, kindOf, figures)];
      return [scored(paragraph, index, substance, kindOf, figures), scored(paragraph, index, preamble, kindOf, figures)];
    });
  });
  const rendered = candidates.filter((c) => c.segments.some((s) => s.en !== null));
  const chosen = choosePoints(rendered);
  const points = chosen.map((c) => pointOf(c, role));
  const lead = composeLead(input, chosen, kindOf);
  return {
    summary: {
      section: section.id,
      title_en: title ?? '',
      lead_en: lead.text,
      lead_figures: lead.figures,
      lead_clauses: lead.clauses,
      points,
      key_figures: figures.map((f) => f.id),
    },
    missing: title ? [] : [titleLookup],
    lookups: [titleLookup],
  };
}

/** Names a rule made or spelled in pinyin, by id, with their kind. */
function madeKinds(paragraphs: readonly RenderedParagraph[]): Map<string, string> {
  return new Map(paragraphs.flatMap((p) => p.segments.flatMap((s) => s.names.map((n) => [n.id, n.kind] as const))));
}

function scored(paragraph: RenderedParagraph, sentence: number, segments: RenderedSegment[], kindOf: (id: string) => string | undefined, figures: readonly FigureRecord[]): Candidate {
  const zh = segments.map((s) => s.zh).join('');
  const entities = new Set(segments.flatMap((s) => s.refs.filter((r) => r.kind === 'entity').map((r) => r.id)));
  const investor = [...entities].filter((id) => INVESTOR_KINDS.has(kindOf(id) ?? '')).length;
  const sectors = new Set(segments.flatMap((s) => s.refs.filter((r) => r.kind === 'sector').map((r) => r.id))).size;
  const figureCount = segments.reduce((n, s) => n + s.figures.length, 0) || figures.filter((f) => f.paragraph === paragraph.id && segments.some((s) => f.source.start >= s.start && f.source.end <= s.end)).length;
  const preamble = PREAMBLE.test(zh) && investor === 0 && figureCount === 0;
  let score = 10 * Math.min(investor, 3) + 2 * Math.min(entities.size - investor, 3) + 6 * Math.min(sectors, 2) + 3 * Math.min(figureCount, 3);
  if (BUSINESS_MEASURES.test(zh)) score += 4;
  if (PROCEDURAL.test(zh) && investor === 0) score -= 2;
  if (preamble) score -= 20;
  // A topic sentence is the paragraph's heading: a point only when nothing else can be, unless it names something.
  if (paragraph.topic && sentence === 0 && investor === 0 && sectors === 0 && figureCount === 0) score -= 50;
  return { paragraph: paragraph.id, sentence, segments, score, preamble };
}

/** The best sentences, at most two a paragraph and one of preamble, in reading order. */
function choosePoints(candidates: Candidate[]): Candidate[] {
  const order = new Map(candidates.map((c, i) => [c, i]));
  const byScore = [...candidates].sort((a, b) => b.score - a.score || order.get(a)! - order.get(b)!);
  const chosen: Candidate[] = [];
  const perParagraph = new Map<string, number>();
  let preamble = false;
  for (const candidate of byScore) {
    if (chosen.length >= MAX_POINTS) break;
    if ((perParagraph.get(candidate.paragraph) ?? 0) >= POINTS_PER_PARAGRAPH && chosen.length >= MIN_POINTS) continue;
    if (candidate.preamble && preamble) continue;
    if (candidate.score < 0 && chosen.length >= MIN_POINTS) break;
    chosen.push(candidate.preamble ? { ...candidate, segments: candidate.segments.slice(0, 1) } : candidate);
    preamble ||= candidate.preamble;
    perParagraph.set(candidate.paragraph, (perParagraph.get(candidate.paragraph) ?? 0) + 1);
  }
  const position = (c: Candidate) => order.get(c) ?? order.get(candidates.find((o) => o.paragraph === c.paragraph && o.sentence === c.sentence)!)!;
  const points = chosen.sort((a, b) => position(a) - position(b));
  return splitToMinimum(points);
}

/** A section of one or two long sentences (a closing exhortation) gives a point per clause group. */
function splitToMinimum(points: Candidate[]): Candidate[] {
  const result = [...points];
  for (let longest = longestSplittable(result); result.length < MIN_POINTS && longest; longest = longestSplittable(result)) {
    const rendered = longest.segments.filter((s) => s.en !== null);
    const half = Math.ceil(rendered.length / 2);
    result.splice(result.indexOf(longest), 1, { ...longest, segments: rendered.slice(0, half) }, { ...longest, segments: rendered.slice(half) });
  }
  return result;
}

function longestSplittable(points: Candidate[]): Candidate | undefined {
  return [...points].filter((p) => p.segments.filter((s) => s.en !== null).length >= 2).sort((a, b) => b.segments.length - a.segments.length)[0];
}

/** A point: the sentence's rendered clauses as one English sentence without a subject, cut to length. */
function pointOf(candidate: Candidate, role: PartRole): SummaryPoint {
  const kept: RenderedSegment[] = [];
  let words = 0;
  for (const segment of candidate.segments) {
    if (segment.en === null) continue;
    const length = segment.en.split(/\s+/).length;
    if (kept.length > 0 && words + length > MAX_POINT_WORDS) break;
    kept.push(segment);
    words += length;
  }
  const pieces = assembleSentence(
    kept.map((s) => ({ form: s.form ?? 'gap', pieces: s.pieces ?? [] })),
    { tense: tenseOf(role), lead: false, bare: true, subject: { named: true } },
  );
  return { text: piecesText(pieces), paragraph: candidate.paragraph, figures: kept.flatMap((s) => s.figures), clauses: kept.map((s) => ({ text: s.zh, start: s.start, end: s.end })) };
}

/**
 * The section's most concrete things in one sentence: the names an investor looks for, the
 * sectors, the headline figure. Without any, the best point stands as the lead.
 */
function composeLead(input: SectionInput, chosen: Candidate[], kindOf: (id: string) => string | undefined): { text: string; figures: string[]; clauses: TextSpan[] } {
  const { year, role, paragraphs, figures } = input;
  const refs = paragraphs.flatMap((p) =>
    p.segments.flatMap((segment) => (segment.pieces ?? []).filter((piece) => piece.ref !== undefined).map((piece) => ({ piece: piece as Piece & { ref: NonNullable<Piece['ref']> }, segment }))),
  );
  const distinct = (kind: string, accept: (id: string) => boolean) => [...new Map(refs.filter(({ piece }) => piece.ref.kind === kind && accept(piece.ref.id)).map((r) => [r.piece.ref.id, r])).values()];
  const namedRefs = distinct('entity', (id) => INVESTOR_KINDS.has(kindOf(id) ?? '')).slice(0, LEAD_NAMES);
  const sectorRefs = distinct('sector', () => true).slice(0, 2);
  const names = namedRefs.map((r) => r.piece.text);
  const sectors = sectorRefs.map((r) => r.piece.text);
  const clauses = [...namedRefs, ...sectorRefs].map(({ segment }) => ({ text: segment.zh, start: segment.start, end: segment.end }));
  const headline = figures.find((f) => f.indicator !== null) ?? figures[0];
  const figure = headline ? `${figurePhrase(headline)}${headline.kind === 'target' ? ' (target)' : ''}` : '';
  if (names.length === 0 && sectors.length === 0 && !figure) {
    const best = chosen[0] && pointOf(chosen[0], role);
    return { text: best?.text ?? '', figures: best?.figures ?? [], clauses: best?.clauses ?? [] };
  }
  const parts = [listed(names), sectors.length > 0 ? `${sectors.length > 1 ? 'sectors' : 'sector'}: ${listed(sectors)}` : '', figure].filter(Boolean);
  return { text: `${year}: ${parts.join('; ')}.`, figures: headline && figure ? [headline.id] : [], clauses };
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
