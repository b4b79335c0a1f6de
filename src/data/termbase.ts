/** The curated termbase, loaded once per build for the pages. */
import { loadTermbase, sectionTitleEn } from '../lib/termbase.ts';

const termbase = loadTermbase('content/termbase');

/** English for a section or part title, when a translator has curated one. */
export function englishTitle(titleZh: string): string | undefined {
  return sectionTitleEn(termbase, titleZh);
}
