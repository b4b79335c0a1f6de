/**
 * The WARC of a WACZ (`archive/data.warc.gz`), written with warcio: a `warcinfo` record, then one
 * `response` record per file of the site as a static server would answer for it. Each record is
 * its own gzip member, so the index can point replay tools at any record's byte range.
 *
 * Nothing in it depends on when or where it is written: every record is dated with the capture
 * time, and record ids are name-based UUIDs of what the record holds, so the same site captured
 * at the same time gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { WARCRecord, WARCSerializer } from 'warcio';
import { sha256Prefixed } from './datapackage.ts';

export interface CapturedFile {
  url: string;
  mime: string;
  data: Uint8Array;
}

export interface WarcOptions {
  /** The WARC's name within `archive/`. */
  filename: string;
  /** RFC 3339 capture time of every record. */
  date: string;
  software: string;
  description: string;
}

const WARC_VERSION = 'WARC/1.1';

/** An RFC 4122 version 5 (name-based, SHA-1) UUID as a WARC record id. */
export function recordId(name: string): string {
  const hash = createHash('sha1').update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}>`;
}

export async function writeWarc(files: readonly CapturedFile[], options: WarcOptions): Promise<Uint8Array> {
  const { filename, date } = options;
  const info = { software: options.software, format: 'WARC File Format 1.1', description: options.description };
  const warcinfo = WARCRecord.createWARCInfo(
    { filename, date, warcVersion: WARC_VERSION, warcHeaders: { 'WARC-Record-ID': recordId(`warcinfo ${filename} ${date} ${JSON.stringify(info)}`) } },
    info,
  );
  const chunks: Uint8Array[] = [await WARCSerializer.serialize(warcinfo, { gzip: true })];
  for (const { url, mime, data } of files) {
    const record = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        warcVersion: WARC_VERSION,
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': mime, 'Content-Length': String(data.byteLength) },
        warcHeaders: { 'WARC-Record-ID': recordId(`response ${url} ${date} ${sha256Prefixed(data)}`) },
      },
      [data],
    );
    chunks.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  return Buffer.concat(chunks);
}
