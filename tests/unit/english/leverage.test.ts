import { describe, expect, it } from 'vitest';
import { measureLeverage, restrictedTermbase } from '../../../src/lib/english/leverage.ts';
import { coverageOf, renderPlan } from '../../../src/lib/english/render-plan.ts';
import { planFigures } from '../../../src/lib/figures/plan-figures.ts';
import { readPlans } from '../../../src/lib/plan/read-plans.ts';
import { sourceFilesIn } from '../../../src/lib/plan/source-files.ts';
import { loadTermbase } from '../../../src/lib/termbase/termbase.ts';

const plans = readPlans(sourceFilesIn('content/sources'));
const termbase = loadTermbase('content/termbase');

describe('leave-one-year-out leverage', () => {
  it('keeps a plan rendered as before when the memory is cut to the entries it uses', () => {
    const plan = plans.find((p) => p.entry.year === 2022)!;
    const full = coverageOf(renderPlan(plan, planFigures(plan, termbase).figures, termbase));
    const used = new Set<string>();
    for (const section of renderPlan(plan, planFigures(plan, termbase).figures, termbase).sections) {
      for (const paragraph of section.paragraphs) for (const segment of paragraph.segments) for (const entry of segment.entries) used.add(entry);
    }
    for (const figure of planFigures(plan, termbase).figures) used.add(`labels.yaml:${figure.label_zh}`);
    const cut = restrictedTermbase(termbase, used);
    expect(coverageOf(renderPlan(plan, planFigures(plan, cut).figures, cut))).toEqual(full);
  });

  it('measures each plan with the other plan’s memory, both ways, and renders less than with the whole memory', () => {
    const measured = measureLeverage(plans, termbase);
    expect(measured.map((l) => [l.from, l.to])).toEqual([
      [2021, 2022],
      [2022, 2021],
    ]);
    for (const { coverage, entries } of measured) {
      expect(coverage.missing).toBeGreaterThan(0);
      expect(entries.used).toBeLessThan(entries.total);
    }
  });
});
