/**
 * The gate between composed English and the published site: every number in a summary must
 * trace to a figure of its own section (or to the Chinese clause it renders, or to the years the
 * section is about), and no CJK character may stand in English prose. Summarize refuses to write,
 * and the build refuses to publish, a summary that fails.
 */
import { CJK } from '../cjk.ts';
import type { FigureRecord } from '../figures/figure-record.ts';
import { numbersIn, numbersInChinese } from './number-trace.ts';
import type { SectionSummary } from './summary-model.ts';

export interface GateViolation {
  plan: number;
  section: string;
  problem: string;
}

export interface GateContext {
  plan: number;
  /** Years a section may name: the plan's and the reviewed year. */
  years: number[];
  /** The section's figures by id. */
  figures: ReadonlyMap<string, FigureRecord>;
  /** The section's Chinese title (an English title may repeat its year). */
  titleZh: string;
}

export function checkSummary(summary: SectionSummary, context: GateContext): GateViolation[] {
  const violations: GateViolation[] = [];
  const fail = (problem: string) => violations.push({ plan: context.plan, section: summary.section, problem });
  const years = context.years.map(String);

  const check = (where: string, text: string, figureIds: string[], sources: string[]) => {
    if (CJK.test(text)) fail(`${where}: a CJK character in English: "${text.match(CJK)![0]}"`);
    const allowed = new Set([...years, ...sources.flatMap(numbersInChinese)]);
    for (const id of figureIds) {
      const figure = context.figures.get(id);
      if (!figure) fail(`${where}: figure ${id} is not a figure of this section`);
      else for (const n of numbersIn(figure.value_en)) allowed.add(n);
    }
    for (const n of numbersIn(text)) if (!allowed.has(n)) fail(`${where}: the number ${n} does not trace to a figure of this section`);
  };

  check('title_en', summary.title_en, [], [context.titleZh]);
  check('lead_en', summary.lead_en, summary.lead_figures, (summary.lead_clauses ?? []).map((c) => c.text));
  summary.points.forEach((point, i) => check(`point ${i + 1}`, point.text, point.figures, point.clauses.map((c) => c.text)));
  return violations;
}
