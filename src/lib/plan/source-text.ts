/**
 * Turns the bytes of a source file into text, refusing what is not a UTF-8 plan.
 *
 * Plans arrive as text extracted from PDFs; the usual accidents are a GBK export, a binary file
 * saved under a .txt name, or an empty file. Each is refused with the line where it shows, since
 * a silently mis-decoded plan would publish mojibake as the official text. A byte-order mark and
 * CRLF line ends are harmless and accepted.
 */
import { IngestError } from './ingest-error.ts';
import { findInvisibleCharacter } from './invisible-characters.ts';

/** 1-based line number of the byte at `offset`. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The bytes allowed after a lead byte, per the Unicode Standard's table of well-formed UTF-8
 * (Table 3-7): the second byte's range excludes overlong forms (after E0, F0), surrogates
 * (after ED) and code points past U+10FFFF (after F4); later bytes are 80–BF.
 */
function sequenceOf(lead: number): { length: number; second: [number, number] } | undefined {
  if (lead < 0x80) return { length: 1, second: [0, 0] };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, second: [0x80, 0xbf] };
  if (lead === 0xe0) return { length: 3, second: [0xa0, 0xbf] };
  if (lead === 0xed) return { length: 3, second: [0x80, 0x9f] };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, second: [0x80, 0xbf] };
  if (lead === 0xf0) return { length: 4, second: [0x90, 0xbf] };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, second: [0x80, 0xbf] };
  if (lead === 0xf4) return { length: 4, second: [0x80, 0x8f] };
  return undefined;
}

/** Offset of the first byte of the first sequence that is not well-formed UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const sequence = sequenceOf(bytes[i]!);
    if (!sequence || i + sequence.length > bytes.length) return i;
    const [low, high] = sequence.second;
    if (sequence.length > 1 && (bytes[i + 1]! < low || bytes[i + 1]! > high)) return i;
    for (let k = 2; k < sequence.length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += sequence.length;
  }
  return -1;
}

/** Decodes a plan source: UTF-8, no NUL bytes, not empty; line ends made LF (TextDecoder drops a BOM). */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(file, undefined, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(file, lineAtByte(bytes, nul), 'a NUL byte: this is a binary file, not a plan text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new IngestError(
      file,
      lineAtByte(bytes, Math.max(offset, 0)),
      `not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}); convert the file to UTF-8, e.g. from GBK with iconv -f GBK -t UTF-8`,
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, undefined, 'the file holds only white space');
  const invisible = findInvisibleCharacter(text);
  if (invisible) {
    throw new IngestError(
      file,
      invisible.line,
      `column ${invisible.column}: an invisible character, ${invisible.name}, which would reach titles, search and termbase keys unseen; remove it from the source and record its new sha256 in the catalogue`,
    );
  }
  return text;
}
