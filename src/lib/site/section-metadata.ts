/**
 * Machine-readable citation data for a section page: Highwire Press `citation_*` tags (read by
 * Google Scholar and reference managers), Dublin Core (`DC.*`, `DCTERMS.*`) and schema.org
 * JSON-LD describing the plan as `Legislation` with the section as its part and the verbatim
 * source file, with its SHA-256, as what it is based on.
 */

export interface SectionMetadata {
  /** Language of the page; the cited text itself is always the Chinese original. */
  lang: 'zh' | 'en';
  siteName: string;
  plan: {
    /** In the page's language. */
    title: string;
    titleZh: string;
    url: string;
    /** The issuing body, in the page's language. */
    issuer: string;
    /** `YYYY-MM-DD`. */
    issued: string;
    approvedByZh: string;
    /** The district and city the plan governs, in the page's language, e.g. `Xiqing District, Tianjin`. */
    jurisdiction: string;
  };
  section: {
    /** In the page's language (the Chinese title when no English one is curated). */
    title: string;
    titleZh: string;
    permalink: string;
    /** Position within the plan, 1-based. */
    position: number;
  };
  source: { file: string; url: string; sha256: string; bytes: number };
}

/** The language of the cited text. */
const ORIGINAL_LANGUAGE = 'zh-CN';

/** `<meta name content>` pairs in Highwire Press form. */
export function highwireTags(m: SectionMetadata): [string, string][] {
  return [
    ['citation_title', m.section.title],
    ['citation_author', m.plan.issuer],
    ['citation_publication_date', m.plan.issued.replaceAll('-', '/')],
    ['citation_inbook_title', m.plan.title],
    ['citation_technical_report_institution', m.plan.issuer],
    ['citation_language', ORIGINAL_LANGUAGE],
    ['citation_publisher', m.siteName],
    ['citation_public_url', m.section.permalink],
    ['citation_abstract_html_url', m.section.permalink],
  ];
}

/** `<meta name content>` pairs in Dublin Core (DC-HTML) form. */
export function dublinCoreTags(m: SectionMetadata): [string, string][] {
  return [
    ['DC.title', m.section.title],
    ['DC.creator', m.plan.issuer],
    ['DC.date', m.plan.issued],
    ['DC.type', 'Text'],
    ['DC.format', 'text/html'],
    ['DC.language', ORIGINAL_LANGUAGE],
    ['DC.identifier', m.section.permalink],
    ['DC.source', m.source.url],
    ['DC.coverage', m.plan.jurisdiction],
    ['DC.publisher', m.siteName],
    ['DCTERMS.issued', m.plan.issued],
    ['DCTERMS.isPartOf', m.plan.url],
  ];
}

/** schema.org JSON-LD: the plan as `Legislation`, the section as its part, the source file it is based on. */
export function legislationJsonLd(m: SectionMetadata): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': m.plan.url,
    name: m.plan.title,
    alternateName: m.plan.titleZh,
    url: m.plan.url,
    inLanguage: ORIGINAL_LANGUAGE,
    legislationType: 'National Economic and Social Development Plan',
    legislationDate: m.plan.issued,
    datePublished: m.plan.issued,
    legislationJurisdiction: m.plan.jurisdiction,
    jurisdiction: { '@type': 'AdministrativeArea', name: m.plan.jurisdiction },
    legislationResponsible: { '@type': 'GovernmentOrganization', name: m.plan.issuer },
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: m.plan.approvedByZh },
    isBasedOn: {
      '@type': 'MediaObject',
      name: m.source.file,
      contentUrl: m.source.url,
      encodingFormat: 'text/plain; charset=utf-8',
      contentSize: `${m.source.bytes} bytes`,
      sha256: m.source.sha256,
    },
    hasPart: {
      '@type': 'Legislation',
      '@id': m.section.permalink,
      name: m.section.title,
      alternateName: m.section.titleZh,
      url: m.section.permalink,
      position: m.section.position,
      inLanguage: ORIGINAL_LANGUAGE,
    },
  };
}

/**
 * JSON for the body of a `<script type="application/ld+json">`: characters that could end the
 * element or be read as markup are escaped, so no title can break out of it.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
