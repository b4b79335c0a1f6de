/**
 * The shape of a parsed plan. Pure data: produced by `parsePlan`, written to MDX by the ingest,
 * and read back by the summarizer and the pages.
 */

/** The genre's two parts: the first reviews the previous year, the second plans this one. */
export type PartRole = 'review' | 'plan';

/** What a section is within its part. */
export type SectionKind = 'intro' | 'subsection' | 'closing';

export interface Paragraph {
  /** Stable anchor id, `p{part}-{section}-{n}`, e.g. `p1-3-2`. */
  id: string;
  /** Normalized text (page-break joins applied, PM2.5 in one form); otherwise verbatim. */
  text: string;
  /** 1-based line of the source where the paragraph starts. */
  line: number;
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
  /** The heading as printed (`一、2020 年国民经济和社会发展规划执行情况`). */
  heading_zh: string;
  title_zh: string;
  line: number;
  sections: Section[];
}
