/**
 * The public URL scheme (see DESIGN.md, "Public URLs"): paths relative to the site's base, so the
 * same pages work at `/` and under any mirror's sub-path. Archivists and investors link to these;
 * changing one breaks their links.
 */
export type SiteLang = 'zh' | 'en';

export const paths = {
  home: (lang: SiteLang) => `${lang}/`,
  plan: (lang: SiteLang, year: number) => `${lang}/${year}/`,
  section: (lang: SiteLang, year: number, sectionId: string) => `${lang}/${year}/${sectionId}/`,
  source: (file: string) => `sources/${file}`,
  plansData: () => 'data/plans.json',
  figuresData: (format: 'json' | 'csv') => `data/figures.${format}`,
  summariesData: () => 'data/summaries.json',
};

/** Prefixes a base-relative path with the configured base (`/` or `/mirror/xiqing/`). */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
