/**
 * Cache keys of the pages, for Astro's incremental build (`experimental.incrementalBuild`):
 * Astro copies a page from the previous build instead of rendering it when the page's key and
 * the code it runs (its module graph, which Astro hashes, i18n strings included) are what they
 * were. So a key must change whenever anything the page shows changes, and should change for
 * nothing else, or one plan's edit would render every page again.
 *
 * What a page reads, outside its code:
 * - its plan's files: the MDX of every section (titles for the pager and the contents), the
 *   summaries and figures, the English rendering (`planFiles`);
 * - from the termbase, directly: the English titles of its plan's sections and parts and the
 *   English name of its issuer (`planTerms`), and the priority sectors a growth chart names its
 *   bars by (`sectors`); everything else the termbase decides reaches the pages through the
 *   generated files above, or through the indicator series;
 * - across plans: the series charts the ingest placed in its MDX, in the plan's window of years
 *   (`series`), and the names and terms every English paragraph links to, merged over all plans
 *   (`names`).
 * A component that reads anything else must add it here; tests/scale/incremental-build.test.ts
 * edits a plan's source, an indicator's name and a section title and requires the incremental
 * build to equal a full one.
 */
import { contentPath } from '../lib/content-root.ts';
import { digest, filesDigest } from '../lib/digest.ts';
import type { Lang } from '../i18n/index.ts';
import { seriesWindow } from '../lib/charts/series-window.ts';
import { seriesChart } from './charts.ts';
import { partTitle, planFacts, sectionTitle, type PlanView, type SectionEntry } from './plans.ts';
import { renderings } from './rendering.ts';
import { englishName, sectorRegistry } from './termbase.ts';
import type { TrackedIndicator } from './indicators.ts';

/** Changes when what the keys cover changes, so that keys of an earlier scheme never match. */
const KEY_SCHEME = '2';

const planFileDigests = new Map<number, string>();

/** The generated files of a plan: its MDX, its summaries and figures, its English rendering. */
function planFiles(year: number): string {
  let found = planFileDigests.get(year);
  if (found === undefined) {
    const root = contentPath();
    found = filesDigest([contentPath('plans', String(year)), contentPath('summaries', `${year}.json`), contentPath('summaries', `${year}.rendering.json`)], root);
    planFileDigests.set(year, found);
  }
  return found;
}

/** What the termbase gives a plan's pages directly: English titles of its sections and parts, its issuer's English name. */
function planTerms(plan: PlanView): string {
  return JSON.stringify({
    sections: plan.sections.map((s) => sectionTitle(s, 'en') ?? null),
    parts: plan.entry.data.parts.map((p) => partTitle(p, 'en') ?? null),
    issuer: englishName(planFacts(plan).issuer_zh) ?? null,
  });
}

let namesDigest: string | undefined;

/** The names, sectors and terms of every plan as merged for linking, without where each is mentioned. */
function names(): string {
  namesDigest ??= (() => {
    const { entities, sectors, terms } = renderings();
    const withoutMentions = <T extends { mentions: unknown }>(records: T[]) => JSON.stringify(records.map(({ mentions: _mentions, ...record }) => record));
    return digest(withoutMentions(entities), withoutMentions(sectors), withoutMentions(terms));
  })();
  return namesDigest;
}

const seriesDigests = new Map<string, Promise<string>>();

/** A series chart as a plan's pages draw it: in a language, within the plan's window of years. */
function series(indicator: string, plan: number, lang: Lang): Promise<string> {
  const key = `${lang} ${indicator} ${plan}`;
  let found = seriesDigests.get(key);
  if (!found) {
    found = seriesChart(indicator, lang, seriesWindow(plan)).then((spec) => digest(JSON.stringify(spec)));
    seriesDigests.set(key, found);
  }
  return found;
}

let sectorsDigest: string | undefined;

/** The priority sectors, whose names label a growth chart's bars. */
function sectors(): string {
  sectorsDigest ??= digest(JSON.stringify([...sectorRegistry()]));
  return sectorsDigest;
}

const INDICATOR_CHART = /<IndicatorChart indicator=\{("(?:[^"\\]|\\.)*")\} plan=\{(\d+)\}/g;
const GROWTH_CHART = /<FigureChart type=\{"growth"\}/;

/** What a section's charts read beyond its plan's files, from the chart components the ingest wrote into its MDX. */
function chartInputs(section: SectionEntry, lang: Lang): Promise<string>[] {
  const body = section.body;
  if (body === undefined) throw new Error(`section ${section.id}: its MDX has no body to find its charts in`);
  const inputs = [...body.matchAll(INDICATOR_CHART)].map(([, indicator, plan]) => series(JSON.parse(indicator!) as string, Number(plan), lang));
  return GROWTH_CHART.test(body) ? [...inputs, Promise.resolve(sectors())] : inputs;
}

export async function sectionPageKey(plan: PlanView, section: SectionEntry, lang: Lang): Promise<string> {
  const charts = await Promise.all(chartInputs(section, lang));
  return digest(KEY_SCHEME, 'section', lang, section.data.id, planFiles(plan.year), planTerms(plan), names(), ...charts);
}

export function planPageKey(plan: PlanView, lang: Lang): string {
  return digest(KEY_SCHEME, 'plan', lang, planFiles(plan.year), planTerms(plan));
}

/** The names one plan prints, with the list of every plan's year that the page links to. */
export function projectsOfYearKey(year: number, years: readonly number[], lang: Lang): string {
  return digest(KEY_SCHEME, 'projects of a year', lang, planFiles(year), names(), JSON.stringify(years));
}

/** An indicator's page shows its series and registry entry, which the tracked indicator holds whole. */
export function indicatorPageKey(tracked: TrackedIndicator, lang: Lang): string {
  return digest(KEY_SCHEME, 'indicator', lang, JSON.stringify(tracked));
}
