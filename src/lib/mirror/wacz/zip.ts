/**
 * The ZIP container of a WACZ, written and read with fflate. Entries are STOREd, never
 * compressed: the WARC inside is already gzip-compressed per record, and replay tools read byte
 * ranges of it in place. Every entry carries one fixed time, so the same content gives the same
 * bytes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export class ZipError extends Error {}

/**
 * ZIP stores wall-clock fields without a zone, and fflate fills them from the local time of the
 * Date it is given: this Date's local fields are `time`'s UTC fields, so every machine writes
 * the same bytes whatever its time zone.
 */
function utcFieldsAsLocal(time: Date): Date {
  return new Date(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds());
}

/** The ZIP file holding the entries in the given order, each stored uncompressed. */
export function writeStoredZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const mtime = utcFieldsAsLocal(modified);
  const files: Zippable = {};
  for (const { name, data } of entries) {
    if (name in files) throw new ZipError(`${name}: two entries of one name`);
    files[name] = [data, { level: 0, mtime }];
  }
  return zipSync(files);
}

/** The entries of a ZIP file, in order; each must be stored, or the read fails naming it. */
export function readStoredZip(zip: Uint8Array): ZipEntry[] {
  const compressed: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        if (file.compression !== 0) compressed.push(`${file.name} (method ${file.compression})`);
        return file.compression === 0;
      },
    });
  } catch (error) {
    throw new ZipError(`not a readable ZIP file: ${(error as Error).message}`);
  }
  if (compressed.length > 0) throw new ZipError(`compressed entries, where a WACZ stores them: ${compressed.join(', ')}`);
  return Object.entries(files).map(([name, data]) => ({ name, data }));
}
