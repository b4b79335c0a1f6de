/** The English summary of a section as `content/summaries/<year>.json` stores it. */
import type { TextSpan } from './segments.ts';

export interface SummaryPoint {
  text: string;
  paragraph: string;
  figures: string[];
  /** Source clauses rendered in the text (for the numeric gate and for review). */
  clauses: TextSpan[];
}

export interface SectionSummary {
  section: string;
  title_en: string;
  lead_en: string;
  /** Figures quoted in the lead. */
  lead_figures: string[];
  /** Source clauses of the names the lead gives (for the numeric gate: `Unit 7` traces to `7号机组`). */
  lead_clauses: TextSpan[];
  points: SummaryPoint[];
  key_figures: string[];
}
