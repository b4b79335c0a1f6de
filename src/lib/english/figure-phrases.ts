/**
 * Figures as English phrases, for clauses the memory renders from their figures alone and for
 * summary points: "209 suspected cases", "GRP up 0.5% (est.)", "tax revenue of CNY 13.28 billion".
 */
import type { FigureRecord } from '../figures/figure-record.ts';

/**
 * A figure as a phrase: "209 suspected cases", "GRP up 0.5% (est.)", "tax revenue of CNY 13.28
 * billion", "services as a share of GRP: 55.8%" (a share or rate reads badly with "of").
 */
export function figurePhrase(figure: FigureRecord): string {
  const estimate = figure.kind === 'estimate' ? ' (est.)' : figure.kind === 'reference' ? ' (reference)' : '';
  if (figure.counts) return `${figure.value_en} ${figure.label_en}${estimate}`;
  // A label that names the change ("GRP growth") takes its value after a colon: "GRP growth: up 6.6%".
  if (figure.direction && /(?:增长|下降)$/.test(figure.label_zh)) return `${figure.label_en}: ${figure.value_en}${estimate}`;
  if (figure.direction) return `${figure.label_en} ${figure.value_en}${estimate}`;
  const joiner = figure.unit === 'percent' || figure.unit === 'pp' ? ': ' : ' of ';
  return `${figure.label_en}${joiner}${figure.value_en}${estimate}`;
}

/**
 * Several figures as one phrase, "; " between them. A measure that repeats the previous label
 * gives only its value ("retail sales of CNY 21.3 billion (est.), up 15% (est.)").
 */
export function figuresPhrase(figures: FigureRecord[]): string {
  return figures
    .map((f, i) => {
      const previous = figures[i - 1];
      if (!previous || previous.label_en !== f.label_en || f.counts) return `${i === 0 ? '' : '; '}${figurePhrase(f)}`;
      return `, ${f.value_en}${f.kind === 'estimate' ? ' (est.)' : ''}`;
    })
    .join('');
}
