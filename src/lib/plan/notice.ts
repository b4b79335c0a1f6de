/**
 * The issuing notice (通知) that precedes a notice plan: who issued it, when, and which session of
 * the district people's congress approved the plan. Its lines are kept verbatim; the metadata is
 * read off them so it can be checked against the catalogue. Older notices carry a document number
 * (`西青政发〔2018〕2号`) above or below their heading, and extraction may have turned the brackets
 * of the number and of the disclosure line into ASCII ones.
 */
import { isoDate } from './calendar-date.ts';
import { IngestError } from './ingest-error.ts';
import type { SourceLine } from './source-lines.ts';

export interface Notice {
  heading_zh: string;
  addressees_zh: string | undefined;
  body_zh: string[];
  date_zh: string;
  /** ISO date of issue. */
  date: string;
  disclosure_zh: string | undefined;
  /** Read off the heading: `天津市西青区人民政府关于印发…的通知` → `天津市西青区人民政府`. */
  issuer_zh: string;
  /** Read off the body: `现将…第八次会议审议通过的` → the session. */
  approved_by_zh: string;
  /** The document number (发文字号), where the notice prints one: `西青政发〔2018〕2号`. */
  number_zh?: string;
  /** Every line in order, as printed, with its role (for the page and the round trip). */
  lines: NoticeLine[];
}

export type NoticeLineRole = 'heading' | 'number' | 'addressees' | 'body' | 'date' | 'disclosure';

export interface NoticeLine extends SourceLine {
  role: NoticeLineRole;
}

const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const DISCLOSURE_LINE = /^[（(](.+)[）)]$/;
const DOCUMENT_NUMBER = /^\S{2,}[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d+\s*号$/;
const ISSUER = /^(.+?)关于/;
const APPROVING_SESSION = /现将(.+?)审议通过/;

/** Parses the notice from the lines that precede the plan's title. */
export function parseNotice(lines: SourceLine[], file: string): Notice {
  const numberFirst = lines[0] && DOCUMENT_NUMBER.test(lines[0].text);
  const heading = numberFirst ? lines[1] : lines[0];
  if (!heading) throw new IngestError(file, 1, 'no issuing notice (通知) before the plan title');
  const numberLine = numberFirst ? lines[0] : lines[1] && DOCUMENT_NUMBER.test(lines[1].text) ? lines[1] : undefined;
  const rest = lines.slice(numberLine ? 2 : 1);
  const dateIndex = rest.findIndex((l) => DATE_LINE.test(l.text));
  if (dateIndex === -1) {
    throw new IngestError(file, heading.line, 'the notice has no date line such as "2021 年 1 月 18 日"');
  }
  const dateLine = rest[dateIndex]!;
  const [, year, month, day] = DATE_LINE.exec(dateLine.text)!;
  const date = isoDate(year!, month!, day!);
  if (!date) throw new IngestError(file, dateLine.line, `the notice's date "${dateLine.text}" is no calendar date`);
  const afterDate = rest.slice(dateIndex + 1);
  const disclosure = afterDate[0] && DISCLOSURE_LINE.exec(afterDate[0].text)?.[1];
  if (afterDate.length > (disclosure ? 1 : 0)) {
    throw new IngestError(file, afterDate[disclosure ? 1 : 0]!.line, 'unexpected text between the notice date and the plan title');
  }
  const beforeDate = rest.slice(0, dateIndex);
  const addressees = beforeDate[0]?.text.endsWith('：') ? beforeDate[0] : undefined;
  const body = addressees ? beforeDate.slice(1) : beforeDate;
  const issuer = ISSUER.exec(heading.text)?.[1];
  if (!issuer) throw new IngestError(file, heading.line, 'the notice heading does not name its issuer ("…关于印发…的通知")');
  const approvedBy = body.map((l) => APPROVING_SESSION.exec(l.text)?.[1]).find(Boolean);
  if (!approvedBy) {
    throw new IngestError(file, body[0]?.line ?? heading.line, 'the notice does not name the approving session ("现将…审议通过")');
  }
  return {
    heading_zh: heading.text,
    addressees_zh: addressees?.text,
    body_zh: body.map((l) => l.text),
    date_zh: dateLine.text,
    date,
    disclosure_zh: disclosure ?? undefined,
    issuer_zh: issuer,
    approved_by_zh: approvedBy,
    ...(numberLine ? { number_zh: numberLine.text } : {}),
    lines: lines.map((l) => ({
      ...l,
      role:
        l === heading ? 'heading'
        : l === numberLine ? 'number'
        : l === addressees ? 'addressees'
        : l === dateLine ? 'date'
        : l === afterDate[0] ? 'disclosure'
        : 'body',
    })),
  };
}
