/**
 * The plans as the pages see them: collections joined and ordered once, with the lookups every
 * page needs (a section's part, its neighbours, its title in either language).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { englishTitle } from './termbase.ts';

export type PlanEntry = CollectionEntry<'plans'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type PartData = PlanEntry['data']['parts'][number];

export interface PlanView {
  entry: PlanEntry;
  year: number;
  /** Sections in reading order. */
  sections: SectionEntry[];
}

let cached: Promise<PlanView[]> | undefined;

async function loadPlans(): Promise<PlanView[]> {
  const [plans, sections] = await Promise.all([getCollection('plans'), getCollection('sections')]);
  return plans
    .map((entry) => {
      const order = entry.data.sections;
      const own = sections.filter((s) => s.data.plan === entry.data.plan);
      const sorted = order.map((id) => {
        const found = own.find((s) => s.data.id === id);
        if (!found) throw new Error(`content/plans/${entry.data.plan}/index.mdx lists section ${id}, which has no file`);
        return found;
      });
      return { entry, year: entry.data.plan, sections: sorted };
    })
    .sort((a, b) => b.year - a.year);
}

/** Every plan, newest first. */
/** Plans whose provenance the about page shows in full, the newest; every plan's is also on a page of its own. */
export const PROVENANCE_PLANS_SHOWN = 3;

export function getPlans(): Promise<PlanView[]> {
  cached ??= loadPlans();
  return cached;
}

export function partOf(plan: PlanView, section: SectionEntry): PartData {
  return plan.entry.data.parts.find((p) => p.index === section.data.part)!;
}

/** A section's title in the page's language; undefined in English when none is curated yet. */
export function sectionTitle(section: SectionEntry, lang: Lang): string | undefined {
  return lang === 'zh' ? section.data.title_zh : englishTitle(section.data.title_zh);
}

/** A part's title in the page's language; undefined in English when none is curated yet. */
export function partTitle(part: PartData, lang: Lang): string | undefined {
  return lang === 'zh' ? part.title_zh : englishTitle(part.title_zh);
}

/** A plan's title: as printed in Chinese, composed from the catalogue in English. */
export function planTitle(plan: PlanView, lang: Lang): string {
  const { district, city, title_zh } = plan.entry.data;
  return lang === 'zh' ? title_zh : useTranslations('en')('plan.title', { district: district.en, city: city.en, year: plan.year });
}

/**
 * Who issued a plan, on which day, and the session of the people's congress behind it: for a
 * notice plan the government, the notice's date and the session that approved the plan; for a
 * report the body that presented it, the session's day and the session. `labels` are the
 * i18n keys that name each fact.
 */
export interface PlanFacts {
  issuer_zh: string;
  issued: string;
  session_zh: string;
  labels: { issuer: string; issued: string; session: string };
}

export function planFacts(plan: PlanView): PlanFacts {
  const { notice, report } = plan.entry.data;
  if (notice) {
    return { issuer_zh: notice.issuer_zh, issued: notice.date, session_zh: notice.approved_by_zh, labels: { issuer: 'plan.issuer', issued: 'plan.issued', session: 'plan.approvedBy' } };
  }
  if (!report) throw new Error(`content/plans/${plan.year}/index.mdx has neither a notice nor a report head`);
  return { issuer_zh: report.reporter_zh, issued: report.date, session_zh: report.presented_to_zh, labels: { issuer: 'plan.reporter', issued: 'plan.presented', session: 'plan.presentedTo' } };
}
