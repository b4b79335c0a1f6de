/** Links for pages: the public path scheme under the configured base. */
import { paths, withBase, type SiteLang } from '../lib/site-paths.ts';

const at = (path: string) => withBase(import.meta.env.BASE_URL, path);

export const href = {
  root: () => at(''),
  home: (lang: SiteLang) => at(paths.home(lang)),
  plan: (lang: SiteLang, year: number) => at(paths.plan(lang, year)),
  section: (lang: SiteLang, year: number, sectionId: string) => at(paths.section(lang, year, sectionId)),
  source: (file: string) => at(paths.source(file)),
  plansData: () => at(paths.plansData()),
  figuresData: (format: 'json' | 'csv') => at(paths.figuresData(format)),
  summariesData: () => at(paths.summariesData()),
  favicon: () => at('favicon.svg'),
};
