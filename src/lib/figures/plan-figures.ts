/**
 * Every figure of a plan with its English, as the summaries and the ingest's charts both use
 * them: one function, so a chart never names a figure the published data lacks.
 */
import { figureRecord, type FigureRecord } from './figure-record.ts';
import type { Missing } from '../termbase/missing.ts';
import { extractFigures } from './figures.ts';
import type { ReadPlan } from '../plan/read-plans.ts';
import type { Termbase } from '../termbase/termbase.ts';

export interface PlanFigures {
  /** Figures whose label the termbase translates, in reading order. */
  figures: FigureRecord[];
  /** Figures whose label it does not (they are left out of summaries and charts). */
  missing: Missing[];
  /** Every figure label printed in the plan, translated or not. */
  labels: string[];
}

export function planFigures({ entry, plan }: Pick<ReadPlan, 'entry' | 'plan'>, termbase: Termbase): PlanFigures {
  const result: PlanFigures = { figures: [], missing: [], labels: [] };
  for (const part of plan.parts) {
    for (const section of part.sections) {
      for (const paragraph of section.paragraphs) {
        for (const figure of extractFigures(paragraph, { plan: entry.year, reviewsYear: entry.reviews_year, section: section.id, partRole: part.role })) {
          const record = figureRecord(figure, paragraph.text, termbase);
          result.labels.push(figure.label_zh);
          if ('where' in record) result.missing.push(record);
          else result.figures.push(record);
        }
      }
    }
  }
  result.figures = result.figures.map((figure) => (figure.from ? asChange(figure, result.figures.find((f) => f.id === figure.from)) : figure));
  return result;
}

/** The new level of a change printed `由 A 提升到 B`, in English as the change: "up from CNY 980 to CNY 1,010". */
function asChange(figure: FigureRecord, from: FigureRecord | undefined): FigureRecord {
  if (!from) return figure;
  const moved = /^(?:up|down) to (.*)$/.exec(figure.value_en);
  // The direction follows from the two printed values (`调整到` does not say which way).
  const way = figure.value > from.value ? 'up' : figure.value < from.value ? 'down' : 'unchanged';
  return { ...figure, value_en: `${way} from ${from.value_en} to ${moved ? moved[1] : figure.value_en}` };
}
