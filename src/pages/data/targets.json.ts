/** `/data/targets.json`: every target a plan sets for its year, with the outcome the next plan reports and the verdict. */
import type { APIRoute } from 'astro';
import { publicFigure } from '../../data/figure-rows.ts';
import { getTargetOutcomes } from '../../data/indicators.ts';

export const GET: APIRoute = async () => {
  const targets = (await getTargetOutcomes()).map(({ target, outcome, status, better }) => ({
    plan: target.plan,
    period: target.period,
    indicator: target.indicator,
    status,
    better,
    target: publicFigure(target),
    outcome: outcome && publicFigure(outcome),
  }));
  return new Response(`${JSON.stringify({ targets }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
