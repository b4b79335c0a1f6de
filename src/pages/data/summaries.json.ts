/** `/data/summaries.json`: the English summary of every section, each point linked to its figures and paragraph. */
import type { APIRoute } from 'astro';
import { getSummaries } from '../../data/summaries.ts';
import { paths } from '../../lib/site/site-paths.ts';

export const GET: APIRoute = async () => {
  const summaries = (await getSummaries()).flatMap(({ plan, sections }) =>
    sections.map((s) => ({
      plan,
      section: s.section,
      url_en: paths.section('en', plan, s.section),
      title_en: s.title_en,
      lead_en: s.lead_en,
      points: s.points.map((p) => ({ text: p.text, paragraph: p.paragraph, figures: p.figures })),
      key_figures: s.key_figures,
    })),
  );
  return new Response(`${JSON.stringify({ summaries }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
