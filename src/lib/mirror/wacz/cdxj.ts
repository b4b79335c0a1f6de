/**
 * The CDXJ index of a WACZ: one line per captured URL, `<surt> <14-digit timestamp> <json>`, the
 * JSON giving where the record lies in the WARC. Lines are sorted (byte order), so replay tools
 * can binary-search them.
 */
import { surt } from './surt.ts';

export interface CdxjEntry {
  url: string;
  /** RFC 3339 capture time. */
  date: string;
  mime: string;
  status: number;
  /** Payload digest, `sha256:<hex>`. */
  digest: string;
  /** Byte range of the (gzip member of the) record within the WARC file. */
  offset: number;
  length: number;
  /** The WARC file's name within `archive/`. */
  filename: string;
}

/** `2021-01-18T08:30:00Z` → `20210118083000`. */
export function cdxTimestamp(date: string): string {
  const digits = date.replace(/\.\d+/, '').replace(/[^\d]/g, '');
  if (digits.length !== 14) throw new Error(`cdxj: "${date}" is not an RFC 3339 date and time`);
  return digits;
}

export function cdxjLine(e: CdxjEntry): string {
  const fields = { url: e.url, mime: e.mime, status: String(e.status), digest: e.digest, length: String(e.length), offset: String(e.offset), filename: e.filename };
  return `${surt(e.url)} ${cdxTimestamp(e.date)} ${JSON.stringify(fields)}`;
}

export function formatCdxj(entries: readonly CdxjEntry[]): string {
  const lines = entries.map(cdxjLine).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.map((line) => `${line}\n`).join('');
}

export interface ParsedCdxjLine {
  key: string;
  timestamp: string;
  url: string;
  mime: string;
  status: string;
  digest: string;
  offset: number;
  length: number;
  filename: string;
}

export function parseCdxj(text: string): ParsedCdxjLine[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => {
      const match = /^(\S+) (\d{14}) (\{.*\})$/.exec(line);
      if (!match) throw new Error(`index.cdxj:${i + 1}: not a CDXJ line`);
      const json = JSON.parse(match[3]!) as Record<string, string>;
      return {
        key: match[1]!,
        timestamp: match[2]!,
        url: json['url'] ?? '',
        mime: json['mime'] ?? '',
        status: json['status'] ?? '',
        digest: json['digest'] ?? '',
        offset: Number(json['offset']),
        length: Number(json['length']),
        filename: json['filename'] ?? '',
      };
    });
}
