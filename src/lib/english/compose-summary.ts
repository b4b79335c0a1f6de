/**
 * Composes the English summary of one section from what is known for certain: the figures read
 * off the Chinese, and the termbase's curated renderings of titles, topic phrases, figure labels
 * and clauses. Templates arrange them; nothing is paraphrased. What the termbase lacks is
 * reported as missing rather than guessed.
 *
 * A section's points follow its paragraphs: a paragraph that opens with a topic sentence gives
 * one point (topic + up to three of its figures); prose without a topic sentence gives a point per
 * statement (its figures, or its clauses translated). Short sections are filled with further
 * figures, then the companies and projects and the policies they name; long ones are merged to six.
 */
import { clausesOf, introducesList, segmentsOf, type TextSpan } from './clauses.ts';
import type { FigureRecord } from '../figures/figure-record.ts';
import type { Paragraph, PartRole, Section } from '../plan/plan-model.ts';
import { untracedNumbers } from './number-trace.ts';
import { figurePhrase, figuresPhrase } from './figure-phrases.ts';
import type { SectionSummary, SummaryPoint } from './summary-model.ts';
import type { Missing } from '../termbase/missing.ts';
import { clauseEn, sectionTitleEn, topicEn, type Termbase } from '../termbase/termbase.ts';
import { topicPhraseOf } from '../plan/topic-sentence.ts';

export const MIN_POINTS = 3;
export const MAX_POINTS = 6;
/** Figures quoted in one topic point; the rest stay in the key-figures table. */
const FIGURES_PER_POINT = 3;
/** Names or policies listed in one point. */
const TERMS_PER_POINT = 6;
/** Kinds of proper noun an investor looks for in a section: who and what is being built. */
const NAMED_KINDS = new Set(['company', 'zone', 'project', 'university', 'institution']);

