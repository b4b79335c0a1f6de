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
  search: (lang: SiteLang) => `${lang}/search/`,
  searchBundle: () => 'pagefind/',
  about: (lang: SiteLang) => `${lang}/about/`,
  aboutPlan: (lang: SiteLang, year: number) => `${lang}/about/${year}/`,
  source: (file: string) => `sources/${file}`,
  plansData: () => 'data/plans.json',
  figuresData: (format: 'json' | 'csv') => `data/figures.${format}`,
  summariesData: () => 'data/summaries.json',
  indicators: (lang: SiteLang) => `${lang}/indicators/`,
  indicator: (lang: SiteLang, id: string) => `${lang}/indicators/${id}/`,
  targets: (lang: SiteLang) => `${lang}/targets/`,
  targetsOfYear: (lang: SiteLang, year: number) => `${lang}/targets/${year}/`,
  indicatorsData: () => 'data/indicators.json',
  targetsData: () => 'data/targets.json',
  projects: (lang: SiteLang) => `${lang}/projects/`,
  projectsOfYear: (lang: SiteLang, year: number) => `${lang}/projects/${year}/`,
  sectors: (lang: SiteLang) => `${lang}/sectors/`,
  glossary: (lang: SiteLang) => `${lang}/glossary/`,
  renderingData: () => 'data/rendering.json',
  entitiesData: () => 'data/entities.json',
  sectorsData: () => 'data/sectors.json',
  glossaryData: () => 'data/glossary.json',
  sitemap: () => 'sitemap.xml',
  /** The mirror's fixity manifest (`sha256sum -c` format), written after the build. */
  checksums: () => 'SHA256SUMS',
  /** The whole site as a WACZ web archive, packed after the build (`npm run archive`). */
  archive: () => 'archive/xiqing-plans.wacz',
};

/** Prefixes a base-relative path with the configured base (`/` or `/mirror/xiqing/`). */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
