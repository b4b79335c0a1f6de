/**
 * The CDXJ index of a WACZ, made by warcio's own indexer: one line per captured URL,
 * `<surt> <14-digit timestamp> <json>`, the JSON giving where the record lies in the WARC.
 * What WACZ needs beyond the indexer: lines sorted (byte order), so replay tools can
 * binary-search them, and a reader for the check that reads a package back.
 */
import { CDXIndexer } from 'warcio';

/** The sorted CDXJ index of a WARC file's response records. */
export async function indexWarc(warc: Uint8Array, filename: string): Promise<string> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  const reader = (async function* () {
    yield warc;
  })();
  for await (const entry of indexer.iterIndex([{ filename, reader }])) {
    lines.push(indexer.serializeCDXJ(entry).trimEnd());
  }
  return lines
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((line) => `${line}\n`)
    .join('');
}

export interface ParsedCdxjLine {
  key: string;
  timestamp: string;
  url: string;
  mime: string;
  status: string;
  /** The payload's SHA-256 as the indexer writes it: hex, with or without `sha256:`. */
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

/** A CDXJ line's digest as plain lower-case hex. */
export function digestHex(digest: string): string {
  return digest.replace(/^sha256:/i, '').toLowerCase();
}
