/**
 * What a section page tells citation tools and readers about itself: its permalink, the plan and
 * the source it comes from, in the page's language, with URLs as `publicUrl` gives them.
 */
import type { CitedSection } from '../lib/site/citation.ts';
import type { SectionMetadata } from '../lib/site/section-metadata.ts';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { href } from './links.ts';
import { planFacts, planTitle, sectionTitle, type PlanView, type SectionEntry } from './plans.ts';
import { publicUrl } from './public-url.ts';
import { englishName } from './termbase.ts';

export function sectionMetadata(plan: PlanView, section: SectionEntry, lang: Lang, site: URL | undefined): SectionMetadata {
  const { district, city, source, title_zh } = plan.entry.data;
  const facts = planFacts(plan);
  const issuerZh = facts.issuer_zh;
  return {
    lang,
    siteName: useTranslations(lang)('site.name'),
    plan: {
      title: planTitle(plan, lang),
      titleZh: title_zh,
      url: publicUrl(href.plan(lang, plan.year), site),
      issuer: lang === 'en' ? (englishName(issuerZh) ?? issuerZh) : issuerZh,
      issued: facts.issued,
      approvedByZh: facts.session_zh,
      jurisdiction: lang === 'en' ? `${district.en}, ${city.en}` : `${city.zh}${district.zh}`,
    },
    section: {
      title: sectionTitle(section, lang) ?? section.data.title_zh,
      titleZh: section.data.title_zh,
      permalink: publicUrl(href.section(lang, plan.year, section.data.id), site),
      position: plan.sections.indexOf(section) + 1,
    },
    source: { file: source.file, url: publicUrl(href.source(source.file), site), sha256: source.sha256, bytes: source.bytes },
  };
}

/** The work as the citation styles need it: the Chinese original, with English titles on English pages. */
export function citedSection(metadata: SectionMetadata, section: SectionEntry): CitedSection {
  return {
    lang: metadata.lang,
    author: metadata.plan.issuer,
    issued: metadata.plan.issued,
    documentTitle: metadata.plan.titleZh,
    documentTitleEn: metadata.lang === 'en' ? metadata.plan.title : undefined,
    sectionTitle: section.data.title_zh,
    sectionTitleEn: metadata.lang === 'en' ? sectionTitle(section, 'en') : undefined,
    sectionTitleEditorial: section.data.title_editorial,
    publisher: metadata.siteName,
    url: metadata.section.permalink,
  };
}
