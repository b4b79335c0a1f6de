/**
 * Refusing what is not UTF-8: for any bytes the decoder refuses, the message names the first
 * byte that breaks UTF-8, at the offset where the valid text ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/lib/plan/ingest-error.ts';
import { decodeSource } from '../../src/lib/plan/source-text.ts';

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Text near UTF-8's edges: well-formed characters, and any lead byte with one to three
 * continuation bytes after it, which is how overlong forms, surrogates and code points past
 * U+10FFFF look.
 */
const nearlyUtf8 = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }).map((text) => [...Buffer.from(text.replace(/\0/g, ' '), 'utf8')]),
      fc.tuple(fc.integer({ min: 0x80, max: 0xff }), fc.array(fc.integer({ min: 0x80, max: 0xbf }), { minLength: 0, maxLength: 3 })).map(([lead, rest]) => [lead, ...rest]),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pieces) => Uint8Array.from(pieces.flat()));

describe('decodeSource on bytes that are not UTF-8', () => {
  it('names the offending byte and the offset where the valid text ends, for any bytes', () => {
    fc.assert(
      fc.property(nearlyUtf8, (bytes) => {
        fc.pre(!decodes(bytes));
        let message = '';
        try {
          decodeSource(bytes, 'plan.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          message = (error as Error).message;
        }
        const match = /not valid UTF-8 \(byte 0x([0-9a-f]{2}) at offset (\d+)\)/.exec(message);
        expect(match, message).not.toBeNull();
        const offset = Number(match![2]);
        expect(Number.parseInt(match![1]!, 16)).toBe(bytes[offset]);
        expect(decodes(bytes.subarray(0, offset)), message).toBe(true);
        for (let k = 1; k <= 4 && offset + k <= bytes.length; k++) expect(decodes(bytes.subarray(0, offset + k)), `${message}, ${k} more bytes`).toBe(false);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it.each([
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['an overlong three-byte form', [0x61, 0x0a, 0xe0, 0x80, 0x80], 2],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0x80], 0],
    ['a code point past U+10FFFF', [0xe4, 0xb8, 0xad, 0xf4, 0x90, 0x80, 0x80], 3],
    ['a sequence cut at the end', [0x61, 0xe4, 0xb8], 1],
  ])('names %s', (_, bytes, offset) => {
    expect(() => decodeSource(Uint8Array.from(bytes), 'plan.txt')).toThrow(`at offset ${offset})`);
  });
});

describe('decodeSource on invisible characters', () => {
  const INVISIBLE = [0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff];

  it('refuses a bidi control or zero-width character anywhere, naming line, column and code point', () => {
    const lines = fc.array(fc.string({ unit: fc.constantFrom(...'西青区规划年，。、（）0123456789 ab'), maxLength: 12 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(lines, fc.nat(), fc.nat(), fc.constantFrom(...INVISIBLE), (text, lineAt, columnAt, code) => {
        const line = lineAt % text.length;
        const column = columnAt % ([...text[line]!].length + 1);
        // U+FEFF at the very start is a byte-order mark, which decoding drops.
        fc.pre(!(code === 0xfeff && line === 0 && column === 0));
        const chars = [...text[line]!];
        chars.splice(column, 0, String.fromCodePoint(code));
        const withInvisible = [...text.slice(0, line), chars.join(''), ...text.slice(line + 1), '一、规划'].join('\n');
        const name = `U\\+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        expect(() => decodeSource(Buffer.from(withInvisible, 'utf8'), 'plan.txt')).toThrow(new RegExp(`^plan\\.txt:${line + 1}: column ${column + 1}: an invisible character, ${name} `));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('still accepts a byte-order mark at the very start', () => {
    expect(decodeSource(Buffer.from('\ufeff一、规划\n', 'utf8'), 'plan.txt')).toBe('一、规划\n');
  });
});
