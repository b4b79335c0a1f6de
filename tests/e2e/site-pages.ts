/** Every page of the built site, listed from `/data/plans.json`, so new plans are tested without edits here. */
import { readDistJson } from './dist.ts';

export interface SitePage {
  path: string;
  lang: 'zh' | 'en';
  twin: string;
  kind: 'home' | 'plan' | 'section' | 'about' | 'indicators' | 'indicator' | 'targets' | 'search' | 'listing';
}

interface PlansData {
  plans: { year: number; url_zh: string; url_en: string; sections: { url_zh: string; url_en: string }[] }[];
}

interface IndicatorsData {
  indicators: { url_zh: string; url_en: string }[];
}

interface TargetsData {
  targets: { plan: number }[];
}

export function sitePages(): SitePage[] {
  const data = readDistJson<PlansData>('data/plans.json');
  const { indicators } = readDistJson<IndicatorsData>('data/indicators.json');
  const targetYears = [...new Set(readDistJson<TargetsData>('data/targets.json').targets.map((t) => t.plan))];
  const pairs: [string, string, SitePage['kind']][] = [
    ['zh/', 'en/', 'home'],
    ['zh/about/', 'en/about/', 'about'],
    ['zh/search/', 'en/search/', 'search'],
    ['zh/indicators/', 'en/indicators/', 'indicators'],
    ['zh/targets/', 'en/targets/', 'targets'],
    ...targetYears.map((year) => [`zh/targets/${year}/`, `en/targets/${year}/`, 'targets'] as [string, string, SitePage['kind']]),
    ['zh/projects/', 'en/projects/', 'listing'],
    ['zh/sectors/', 'en/sectors/', 'listing'],
    ['zh/glossary/', 'en/glossary/', 'listing'],
    ...data.plans.map((p) => [`zh/projects/${p.year}/`, `en/projects/${p.year}/`, 'listing'] as [string, string, SitePage['kind']]),
    ...data.plans.map((p) => [`zh/about/${p.year}/`, `en/about/${p.year}/`, 'about'] as [string, string, SitePage['kind']]),
    ...indicators.map((i) => [i.url_zh, i.url_en, 'indicator'] as [string, string, SitePage['kind']]),
    ...data.plans.flatMap((p) => [[p.url_zh, p.url_en, 'plan'] as [string, string, SitePage['kind']], ...p.sections.map((s) => [s.url_zh, s.url_en, 'section'] as [string, string, SitePage['kind']])]),
  ];
  return pairs.flatMap(([zh, en, kind]) => [
    { path: zh, lang: 'zh' as const, twin: en, kind },
    { path: en, lang: 'en' as const, twin: zh, kind },
  ]);
}
