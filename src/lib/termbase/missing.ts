/** What the termbase lacks for a plan: each term a generator needed and did not find, and where. */

export type MissingKind = 'section title' | 'topic phrase' | 'figure label' | 'clause';

export interface Missing {
  kind: MissingKind;
  zh: string;
  /** Where it was needed: `2021 1-3 p1-3-2`. */
  where: string;
}
