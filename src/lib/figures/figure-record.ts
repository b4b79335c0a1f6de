/**
 * A figure with its English, as published in `/data/figures.json`: the label from the termbase,
 * the value written by `figure-english.ts`, and the tracked indicator it is a value of.
 */
import { figureValueEnglish } from './figure-english.ts';
import type { Figure } from './figures.ts';
import { indicatorOf } from './indicator-match.ts';
import type { Missing } from '../termbase/missing.ts';
import { labelEn, type Termbase } from '../termbase/termbase.ts';

export interface FigureRecord extends Figure {
  label_en: string;
  /** The value in English (`CNY 13.28 billion`, `up 6.6%`): the only source of numbers in summaries. */
  value_en: string;
  /** Whether the value counts things (`209 suspected cases`) rather than measures them. */
  counts: boolean;
  /** The tracked indicator (`indicators.yaml` id) the figure is a value of, if any. */
  indicator: string | null;
}

/** A figure's English record, or the label missing from the termbase. */
export function figureRecord(figure: Figure, paragraphText: string, termbase: Termbase): FigureRecord | Missing {
  const label = labelEn(termbase, figure.label_zh);
  if (!label) return { kind: 'figure label', zh: figure.label_zh, where: `${figure.plan} ${figure.section} ${figure.paragraph}` };
  const english = figureValueEnglish(figure, paragraphText.slice(Math.max(0, figure.source.start - 3), figure.source.start));
  return { ...figure, label_en: label.en, value_en: english.value, counts: english.counts, indicator: indicatorOf({ ...figure, counts: english.counts }, termbase) };
}
