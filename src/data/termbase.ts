/** The curated termbase, loaded once per build for the pages. */
import { contentPath } from '../lib/content-root.ts';
import { loadTermbase, nameEn, sectionTitleEn, type Indicator, type SectorEntry } from '../lib/termbase/termbase.ts';

const termbase = loadTermbase(contentPath('termbase'));

/** English for a section or part title, when a translator has curated one. */
export function englishTitle(titleZh: string): string | undefined {
  return sectionTitleEn(termbase, titleZh);
}

/** English for a proper name (an issuing body, say), when a translator has curated one. */
export function englishName(zh: string): string | undefined {
  return nameEn(termbase, zh);
}

/** The indicator registry, in the order a translator curated it (the order pages list indicators in). */
export function indicatorRegistry(): ReadonlyMap<string, Indicator> {
  return termbase.indicators;
}

/** The priority sectors by id, with every printed form and their English. */
export function sectorRegistry(): ReadonlyMap<string, SectorEntry> {
  return termbase.sectors;
}
