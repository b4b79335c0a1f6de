/**
 * A new catalogue entry for a document, read off the document itself: genre, years, district,
 * title, issuer or reporting body, dates, the approving session or the session it was presented
 * to, and what the notice prints besides. English names come from the caller (the termbase, the
 * entries already in the catalogue); what neither the document nor they give is reported as
 * unread, never guessed.
 */
import { Document, isMap, isSeq } from 'yaml';
import { readDocumentMetadata } from './document-metadata.ts';
import type { ParsedPlan } from './parse-plan.ts';
import type { PlanEntry } from './plans-catalog.ts';

export interface Place {
  zh: string;
  en: string;
}

export interface EntryLookups {
  /** The English of a place name (`西青区` → `Xiqing District`), if known. */
  englishName(zh: string): string | undefined;
  /** The city of a district as the catalogue already records it, with the line of that entry. */
  cityOf(districtZh: string): { city: Place; line: number } | undefined;
}

/** An entry being drafted: a place may lack its English. */
export type Draft = Partial<Omit<PlanEntry, 'district' | 'city'>> & { district?: Partial<Place>; city?: Partial<Place> };

export interface DraftEntry {
  /** The entry, in the catalogue's field order; fields left unread are absent (a name's English too). */
  entry: Draft;
  /** Fields the catalogue needs that could not be read (`city.en`). */
  unread: string[];
  /** Where values not printed in the document came from. */
  notes: string[];
}

/** The catalogue's order of fields, as in the seeds' entries. */
const FIELD_ORDER: readonly (keyof Draft)[] = [
  'file', 'genre', 'year', 'district', 'city', 'title_zh', 'notice_zh', 'notice_number_zh', 'issuer_zh', 'issued',
  'approved_by_zh', 'presented_to_zh', 'reviews_year', 'disclosure_zh', 'sha256',
];

/** The draft entry; `fileName` names the source in the tree, given what was read. */
export function draftCatalogEntry(plan: ParsedPlan, sha256: string, lookups: EntryLookups, fileName: (read: Draft) => string): DraftEntry {
  const stated = readDocumentMetadata(plan);
  const unread: string[] = [];
  const notes: string[] = [];
  const fields: Draft = { genre: plan.genre, sha256 };
  for (const [field, value] of Object.entries(stated.fields)) (fields as Record<string, string>)[field] = value.value;
  if (stated.year) fields.year = stated.year.value;
  else unread.push('year (the title states none)');
  if (stated.reviews_year) fields.reviews_year = stated.reviews_year.value;
  else unread.push('reviews_year (the first part\'s heading states none)');

  const place = (zh: string | undefined, name: 'district' | 'city'): Partial<Place> | undefined => {
    if (!zh) return undefined;
    const en = lookups.englishName(zh);
    if (!en) unread.push(`${name}.en (no English for ${zh} among the termbase's names; add it to names.yaml or to the entry)`);
    return en ? { zh, en } : { zh };
  };
  const districtZh = stated.district_zh?.value;
  if (!districtZh) unread.push('district (the title names none)');
  const district = place(districtZh, 'district');
  if (district) fields.district = district;
  let city = place(stated.city_zh?.value, 'city');
  if (!stated.city_zh && districtZh) {
    const known = lookups.cityOf(districtZh);
    if (known) {
      city = known.city;
      notes.push(`city ${known.city.zh} as the catalogue's entry at line ${known.line} gives it for ${districtZh}: the document does not name its city`);
    } else {
      unread.push(`city (the document does not name the city of ${districtZh}, and no entry of the catalogue does)`);
    }
  }
  if (city) fields.city = city;
  fields.file = fileName(fields);

  const entry: Draft = {};
  for (const key of FIELD_ORDER) if (fields[key] !== undefined) (entry as Record<string, unknown>)[key] = fields[key];
  return { entry, unread, notes };
}

/** The entry as a YAML record in the catalogue's style (names as `{ zh: …, en: … }`), ready to append. */
export function entryYaml(entry: Draft): string {
  const doc = new Document([entry]);
  const record = isSeq(doc.contents) ? doc.contents.items[0] : undefined;
  if (isMap(record)) {
    for (const key of ['district', 'city']) {
      const node = record.get(key, true);
      if (isMap(node)) node.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
