/**
 * The crosswalk: what lets a search in one language find the other. Every entry the termbase
 * names (a company, project, place, sector, policy term or indicator) with its Chinese and English
 * forms, the page that lists it, and the paragraphs that print it in each language.
 *
 * It is built by the index script from the site's own data files (`/data/entities.json`,
 * `sectors.json`, `glossary.json`, `indicators.json`) and from the paragraphs of the built pages,
 * and shipped in the search bundle: the forms with search, where each entry is printed when a query
 * names it (see `serializeCrosswalk`), never with a reading page. Where each
 * entry is printed is worked out here once, by the same substring match over the Chinese that a
 * Chinese search makes (and word match over the English), so that an English query naming 中芯国际
 * knows where the originals print it without loading the Chinese index, whose per-character
 * chunks cost more than the whole crosswalk.
 */
import { PageKeys, serializePageKeys, type SerializedPageKeys } from './page-keys.ts';
import type { SectionText } from './page-text.ts';
import { chineseKey, englishFormKey, englishWords, keyOfWords, printedForms, slugOf } from './term-forms.ts';

/** A termbase entry as the data files give it. */
export interface CrosswalkSource {
  zh: readonly string[];
  en: string;
  also?: readonly string[] | undefined;
  /** Its place on a listing page, under the language's prefix: `projects/#smic`, `indicators/gdp-growth/`. */
  listing?: string | undefined;
}

/** A section, as results name and filter it. */
export interface CrosswalkSection {
  plan: string;
  section: string;
  part: string;
  titleZh: string;
  titleEn: string;
}

/** Where an entry is printed: a section (by index) and the paragraph's number in it. */
export interface Posting {
  section: number;
  paragraph: number;
}

export interface CrosswalkEntry {
  /** Printed Chinese forms. */
  zh: string[];
  /** The English the rendering prints. */
  en: string;
  /** Other English forms investors type (`IoV`); see `englishForms` for all an entry answers to. */
  also: string[];
  listing: string | undefined;
  /** Paragraphs of the originals that print one of the Chinese forms. */
  zhAt: Posting[];
  /** Paragraphs of the English rendering that print its English (with or without its bracketed part). */
  enAt: Posting[];
}

export interface Crosswalk {
  sections: CrosswalkSection[];
  entries: CrosswalkEntry[];
  /**
   * What each of Pagefind's pages is (by the id its results carry): a section (`2021/1-2`) or a
   * listing page (`projects/`), so results can be told apart before their text is loaded.
   */
  pages: Map<string, string>;
  /** The Latin words of the originals (see `indexes.ts`): an English query without them skips the Chinese index. */
  latin: Set<string>;
  /** The heading of each listing page, by the first segment of its path (`projects`). */
  listingTitles: Map<string, { zh: string; en: string }>;
}

export class CrosswalkError extends Error {}

/** The paragraph's number within its section, from its id (`p1-2-3` of section `1-2` → 3). */
function paragraphNumber(id: string, section: string): number {
  const match = /^(?:en-)?p(.+)-(\d+)$/.exec(id);
  if (!match || match[1] !== section) throw new CrosswalkError(`paragraph ${id} is not a paragraph of section ${section} (expected p${section}-<n>)`);
  return Number(match[2]);
}

/**
 * The crosswalk of a site: its entries with where each is printed, given the entries and the
 * built section pages of both languages. Entries printed nowhere and listed nowhere are left out.
 */
export interface SiteFacts {
  /** What each of Pagefind's pages is, by result id. */
  pageKeys?: ReadonlyMap<string, string>;
  latin?: Iterable<string>;
  listingTitles?: ReadonlyMap<string, { zh: string; en: string }>;
}

