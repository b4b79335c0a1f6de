/** `/data/glossary.json`: the policy terms with their English, explanation and mentions. */
import type { APIRoute } from 'astro';
import { mentionsWithUrls, renderings } from '../../data/rendering.ts';

export const GET: APIRoute = () => {
  const terms = renderings().terms.map((t) => ({ ...t, mentions: mentionsWithUrls(t.mentions) }));
  return new Response(`${JSON.stringify({ terms }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
