/**
 * The catalogue's metadata as a parsed document states it, each value with the line it is read
 * from: what `npm run catalog -- add` writes into a new entry, and what the ingest checks an entry
 * against. A value the document does not state is absent, never guessed.
 */
import type { ParsedPlan } from './parse-plan.ts';
import type { DocumentField } from './plans-catalog.ts';

export interface Stated<T> {
  value: T;
  line: number;
}

export interface DocumentMetadata {
  fields: Partial<Record<DocumentField, Stated<string>>>;
  /** The plan's year: the last year of the title (`…2019年国民经济和社会发展计划草案的报告`). */
  year?: Stated<number>;
  /** The year the first part reviews, read off its heading (`一、2018年…执行情况`). */
  reviews_year?: Stated<number>;
  /** The district, read off the title (`西青区`). */
  district_zh?: Stated<string>;
  /** The city, where the title or the issuer names it (`天津市西青区人民政府` → `天津市`). */
  city_zh?: Stated<string>;
}

const YEAR = /(\d{4})\s*年/g;
/** What stands before the first year of a title: `西青区 `, `关于天津市西青区`. */
const TITLE_PLACE = /^(?:关于)?(.*?)\s*\d{4}\s*年/;
/** A place name split into city and district: `天津市西青区`. */
const CITY_AND_DISTRICT = /^(.+?市)(.+)$/;
const GOVERNMENT = /人民政府$/;

function years(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

export function readDocumentMetadata(plan: ParsedPlan): DocumentMetadata {
  const fields: DocumentMetadata['fields'] = { title_zh: { value: plan.title_zh, line: plan.titleLine } };
  let issuerPlace: string | undefined;
  if (plan.notice) {
    const { notice } = plan;
    const lineOf = (role: string, includes?: string) => notice.lines.find((l) => l.role === role && (!includes || l.text.includes(includes)))!.line;
    fields.notice_zh = { value: notice.heading_zh, line: lineOf('heading') };
    fields.issuer_zh = { value: notice.issuer_zh, line: lineOf('heading') };
    fields.issued = { value: notice.date, line: lineOf('date') };
    fields.approved_by_zh = { value: notice.approved_by_zh, line: lineOf('body', notice.approved_by_zh) };
    if (notice.number_zh) fields.notice_number_zh = { value: notice.number_zh, line: lineOf('number') };
    if (notice.disclosure_zh) fields.disclosure_zh = { value: notice.disclosure_zh, line: lineOf('disclosure') };
    issuerPlace = notice.issuer_zh.replace(GOVERNMENT, '');
  } else if (plan.report) {
    const { report } = plan;
    const lineOf = (role: string) => report.lines.find((l) => l.role === role)!.line;
    fields.issuer_zh = { value: report.reporter_zh, line: lineOf('reporter') };
    fields.issued = { value: report.date, line: lineOf('dateline') };
    fields.presented_to_zh = { value: report.presented_to_zh, line: lineOf('dateline') };
  }

  const metadata: DocumentMetadata = { fields };
  const planYear = years(plan.title_zh).at(-1);
  if (planYear !== undefined) metadata.year = { value: planYear, line: plan.titleLine };
  const review = plan.parts.find((p) => p.role === 'review');
  const reviewed = review && years(review.heading_zh)[0];
  if (review && reviewed !== undefined) metadata.reviews_year = { value: reviewed, line: review.line };

  const titlePlace = TITLE_PLACE.exec(plan.title_zh)?.[1]?.trim();
  if (titlePlace) {
    const split = CITY_AND_DISTRICT.exec(titlePlace);
    metadata.district_zh = { value: split ? split[2]! : titlePlace, line: plan.titleLine };
    if (split) metadata.city_zh = { value: split[1]!, line: plan.titleLine };
  }
  const issuerSplit = issuerPlace === undefined ? null : CITY_AND_DISTRICT.exec(issuerPlace);
  if (!metadata.city_zh && issuerSplit && issuerSplit[2] === metadata.district_zh?.value) {
    metadata.city_zh = { value: issuerSplit[1]!, line: fields.issuer_zh!.line };
  }
  return metadata;
}
