/**
 * The entries of the crosswalk, from the termbase (every name, sector, policy term and indicator a
 * translator curated, with all their printed forms and the English forms investors type) and the
 * site's data files (names the rendering made by rule, and where the listing pages list each
 * entry). Entries with the same English are one entry (天津 and 天津市 are both Tianjin).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { scanTags } from '../html-scan.ts';
import { paths } from '../site/site-paths.ts';
import type { CrosswalkSource } from './crosswalk.ts';
import { englishFormKey } from './term-forms.ts';

/** The termbase's entries as the crosswalk needs them (the index script reads the termbase). */
export interface TermbaseEntries {
  names: { zh: string; en: string }[];
  sectors: { id: string; zh: string[]; en: string; also: string[] }[];
  policy: { zh: string; en: string }[];
  indicators: { id: string; zh: string[]; en: string }[];
}

export class CrosswalkSourceError extends Error {}

function readJson<T>(siteDir: string, path: string): T {
  const file = join(siteDir, path);
  if (!existsSync(file)) throw new CrosswalkSourceError(`${file}: missing; the crosswalk needs the site's data files`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Ids of the entries on an English listing page (those Pagefind gives a title of their own). */
function listedIds(siteDir: string, page: string): Set<string> {
  const file = join(siteDir, page, 'index.html');
  if (!existsSync(file)) return new Set();
  return new Set(scanTags(readFileSync(file, 'utf8')).flatMap((tag) => (tag.attributes.has('data-pagefind-title') && tag.attributes.get('id') ? [tag.attributes.get('id')!] : [])));
}

/** An entry's place on a listing page, under the language's prefix (`projects/#smic`), if the page lists it. */
function lister(siteDir: string, page: string): (id: string | undefined) => string | undefined {
  const ids = listedIds(siteDir, page);
  const path = page.replace(/^en\//, '');
  return (id) => (id !== undefined && ids.has(id) ? `${path}#${id}` : undefined);
}

export function crosswalkSources(siteDir: string, termbase: TermbaseEntries): CrosswalkSource[] {
  const entities = readJson<{ entities: { id: string; zh: string; en: string }[] }>(siteDir, paths.entitiesData()).entities;
  const terms = readJson<{ terms: { id: string; zh: string }[] }>(siteDir, paths.glossaryData()).terms;
  const indicators = new Set(readJson<{ indicators: { id: string }[] }>(siteDir, paths.indicatorsData()).indicators.map((i) => i.id));
  const entityId = new Map(entities.map((e) => [e.zh, e.id]));
  const termId = new Map(terms.map((t) => [t.zh, t.id]));
  const [project, sector, term] = [lister(siteDir, paths.projects('en')), lister(siteDir, paths.sectors('en')), lister(siteDir, paths.glossary('en'))];
  const curated = new Set(termbase.names.map((n) => n.zh));
  const sources: CrosswalkSource[] = [
    ...termbase.names.map((n) => ({ zh: [n.zh], en: n.en, listing: project(entityId.get(n.zh)) })),
    // Names the rendering made by rule (a place and its generic word) are in the data files only.
    ...entities.filter((e) => !curated.has(e.zh)).map((e) => ({ zh: [e.zh], en: e.en, listing: project(e.id) })),
    ...termbase.sectors.map((s) => ({ zh: s.zh, en: s.en, also: s.also, listing: sector(s.id) })),
    ...termbase.policy.map((p) => ({ zh: [p.zh], en: p.en, listing: term(termId.get(p.zh)) })),
    ...termbase.indicators.map((i) => ({ zh: i.zh, en: i.en, listing: indicators.has(i.id) ? paths.indicator('en', i.id).replace(/^en\//, '') : undefined })),
  ];
  const byEnglish = new Map<string, { zh: string[]; en: string; also: string[]; listing: string | undefined }>();
  for (const source of sources) {
    const key = englishFormKey(source.en).key;
    const entry = byEnglish.get(key);
    if (!entry) byEnglish.set(key, { zh: [...source.zh], en: source.en, also: [...(source.also ?? [])], listing: source.listing });
    else {
      entry.zh.push(...source.zh.filter((z) => !entry.zh.includes(z)));
      entry.also.push(...(source.also ?? []).filter((a) => !entry.also.includes(a)));
      entry.listing ??= source.listing;
    }
  }
  return [...byEnglish.values()];
}

/** The listing pages whose entries results may land on, by the first segment of their path. */
const LISTING_PAGES = ['projects', 'sectors', 'glossary', 'indicators'] as const;

/** The text of a page's first `<h1>`. */
function firstHeading(html: string): string {
  let depth = 0;
  let text = '';
  let done = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'h1' && !done) depth++;
        else if (depth > 0) depth++;
      },
      ontext(chunk) {
        if (depth > 0) text += chunk;
      },
      onclosetag() {
        if (depth > 0 && --depth === 0) done = true;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text.replace(/\s+/g, ' ').trim();
}

/** The heading of each listing page in both languages, for results that land on its entries. */
export function listingTitles(siteDir: string): Map<string, { zh: string; en: string }> {
  const heading = (lang: 'zh' | 'en', page: string) => {
    const file = join(siteDir, lang, page, 'index.html');
    if (!existsSync(file)) throw new CrosswalkSourceError(`${file}: missing; results on its entries need its heading`);
    return firstHeading(readFileSync(file, 'utf8'));
  };
  return new Map(LISTING_PAGES.map((page) => [page, { zh: heading('zh', page), en: heading('en', page) }]));
}
