/**
 * A whole plan in English, paragraph by paragraph, with what rendered it and what is still
 * missing. Coverage is counted in Han characters of the clauses, since that is what a reader of
 * the original reads; a clause counts as rendered when anything in the memory, or its figures,
 * gave it English.
 */
import type { FigureRecord } from '../figures/figure-record.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import type { Termbase } from '../termbase/termbase.ts';
import type { ClauseGrammar } from './clause-grammar.ts';
import { buildLexicon } from './lexicon.ts';
import { renderParagraph, type RenderedParagraph, type Via } from './render-paragraph.ts';

export interface RenderedSection {
  section: string;
  paragraphs: RenderedParagraph[];
}

export interface RenderedPlan {
  plan: number;
  sections: RenderedSection[];
}

export type Coverage = Record<Via | 'missing', number>;

const HAN = /\p{Script=Han}/gu;
export const hanCount = (text: string) => text.match(HAN)?.length ?? 0;

/** The grammar a termbase gives: its lexicon and the memory's rules. */
export function grammarOf(termbase: Termbase): ClauseGrammar {
  return { lexicon: buildLexicon(termbase), ...termbase.memory };
}

export function renderPlan({ entry, plan }: Pick<ReadPlan, 'entry' | 'plan'>, figures: readonly FigureRecord[], termbase: Termbase, grammar: ClauseGrammar = grammarOf(termbase)): RenderedPlan {
  const byParagraph = new Map<string, FigureRecord[]>();
  for (const figure of figures) byParagraph.set(figure.paragraph, [...(byParagraph.get(figure.paragraph) ?? []), figure]);
  return {
    plan: entry.year,
    sections: plan.parts.flatMap((part) =>
      part.sections.map((section) => ({
        section: section.id,
        paragraphs: section.paragraphs.map((paragraph) => renderParagraph(paragraph, byParagraph.get(paragraph.id) ?? [], { role: part.role, grammar, termbase })),
      })),
    ),
  };
}

/** Han characters of a rendered plan by what rendered them. */
export function coverageOf(rendered: RenderedPlan): Coverage {
  const coverage: Coverage = { template: 0, composed: 0, exact: 0, figures: 0, missing: 0 };
  for (const section of rendered.sections) {
    for (const paragraph of section.paragraphs) {
      for (const segment of paragraph.segments) coverage[segment.via ?? 'missing'] += hanCount(segment.zh);
    }
  }
  return coverage;
}
