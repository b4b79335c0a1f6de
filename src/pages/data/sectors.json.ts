/** `/data/sectors.json`: the priority sectors, their printed forms and English, and their mentions. */
import type { APIRoute } from 'astro';
import { mentionsWithUrls, renderings } from '../../data/rendering.ts';

export const GET: APIRoute = () => {
  const sectors = renderings().sectors.map((s) => ({ ...s, mentions: mentionsWithUrls(s.mentions) }));
  return new Response(`${JSON.stringify({ sectors }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
