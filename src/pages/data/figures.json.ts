/** `/data/figures.json`: every figure extracted from the plans, with its English and its source span. */
import type { APIRoute } from 'astro';
import { publicFigure } from '../../data/figure-rows.ts';
import { getSummaries } from '../../data/summaries.ts';

export const GET: APIRoute = async () => {
  const figures = (await getSummaries()).flatMap((s) => s.figures.map(publicFigure));
  return new Response(`${JSON.stringify({ figures }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
