/** What the memory lacks for a plan: each entry a generator needed and did not find, and where. */

/**
 * - section title, figure label: the pages need them; summarize refuses to write without them;
 * - clause: nothing renders it yet (a gap in the English);
 * - name: a name spelled in pinyin from its form, to be given a proper English name.
 */
export type MissingKind = 'section title' | 'figure label' | 'clause' | 'name';

export interface Missing {
  kind: MissingKind;
  zh: string;
  /** Where it was needed: `2021 1-3 p1-3-2`. */
  where: string;
  /** What the pipeline used meanwhile (a pinyin rendering), for the translator to confirm or replace. */
  suggestion?: string;
}
