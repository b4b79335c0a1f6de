/**
 * Titles for the sections the source prints without a heading: a part's opening paragraphs and
 * its closing ones. They are editorial, marked as such on the pages, and translated through the
 * termbase like any printed title.
 */
import type { PartRole, SectionKind } from './plan-model.ts';

const EDITORIAL_TITLES: Record<Exclude<SectionKind, 'subsection'>, Record<PartRole, string>> = {
  intro: { review: '总体情况', plan: '总体要求和主要目标' },
  closing: { review: '困难和问题', plan: '结束语' },
};

export function editorialTitle(kind: Exclude<SectionKind, 'subsection'>, role: PartRole): string {
  return EDITORIAL_TITLES[kind][role];
}
