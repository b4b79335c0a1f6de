/**
 * The WARC of a WACZ (`archive/data.warc.gz`), written with warcio: a `warcinfo` record, then one
 * `response` record per file of the site as a static server would answer for it. Each record is
 * its own gzip member, so the CDXJ index can point replay tools at any record's byte range.
 */
import { WARCRecord, WARCSerializer } from 'warcio';
import type { CdxjEntry } from './cdxj.ts';
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

export async function writeWarc(files: readonly CapturedFile[], options: WarcOptions): Promise<{ warc: Uint8Array; index: CdxjEntry[] }> {
  const { filename, date } = options;
  const warcinfo = WARCRecord.createWARCInfo({ filename, warcVersion: WARC_VERSION }, { software: options.software, format: 'WARC File Format 1.1', description: options.description });
  const chunks: Uint8Array[] = [await WARCSerializer.serialize(warcinfo, { gzip: true })];
  let offset = chunks[0]!.byteLength;
  const index: CdxjEntry[] = [];
  for (const { url, mime, data } of files) {
    const record = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        warcVersion: WARC_VERSION,
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': mime, 'Content-Length': String(data.byteLength) },
      },
      [data],
    );
    const serialized = await WARCSerializer.serialize(record, { gzip: true });
    index.push({ url, date, mime: mime.split(';')[0]!, status: 200, digest: sha256Prefixed(data), offset, length: serialized.byteLength, filename });
    chunks.push(serialized);
    offset += serialized.byteLength;
  }
  return { warc: Buffer.concat(chunks), index };
}