export interface SectionInput {
  plan: number;
  /** The year the section is about: the reviewed year in a review part, the plan year otherwise. */
  year: number;
  role: PartRole;
  section: Section;
  figures: FigureRecord[];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => `${capitalize(s.trim())}${/[.!?]$/.test(s.trim()) ? '' : '.'}`;

/**
 * A sentence made to continue another ("In 2020, …", "…; …"): its first word lower-cased unless
 * it is an acronym (GRP) or begins a proper noun.
 */
function continuing(statement: string, properNouns: ReadonlySet<string> = new Set()): string {
  const firstWord = statement.split(/[\s,]/)[0] ?? '';
  return properNouns.has(firstWord) || /^[A-Z0-9]{2}/.test(firstWord) ? statement : statement.charAt(0).toLowerCase() + statement.slice(1);
}

/** Figures a reader is most likely to want first: tracked indicators, then in order of print. */
function byInterest(figures: FigureRecord[], indicatorLabels: ReadonlySet<string>): FigureRecord[] {
  return [...figures].sort((a, b) => Number(indicatorLabels.has(b.label_zh)) - Number(indicatorLabels.has(a.label_zh)));
}

/**
 * Termbase entries (names, policies) that occur in a paragraph, in order of first occurrence,
 * longest match first. An entry whose English states a number its Chinese does not (a policy's
 * years in brackets) is left out, since the summary could not trace that number to the text.
 */
function termsIn(paragraph: Paragraph, entries: ReadonlyMap<string, { en: string }>, accept: (key: string) => boolean): { en: string; span: TextSpan }[] {
  const found: { en: string; span: TextSpan }[] = [];
  for (const key of [...entries.keys()].filter(accept).sort((a, b) => b.length - a.length)) {
    const start = paragraph.text.indexOf(key);
    const en = entries.get(key)!.en;
    if (start === -1 || found.some(({ span }) => start < span.end && start + key.length > span.start)) continue;
    if (found.some((f) => f.en === en) || untracedNumbers(en, [key]).length > 0) continue;
    found.push({ en, span: { text: key, start, end: start + key.length } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

export function composeSectionSummary(input: SectionInput, termbase: Termbase): { summary: SectionSummary; missing: Missing[]; lookups: Missing[] } {
  const { plan, role, section, figures } = input;
  const missing: Missing[] = [];
  /** Every term looked up, found or not: the denominator of coverage. */
  const lookups: Missing[] = [];
  const where = (paragraph?: string) => `${plan} ${section.id}${paragraph ? ` ${paragraph}` : ''}`;
  const indicatorLabels = new Set([...termbase.labels].filter(([, l]) => l.indicator).map(([zh]) => zh));
  const properNouns = new Set([...termbase.names.values()].map((n) => n.en.split(/[\s,]/)[0]!));

  const title = sectionTitleEn(termbase, section.title_zh);
  lookups.push({ kind: 'section title', zh: section.title_zh, where: where() });
  if (!title) missing.push(lookups.at(-1)!);

  const points: SummaryPoint[] = [];
  const leftover: FigureRecord[] = [];
  const topics: string[] = [];
  for (const paragraph of section.paragraphs) {
    const own = figures.filter((f) => f.paragraph === paragraph.id);
    const topic = topicPhraseOf(paragraph.text);
    if (topic !== undefined) {
      const english = topicEn(termbase, topic, role);
      lookups.push({ kind: 'topic phrase', zh: topic, where: where(paragraph.id) });
      if (!english) {
        missing.push(lookups.at(-1)!);
        continue;
      }
      topics.push(english);
      const quoted = byInterest(own, indicatorLabels).slice(0, FIGURES_PER_POINT);
      leftover.push(...own.filter((f) => !quoted.includes(f)));
      const head = role === 'plan' ? `aims to ${english}` : english;
      points.push({
        text: sentence(quoted.length > 0 ? `${head}: ${figuresPhrase(quoted)}` : head),
        paragraph: paragraph.id,
        figures: quoted.map((f) => f.id),
        clauses: [],
      });
      continue;
    }
    for (const segment of segmentsOf(paragraph.text)) {
      const inSegment = own.filter((f) => f.source.start >= segment.start && f.source.end <= segment.end);
      if (inSegment.length > 0) {
        points.push({ text: sentence(figuresPhrase(inSegment)), paragraph: paragraph.id, figures: inSegment.map((f) => f.id), clauses: [] });
        continue;
      }
      if (introducesList(segment)) continue;
      const clauses = clausesOf(paragraph.text, segment);
      const english = clauses.map((c) => clauseEn(termbase, c.text));
      clauses.forEach((c, i) => {
        lookups.push({ kind: 'clause', zh: c.text, where: where(paragraph.id) });
        if (english[i] === undefined) missing.push(lookups.at(-1)!);
      });
      if (english.every((e) => e !== undefined)) points.push(prosePoint(paragraph.id, clauses, english as string[]));
    }
  }

  for (let i = 0; points.length < MIN_POINTS && i < leftover.length; i += FIGURES_PER_POINT) {
    const batch = leftover.slice(i, i + FIGURES_PER_POINT);
    const lead = role === 'plan' ? 'also planned' : 'also reported';
    points.push({ text: sentence(`${lead}: ${figuresPhrase(batch)}`), paragraph: batch[0]!.paragraph, figures: batch.map((f) => f.id), clauses: [] });
  }
  // A section of one long sentence (a closing exhortation) is cut at a clause boundary.
  for (let longest = longestProse(points); points.length < MIN_POINTS && longest; longest = longestProse(points)) {
    const { point, english } = longest;
    const half = Math.ceil(point.clauses.length / 2);
    points.splice(points.indexOf(point), 1, prosePoint(point.paragraph, point.clauses.slice(0, half), english.slice(0, half)), prosePoint(point.paragraph, point.clauses.slice(half), english.slice(half)));
  }
  const fillers = [
    { label: 'named', entries: termbase.names, accept: (k: string) => NAMED_KINDS.has(termbase.names.get(k)!.kind) },
    { label: 'policies cited', entries: termbase.policy, accept: () => true },
  ];
  for (const { label, entries, accept } of fillers) {
    if (points.length >= MIN_POINTS) break;
    const paragraph = section.paragraphs.find((p) => termsIn(p, entries, accept).length > 0);
    if (!paragraph) continue;
    const terms = termsIn(paragraph, entries, accept).slice(0, TERMS_PER_POINT);
    points.push({ text: sentence(`${label}: ${terms.map((t) => t.en).join('; ')}`), paragraph: paragraph.id, figures: [], clauses: terms.map((t) => t.span) });
  }
  const kept = withinLimit(points);

  const { lead, leadFigures } = composeLead(input, topics, properNouns, indicatorLabels);
  return {
    summary: {
      section: section.id,
      title_en: title ?? '',
      lead_en: lead,
      lead_figures: leadFigures.map((f) => f.id),
      points: kept,
      key_figures: figures.map((f) => f.id),
    },
    missing,
    lookups,
  };
}

/** Clause English kept with prose points, so that a long one can be cut at a clause boundary. */
const proseEnglish = new WeakMap<SummaryPoint, string[]>();

/** A point rendering prose: its clauses' English joined into one sentence. */
function prosePoint(paragraph: string, clauses: TextSpan[], english: string[]): SummaryPoint {
  const point = { text: sentence(english.join(', ')), paragraph, figures: [], clauses };
  proseEnglish.set(point, english);
  return point;
}

/** The prose point with the most clauses, if it has at least two. */
function longestProse(points: SummaryPoint[]): { point: SummaryPoint; english: string[] } | undefined {
  const candidates = points.filter((p) => (proseEnglish.get(p)?.length ?? 0) >= 2);
  const point = candidates.sort((a, b) => b.clauses.length - a.clauses.length)[0];
  return point && { point, english: proseEnglish.get(point)! };
}

/** Merges the second point into the first: one sentence, "; " between. */
function merged(into: SummaryPoint, next: SummaryPoint): SummaryPoint {
  return {
    text: `${into.text.replace(/\.$/, '')}; ${continuing(next.text)}`,
    paragraph: into.paragraph,
    figures: [...into.figures, ...next.figures],
    clauses: [...into.clauses, ...next.clauses],
  };
}

/**
 * At most six points, in reading order. Figures are what a summary is for, so points with figures
 * are kept (the last ones merged if they alone are too many) and prose points fill what is left.
 */
function withinLimit(points: SummaryPoint[]): SummaryPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const indexed = points.map((point, index) => ({ point, index }));
  const withFigures = indexed.filter(({ point }) => point.figures.length > 0);
  while (withFigures.length > MAX_POINTS) {
    const last = withFigures.pop()!;
    const previous = withFigures.pop()!;
    withFigures.push({ point: merged(previous.point, last.point), index: previous.index });
  }
  const prose = indexed.filter(({ point }) => point.figures.length === 0).slice(0, MAX_POINTS - withFigures.length);
  return [...withFigures, ...prose].sort((a, b) => a.index - b.index).map(({ point }) => point);
}

function composeLead(input: SectionInput, topics: string[], properNouns: ReadonlySet<string>, indicatorLabels: ReadonlySet<string>): { lead: string; leadFigures: FigureRecord[] } {
  const { year, role, section, figures } = input;
  const [first, second] = topics;
  if (first) {
    const both = second ? `${continuing(first, properNouns)} and ${continuing(second, properNouns)}` : continuing(first, properNouns);
    return { lead: role === 'plan' ? `In ${year}, the district aims to ${both}.` : `In ${year}, ${both}.`, leadFigures: [] };
  }
  const headline = byInterest(figures, indicatorLabels).slice(0, 2);
  if (headline.length > 0) {
    const phrases = headline.map(figurePhrase).join(' and ');
    return { lead: role === 'plan' ? `Main targets for ${year}: ${phrases}.` : `Headline results for ${year}: ${phrases}.`, leadFigures: headline };
  }
  const fallback: Record<PartRole, Record<Section['kind'], string>> = {
    review: {
      intro: `The plan's overview of ${year}.`,
      subsection: `What the plan reports for ${year}.`,
      closing: `The difficulties and problems the district still faced after ${year}, as the plan names them.`,
    },
    plan: {
      intro: `The general requirements for ${year}.`,
      subsection: `What the district plans for ${year}.`,
      closing: `The plan's closing call to achieve the targets set for ${year}.`,
    },
  };
  return { lead: fallback[role][section.kind], leadFigures: [] };
}
