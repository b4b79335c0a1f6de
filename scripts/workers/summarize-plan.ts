/**
 * A worker thread of `npm run summarize` (see src/lib/cli/worker-pool.ts): given the termbase
 * the command loaded, summarizes each plan it is handed.
 */
import { serveWorker } from '../../src/lib/cli/worker-pool.ts';
import { grammarOf } from '../../src/lib/english/render-plan.ts';
import { summarizePlan, type PlanOutcome } from '../../src/lib/english/summarize-plans.ts';
import type { ReadPlan } from '../../src/lib/plan/read-plans.ts';
import type { Termbase } from '../../src/lib/termbase/termbase.ts';

serveWorker<ReadPlan, PlanOutcome>((termbase: Termbase) => {
  const grammar = grammarOf(termbase);
  return (read) => summarizePlan(read, termbase, grammar);
});
