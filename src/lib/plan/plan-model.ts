/**
 * The shape of a parsed plan. Pure data: produced by `parsePlan`, written to MDX by the ingest,
 * and read back by the summarizer and the pages.
 */

/**
 * Which year a part speaks of: a review reports on the previous year, a plan part sets this
 * year's targets and tasks. The kind and period of figures and the phrasing of the English turn
 * on it.
 */
export type PartRole = 'review' | 'plan';

/**
 * What a genre says a part holds: the review of the previous year, this year's targets, its
 * tasks and measures, or (in the notice plan) targets and tasks in one part.
 */
export type PartPurpose = 'review' | 'targets' | 'tasks' | 'targets-and-tasks';

export const ROLE_OF_PURPOSE: Readonly<Record<PartPurpose, PartRole>> = {
  review: 'review',
  targets: 'plan',
  tasks: 'plan',
  'targets-and-tasks': 'plan',
};

/** What a section is within its part. */
export type SectionKind = 'intro' | 'subsection' | 'closing';

export interface Paragraph {
  /** Stable anchor id, `p{part}-{section}-{n}`, e.g. `p1-3-2`. */
  id: string;
  /** Normalized text (page-break joins applied, PM2.5 in one form); otherwise verbatim. */
  text: string;
  /** 1-based line of the source where the paragraph starts. */
  line: number;
  /** Where each `一是…`, `二是…` point starts in the text, when the paragraph is made of points. */
  points?: number[];
}

export interface Section {
  /** Structural id `{part}-{index}`: `1-0` the intro of part one, `1-3` its third sub-section. */
  id: string;
  part: number;
  index: number;
  kind: SectionKind;
  /** The heading as printed, numbering included (`（一）着力强化疫情防控…`); absent for intro and closing. */
  heading_zh?: string;
  /** The numeral of a sub-section's heading as printed (`一`); absent for intro and closing. */
  numeral?: string;
  /** The title without numbering; for intro and closing an editorial title. */
  title_zh: string;
  /** Whether `title_zh` is editorial (not printed in the source). */
  title_editorial: boolean;
  paragraphs: Paragraph[];
}

export interface Part {
  index: number;
  /** The Chinese numeral of the heading (`一`). */
  numeral: string;
  role: PartRole;
  purpose: PartPurpose;
  /** The heading as printed (`一、2020 年国民经济和社会发展规划执行情况`). */
  heading_zh: string;
  title_zh: string;
  line: number;
  sections: Section[];
}

export type DecisionKind = 'genre' | 'numbering' | 'long-heading' | 'run-in-heading' | 'numbered-paragraph' | 'points' | 'closing';

/**
 * A choice the parser made where the text allows more than one reading: logged with the line and
 * the reason, so a reviewer can check it.
 */
export interface Decision {
  kind: DecisionKind;
  /** 1-based source line it concerns. */
  line: number;
  /** What was decided and why. */
  note: string;
}
