/** `/data/rendering.json`: every clause of every plan with its exact span, its English and what rendered it. */
import type { APIRoute } from 'astro';
import { renderings } from '../../data/rendering.ts';
import { paths } from '../../lib/site/site-paths.ts';

export const GET: APIRoute = () => {
  const plans = renderings().files.map((file) => ({
    plan: file.plan,
    coverage: file.coverage,
    sections: file.sections.map(({ section, paragraphs }) => ({
      section,
      url_en: paths.section('en', file.plan, section),
      paragraphs: paragraphs.map((p) => ({ id: p.id, segments: p.segments })),
    })),
  }));
  return new Response(`${JSON.stringify({ plans })}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
