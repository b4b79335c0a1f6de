/**
 * What the memory lacks, as YAML stubs a translator fills and pastes into `content/termbase/`:
 * titles and figure labels the pages need; for every clause nothing renders, a template with
 * its figures, years and names already made placeables, and the noun phrase left over after a
 * known adverb and verb (often all a clause needs); the same for clauses only their figures
 * render; and names spelled in pinyin, to confirm or replace. Stubs are printed, never written: the translator decides.
 */
import { stringify } from 'yaml';
import type { FigureRecord } from '../figures/figure-record.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import type { MissingKind } from '../termbase/missing.ts';
import type { Termbase } from '../termbase/termbase.ts';
import { compact, type Lexicon } from './lexicon.ts';
import { grammarOf } from './render-plan.ts';
import type { SummarizeResult } from './summarize-plans.ts';
import type { XliffClause } from './xliff.ts';

const STUB_FILES: Record<MissingKind, string> = { 'section title': 'sections.yaml', 'figure label': 'labels.yaml', clause: 'templates.yaml', name: 'names.yaml' };

/** A clause with its figures, years and names as placeables: the template a translator starts from. */
export function suggestedTemplate(zh: string, figures: readonly { start: number; end: number; counts: boolean }[], lexicon: Lexicon): string {
  const spans: { start: number; end: number; slot: string }[] = [];
  for (const f of [...figures].sort((a, b) => a.start - b.start)) spans.push({ start: f.start, end: f.end, slot: f.counts ? `count` : 'figure' });
  for (const match of zh.matchAll(/[12]\d{3}(?=\s*年)/g)) spans.push({ start: match.index, end: match.index + match[0].length, slot: 'year' });
  for (let i = 0; i < zh.length; i++) {
    if (spans.some((s) => i >= s.start && i < s.end)) continue;
    for (let length = Math.min(lexicon.longest, zh.length - i); length > 1; length--) {
      const entry = lexicon.get(compact(zh.slice(i, i + length)));
      if (entry?.ref?.kind === 'entity' && !spans.some((s) => i < s.end && i + length > s.start)) {
        spans.push({ start: i, end: i + length, slot: 'np' });
        i += length - 1;
        break;
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const used = new Map<string, number>();
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += zh.slice(at, span.start);
    const n = (used.get(span.slot) ?? 0) + 1;
    used.set(span.slot, n);
    out += `{${span.slot}${spans.filter((s) => s.slot === span.slot).length > 1 ? n : ''}}`;
    at = span.end;
  }
  return compact(out + zh.slice(at));
}

/** The noun phrase left after known adverbs and a known verb: what nouns.yaml may lack. */
export function leftoverNounPhrase(zh: string, termbase: Pick<Termbase, 'memory'>): { verb: string; rest: string } | undefined {
  const literalStart = (rule: { tokens: ({ literal: string } | { slot: string })[] }) => {
    const first = rule.tokens[0];
    return first && 'literal' in first && rule.tokens.length === 2 && 'slot' in rule.tokens[1]! ? compact(first.literal) : undefined;
  };
  const adverbs = termbase.memory.modifiers.map(literalStart).filter((s): s is string => Boolean(s)).sort((a, b) => b.length - a.length);
  const verbs = termbase.memory.verbs.map(literalStart).filter((s): s is string => Boolean(s)).sort((a, b) => b.length - a.length);
  let rest = compact(zh);
  for (let changed = true; changed; ) {
    changed = false;
    const adverb = adverbs.find((a) => rest.startsWith(a) && rest.length > a.length + 1);
    if (adverb) {
      rest = rest.slice(adverb.length);
      changed = true;
    }
  }
  const verb = verbs.find((v) => rest.startsWith(v) && rest.length > v.length);
  return verb ? { verb, rest: rest.slice(verb.length) } : undefined;
}

export function missingReport(result: SummarizeResult, plans: readonly ReadPlan[], termbase: Termbase, dir: string): string {
  const lines: string[] = [];
  const lexicon = grammarOf(termbase).lexicon;
  for (const kind of ['section title', 'figure label', 'name'] as const) {
    const entries = [...new Map(result.missing.filter((m) => m.kind === kind).map((m) => [m.zh, m])).values()];
    if (entries.length === 0) continue;
    lines.push(`# ${dir}/${STUB_FILES[kind]}: ${entries.length} missing ${kind}s`);
    for (const m of entries) {
      const value = kind === 'name' ? { en: m.suggestion, kind: '' } : '';
      lines.push(`${stringify({ [m.zh]: value }, { collectionStyle: 'flow' }).trim()}  # ${m.where}${kind === 'name' ? ': spelled in pinyin; give its English name and kind' : ''}`);
    }
  }
  const clauses: string[] = [];
  const byFigures: string[] = [];
  for (const clause of clausesToTranslate(result)) {
    const template = suggestedTemplate(clause.zh, clause.figures, lexicon);
    const leftover = leftoverNounPhrase(clause.zh, termbase);
    const hint = leftover ? `; or nouns.yaml: ${leftover.rest} (after ${leftover.verb})` : '';
    const stub = `${stringify({ [template]: '' }).trim()}  # ${clause.where}${hint}`;
    (clause.rendered ? byFigures : clauses).push(stub);
  }
  if (clauses.length > 0) lines.push(`# ${dir}/${STUB_FILES.clause}: ${clauses.length} clauses nothing renders (or a verb frame in verbs.yaml, a noun in nouns.yaml)`, ...clauses);
  if (byFigures.length > 0) lines.push(`# ${dir}/${STUB_FILES.clause}: ${byFigures.length} clauses rendered from their figures alone, which a template would say better`, ...byFigures);
  if (lines.length === 0) lines.push(`# nothing missing in ${plans.length} plans`);
  return lines.join('\n');
}

/**
 * Every clause a translator should give English: those nothing renders, then those only their
 * figures render; each once, with its figures by span in the clause (for stubs and XLIFF).
 */
export function clausesToTranslate(result: Pick<SummarizeResult, 'rendered' | 'summaries'>): (XliffClause & { rendered: boolean })[] {
  const figuresOf = new Map<number, FigureRecord[]>(result.summaries.map((s) => [s.plan, s.figures]));
  const seen = new Set<string>();
  const found: (XliffClause & { rendered: boolean })[] = [];
  for (const rendered of result.rendered) {
    for (const section of rendered.sections) {
      for (const paragraph of section.paragraphs) {
        for (const segment of paragraph.segments) {
          if ((segment.en !== null && segment.via !== 'figures') || seen.has(segment.zh)) continue;
          seen.add(segment.zh);
          const figures = (figuresOf.get(rendered.plan) ?? [])
            .filter((f) => f.paragraph === paragraph.id && f.source.start >= segment.start && f.source.end <= segment.end)
            .map((f) => ({ start: f.source.start - segment.start, end: f.source.end - segment.start, counts: f.counts }));
          found.push({ id: `${rendered.plan}-${paragraph.id}-${segment.start}`, where: `${rendered.plan} ${section.section} ${paragraph.id}`, zh: segment.zh, figures, rendered: segment.en !== null });
        }
      }
    }
  }
  return found.sort((a, b) => Number(a.rendered) - Number(b.rendered));
}
