/** Links for pages: the public path scheme under the configured base. */
import { paths, withBase, type SiteLang } from '../lib/site/site-paths.ts';

const at = (path: string) => withBase(import.meta.env.BASE_URL, path);

/**
 * A paragraph's anchor on a section page of the language: the Chinese keeps the id the ingest
 * gives it (`p2-1-3`); its English twin on the English page is `en-p2-1-3`.
 */
export const paragraphAnchor = (lang: SiteLang, paragraph: string) => (lang === 'en' ? `en-${paragraph}` : paragraph);

export const href = {
  root: () => at(''),
  home: (lang: SiteLang) => at(paths.home(lang)),
  plan: (lang: SiteLang, year: number) => at(paths.plan(lang, year)),
  section: (lang: SiteLang, year: number, sectionId: string) => at(paths.section(lang, year, sectionId)),
  paragraph: (lang: SiteLang, year: number, sectionId: string, paragraph: string) => `${at(paths.section(lang, year, sectionId))}#${paragraphAnchor(lang, paragraph)}`,
  search: (lang: SiteLang) => at(paths.search(lang)),
  searchBundle: () => at(paths.searchBundle()),
  about: (lang: SiteLang) => at(paths.about(lang)),
  aboutPlan: (lang: SiteLang, year: number) => at(paths.aboutPlan(lang, year)),
  source: (file: string) => at(paths.source(file)),
  plansData: () => at(paths.plansData()),
  figuresData: (format: 'json' | 'csv') => at(paths.figuresData(format)),
  summariesData: () => at(paths.summariesData()),
  indicators: (lang: SiteLang) => at(paths.indicators(lang)),
  indicator: (lang: SiteLang, id: string) => at(paths.indicator(lang, id)),
  targets: (lang: SiteLang) => at(paths.targets(lang)),
  targetsOfYear: (lang: SiteLang, year: number) => at(paths.targetsOfYear(lang, year)),
  indicatorsData: () => at(paths.indicatorsData()),
  targetsData: () => at(paths.targetsData()),
  projects: (lang: SiteLang) => at(paths.projects(lang)),
  projectsOfYear: (lang: SiteLang, year: number) => at(paths.projectsOfYear(lang, year)),
  sectors: (lang: SiteLang) => at(paths.sectors(lang)),
  glossary: (lang: SiteLang) => at(paths.glossary(lang)),
  renderingData: () => at(paths.renderingData()),
  entitiesData: () => at(paths.entitiesData()),
  sectorsData: () => at(paths.sectorsData()),
  glossaryData: () => at(paths.glossaryData()),
  sitemap: () => at(paths.sitemap()),
  checksums: () => at(paths.checksums()),
  archive: () => at(paths.archive()),
  favicon: () => at('favicon.svg'),
};
