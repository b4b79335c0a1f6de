/** `/data/indicators.json`: every tracked indicator of the registry with its values across the plans. */
import type { APIRoute } from 'astro';
import { publicFigure } from '../../data/figure-rows.ts';
import { getTrackedIndicators } from '../../data/indicators.ts';
import { paths } from '../../lib/site/site-paths.ts';

export const GET: APIRoute = async () => {
  const indicators = (await getTrackedIndicators()).map(({ id, indicator, points, latest }) => ({
    id,
    name_zh: indicator.zh[0],
    names_zh: indicator.zh,
    name_en: indicator.en,
    unit: indicator.unit,
    better: indicator.better,
    url_zh: paths.indicator('zh', id),
    url_en: paths.indicator('en', id),
    latest: latest.id,
    points: points.map(publicFigure),
  }));
  return new Response(`${JSON.stringify({ indicators }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
