/**
 * The head of a report to the district people's congress, which has no issuing notice: its title
 * (`关于…的报告`, possibly wrapped over two lines), the dateline naming the day and the session it
 * was delivered to (`——2019年1月15日在西青区第十七届人民代表大会第四次会议上`), the reporting body
 * (`区发展和改革委员会`), and the address (`各位代表：`) after which the report's own text begins.
 * Lines are kept verbatim; the metadata is read off them so it can be checked against the catalogue.
 */
import { isoDate } from './calendar-date.ts';
import { IngestError } from './ingest-error.ts';
import type { Normalization, SourceLine } from './source-lines.ts';

export type ReportLineRole = 'title' | 'dateline' | 'reporter' | 'address' | 'opening';

export interface ReportLine extends SourceLine {
  role: ReportLineRole;
}

export interface Report {
  title_zh: string;
  dateline_zh: string;
  /** ISO date of the session day. */
  date: string;
  /** Read off the dateline: `在…上` → the session. */
  presented_to_zh: string;
  /** The body that presents the report (`区发展和改革委员会`). */
  reporter_zh: string;
  address_zh: string;
  /** The paragraphs between the address and the first part. */
  opening_zh: string[];
  /** Every line in order, as printed (an opening paragraph joined across page breaks), with its role. */
  lines: ReportLine[];
}

const DASH_LED = /^[—–－-]/;
const DATELINE = /^[—–－-]{1,2}\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在\s*(.+?)\s*上\s*[—–－-]{0,2}$/;
const DATELINE_EXAMPLE = '——2019年1月15日在西青区第十七届人民代表大会第四次会议上';

/**
 * Reads the head from the lines before the first part. Returns it without its opening paragraphs,
 * which the caller reads with the body (they may be broken at page breaks like any paragraph), and
 * the index of the first line after the address.
 */
export function parseReportHead(
  lines: SourceLine[],
  address: RegExp,
  file: string,
  normalizations: Normalization[],
): { report: Omit<Report, 'opening_zh'>; bodyStart: number } {
  const first = lines[0];
  if (!first) throw new IngestError(file, 1, 'no title (关于…的报告) before the first part');
  const datelineAt = lines.findIndex((l) => DASH_LED.test(l.text));
  const addressAt = lines.findIndex((l) => address.test(l.text));
  if (datelineAt <= 0 || (addressAt !== -1 && datelineAt > addressAt)) {
    throw new IngestError(file, first.line, `the report has no dateline such as "${DATELINE_EXAMPLE}" after its title`);
  }
  const dateline = lines[datelineAt]!;
  const match = DATELINE.exec(dateline.text);
  const date = match && isoDate(match[1]!, match[2]!, match[3]!);
  if (!match || !date) {
    throw new IngestError(file, dateline.line, `the dateline "${dateline.text}" cannot be read: expected the day and the session, as in "${DATELINE_EXAMPLE}"`);
  }
  if (addressAt === -1) {
    const next = lines[datelineAt + 1] ?? dateline;
    throw new IngestError(file, next.line, 'the report has no address such as "各位代表：" before its first part');
  }
  const titleLines = lines.slice(0, datelineAt);
  for (const [i, l] of titleLines.entries()) {
    if (i === 0) continue;
    const before = titleLines[i - 1]!.text;
    normalizations.push({ kind: 'page-break-join', line: l.line, before: '\n', after: '', context: `${before.slice(-8)}⏎${l.text.slice(0, 8)}` });
  }
  const reporterLines = lines.slice(datelineAt + 1, addressAt);
  const addressLine = lines[addressAt]!;
  if (reporterLines.length !== 1) {
    const at = reporterLines[1] ?? addressLine;
    throw new IngestError(file, at.line, 'expected the reporting body (such as "区发展和改革委员会") on the one line between the dateline and the address');
  }
  const reporter = reporterLines[0]!;
  return {
    report: {
      title_zh: titleLines.map((l) => l.text).join(''),
      dateline_zh: dateline.text,
      date,
      presented_to_zh: match[4]!,
      reporter_zh: reporter.text,
      address_zh: addressLine.text,
      lines: [
        { line: first.line, text: titleLines.map((l) => l.text).join(''), role: 'title' },
        { ...dateline, role: 'dateline' },
        { ...reporter, role: 'reporter' },
        { ...addressLine, role: 'address' },
      ],
    },
    bodyStart: addressAt + 1,
  };
}
