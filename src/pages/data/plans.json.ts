/**
 * `/data/plans.json`: every plan with its metadata, the SHA-256 of its source, and its sections
 * with titles and URLs in both languages. URLs are relative to the site's base so a mirror under
 * any sub-path serves a correct file.
 */
import type { APIRoute } from 'astro';
import { getPlans, partTitle, planFacts, sectionTitle } from '../../data/plans.ts';
import { paths } from '../../lib/site/site-paths.ts';

export const GET: APIRoute = async () => {
  const plans = await getPlans();
  const data = {
    plans: plans.map((plan) => {
      const { year, entry, sections } = plan;
      const { district, city, title_zh, reviews_year, notice, report, source, parts } = entry.data;
      const facts = planFacts(plan);
      return {
        year,
        district,
        city,
        title_zh,
        reviews_year,
        issuer_zh: facts.issuer_zh,
        issued: facts.issued,
        ...(notice ? { approved_by_zh: notice.approved_by_zh } : { presented_to_zh: report!.presented_to_zh }),
        source: { file: source.file, url: paths.source(source.file), sha256: source.sha256, bytes: source.bytes },
        url_zh: paths.plan('zh', year),
        url_en: paths.plan('en', year),
        parts: parts.map((p) => ({ index: p.index, role: p.role, title_zh: p.title_zh, title_en: partTitle(p, 'en') ?? null })),
        sections: sections.map((s) => ({
          id: s.data.id,
          part: s.data.part,
          index: s.data.index,
          kind: s.data.kind,
          title_zh: s.data.title_zh,
          title_en: sectionTitle(s, 'en') ?? null,
          url_zh: paths.section('zh', year, s.data.id),
          url_en: paths.section('en', year, s.data.id),
        })),
      };
    }),
  };
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