export function buildCrosswalk(sources: readonly CrosswalkSource[], pages: readonly SectionText[], facts: SiteFacts = {}): Crosswalk {
  const sectionKeys = [...new Set(pages.map((p) => `${p.plan}/${p.section}`))];
  const sectionIndex = new Map(sectionKeys.map((key, i) => [key, i]));
  const sections: CrosswalkSection[] = sectionKeys.map((key) => {
    const page = pages.find((p) => `${p.plan}/${p.section}` === key)!;
    return { plan: page.plan, section: page.section, part: page.part, titleZh: page.titleZh, titleEn: page.titleEn };
  });
  const paragraphs = (lang: 'zh' | 'en') =>
    pages
      .filter((p) => p.lang === lang)
      .flatMap((page) => page.paragraphs.map((paragraph) => ({ at: { section: sectionIndex.get(`${page.plan}/${page.section}`)!, paragraph: paragraphNumber(paragraph.id, page.section) }, text: paragraph.text })));
  const chinese = paragraphs('zh').map((p) => ({ at: p.at, key: chineseKey(p.text) }));
  // Each English paragraph as its word keys and as written, both padded, so a form is found whole.
  const english = paragraphs('en').map((p) => {
    const words = englishWords(p.text);
    return { at: p.at, keyed: ` ${keyOfWords(words, false)} `, written: ` ${keyOfWords(words, true)} ` };
  });
  const entries: CrosswalkEntry[] = [];
  for (const source of sources) {
    const zh = [...new Set(source.zh)];
    const zhKeys = zh.map(chineseKey).filter((k) => k !== '');
    const zhAt = chinese.filter((p) => zhKeys.some((k) => p.key.includes(k))).map((p) => p.at);
    // The rendering prints an entry's English, not its abbreviations or synonyms.
    const printed = printedForms(source.en).map(englishFormKey);
    const enAt = english.filter((p) => printed.some(({ key, asWritten }) => (asWritten ? p.written : p.keyed).includes(` ${key} `))).map((p) => p.at);
    if (zhAt.length === 0 && enAt.length === 0 && !source.listing) continue;
    entries.push({ zh, en: source.en, also: [...(source.also ?? [])], listing: source.listing, zhAt, enAt });
  }
  return { sections, entries, pages: new Map(facts.pageKeys), latin: new Set(facts.latin), listingTitles: new Map(facts.listingTitles) };
}

/**
 * The crosswalk as shipped, in two parts, so that what search loads when it opens does not grow
 * with the number of plans:
 * - the index (`crosswalk.json`): every entry's forms and listing, the keys of Pagefind's pages
 *   (see `page-keys.ts`), the
 *   Latin words of the originals and the listing pages' headings. Each entry is `[zh forms joined
 *   by |, its English and other English forms joined by |, listing, "1" when it is printed
 *   somewhere]`; a listing whose id is its English's slug (as the pages make it) is stored
 *   without the id (`projects/#`).
 * - one file of postings per printed entry (`crosswalk/<version>/<n>.json`, `n` its place in the
 *   index), loaded when a query names it: the sections it is printed in (plan, section, part and
 *   both titles) and, per language, `section.paragraph` postings separated by spaces, `section`
 *   the place in that file's list.
 * - the ids of each language's pages, in the order of the keys (`crosswalk/<version>/pages.<language>.json`),
 *   loaded with that language's index.
 * The version, which the index names, is a digest of all these files, so a reader whose page still
 * holds the index of an earlier build finds no file rather than another entry's postings under
 * the same number.
 */
export type SerializedCrosswalk = { entries: string[][]; pages: SerializedPageKeys['keys']; latin: string; listings: Record<string, string[]>; version: string };
export type SerializedPostings = { sections: string[][]; zh: string; en: string };

/** The folder of the search bundle that holds the entries' postings. */
export const POSTINGS_DIR = 'crosswalk';

function postingsPath(version: string, entry: number): string {
  return `${POSTINGS_DIR}/${version}/${entry}.json`;
}

/** The file of a language's page ids (`zh-cn`, `en`: Pagefind's names of its indexes). */
export function pageIdsPath(version: string, language: string): string {
  return `${POSTINGS_DIR}/${version}/pages.${language}.json`;
}

/** An entry as search knows it on opening: its forms and listing, and the file of its postings if it is printed. */
export interface CrosswalkTerm {
  zh: string[];
  en: string;
  also: string[];
  listing: string | undefined;
  /** Path in the search bundle (`crosswalk/<version>/<n>.json`). */
  postings: string | undefined;
}

/** What search loads when it opens; a language's page ids come with its index, an entry's postings when a query names it. */
export interface CrosswalkIndex {
  version: string;
  entries: CrosswalkTerm[];
  pages: PageKeys;
  latin: Set<string>;
  listingTitles: Map<string, { zh: string; en: string }>;
}

