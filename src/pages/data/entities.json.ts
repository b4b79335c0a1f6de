/** `/data/entities.json`: every name the plans print, with its English, kind and mentions. */
import type { APIRoute } from 'astro';
import { mentionsWithUrls, renderings } from '../../data/rendering.ts';

export const GET: APIRoute = () => {
  const entities = renderings().entities.map((e) => ({ ...e, mentions: mentionsWithUrls(e.mentions) }));
  return new Response(`${JSON.stringify({ entities }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