/** Where an entry is printed, by section: in the originals and in the English. */
export interface EntryPostings {
  zh: { section: CrosswalkSection; paragraphs: number[] }[];
  en: { section: CrosswalkSection; paragraphs: number[] }[];
}

const FORM_SEPARATOR = '|';

/**
 * The crosswalk as files: the index, and by their path in the search bundle each printed entry's
 * postings and each language's page ids. `digestOf` names their version by their content (SHA-256
 * in the index script).
 */
export function serializeCrosswalk(crosswalk: Crosswalk, digestOf: (text: string) => string): { index: SerializedCrosswalk; files: Map<string, string> } {
  for (const entry of crosswalk.entries) {
    for (const form of [...entry.zh, entry.en, ...entry.also]) if (form.includes(FORM_SEPARATOR)) throw new CrosswalkError(`${form}: a form may not contain ${FORM_SEPARATOR}`);
  }
  const texts = crosswalk.entries.map((entry) => {
    if (entry.zhAt.length === 0 && entry.enAt.length === 0) return undefined;
    const local = [...new Set([...entry.zhAt, ...entry.enAt].map((p) => p.section))].sort((a, b) => a - b);
    const localIndex = new Map(local.map((section, j) => [section, j]));
    const list = (at: Posting[]) => at.map((p) => `${localIndex.get(p.section)}.${p.paragraph}`).join(' ');
    const sections = local.map((j) => crosswalk.sections[j]!).map((s) => [s.plan, s.section, s.part, s.titleZh, s.titleEn]);
    return JSON.stringify({ sections, zh: list(entry.zhAt), en: list(entry.enAt) } satisfies SerializedPostings);
  });
  const pageKeys = serializePageKeys(crosswalk.pages);
  const version = digestOf(JSON.stringify([texts, pageKeys]));
  const files = new Map([
    ...texts.flatMap((text, i) => (text === undefined ? [] : [[postingsPath(version, i), text] as const])),
    ...Object.entries(pageKeys.ids).map(([language, ids]) => [pageIdsPath(version, language), JSON.stringify(ids)] as const),
  ]);
  return {
    index: {
      version,
      entries: crosswalk.entries.map((e, i) => [e.zh.join(FORM_SEPARATOR), [e.en, ...e.also].join(FORM_SEPARATOR), (e.listing ?? '').replace(new RegExp(`#${slugOf(e.en)}$`), '#'), texts[i] === undefined ? '' : '1']),
      pages: pageKeys.keys,
      latin: [...crosswalk.latin].sort().join(' '),
      listings: Object.fromEntries([...crosswalk.listingTitles].map(([page, { zh, en }]) => [page, [zh, en]])),
    },
    files,
  };
}

export function parseCrosswalk(data: SerializedCrosswalk): CrosswalkIndex {
  const forms = (joined: string) => (joined === '' ? [] : joined.split(FORM_SEPARATOR));
  return {
    version: data.version,
    entries: data.entries.map(([zh = '', en = '', listing = '', printed = ''], i) => {
      const [english = '', ...also] = forms(en);
      return { zh: forms(zh), en: english, also, listing: (listing.endsWith('#') ? listing + slugOf(english) : listing) || undefined, postings: printed === '1' ? postingsPath(data.version, i) : undefined };
    }),
    pages: new PageKeys(data.pages),
    latin: new Set(data.latin.split(' ').filter(Boolean)),
    listingTitles: new Map(Object.entries(data.listings).map(([page, [zh = '', en = '']]) => [page, { zh, en }])),
  };
}

export function parsePostings(data: SerializedPostings): EntryPostings {
  const sections = data.sections.map(([plan = '', section = '', part = '', titleZh = '', titleEn = '']): CrosswalkSection => ({ plan, section, part, titleZh, titleEn }));
  const bySection = (list: string) => {
    const grouped = new Map<number, number[]>();
    for (const posting of list === '' ? [] : list.split(' ')) {
      const [section, paragraph] = posting.split('.').map(Number);
      grouped.set(section!, [...(grouped.get(section!) ?? []), paragraph!]);
    }
    return [...grouped].map(([j, paragraphs]) => ({ section: sections[j]!, paragraphs }));
  };
  return { zh: bySection(data.zh), en: bySection(data.en) };
}
