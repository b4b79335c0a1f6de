/**
 * Label widths estimated without a font: build-time geometry has no text metrics, so widths come
 * from character classes. CJK and full-width characters are one em; Latin letters and digits
 * about 0.6em (set to the widest common fallback, DejaVu Sans). Estimates err wide, so a label
 * judged to fit does fit.
 */

/** Hangul, CJK ideographs, kana, full-width forms and punctuation (BMP ranges; astral ideographs below). */
const FULL_WIDTH_RANGES = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const ASTRAL_IDEOGRAPHS = '\\u{20000}-\\u{3fffd}';
const FULL_WIDTH = new RegExp(`[${FULL_WIDTH_RANGES}${ASTRAL_IDEOGRAPHS}]`, 'u');
/** Closing punctuation that must not start a line: 、。，；：）」』” */
const NO_LINE_START = '\\u3001\\u3002\\uff0c\\uff1b\\uff1a\\uff09\\u300d\\u300f\\u201d';
/** Breakable units: one full-width character (with closing punctuation), a run of spaces, or a run of other characters. */
const TOKEN = new RegExp(`[${FULL_WIDTH_RANGES}${ASTRAL_IDEOGRAPHS}][${NO_LINE_START}]*|\\s+|[^\\s${FULL_WIDTH_RANGES}${ASTRAL_IDEOGRAPHS}]+`, 'gu');
const NARROW = /[\s.,:;'’|!ilIjft()[\]-]/;
const WIDE_LATIN = /[MWmw@%]/;
const UPPER = /[A-Z]/;

/** The advance of one character in em. */
function charEm(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  if (NARROW.test(char)) return 0.34;
  if (WIDE_LATIN.test(char)) return 0.9;
  if (UPPER.test(char)) return 0.7;
  return 0.64;
}

/** The estimated width of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`: between words in English, between characters
 * in Chinese. A single word wider than the line gets a line of its own rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.trim().match(TOKEN) ?? []) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trim() === '' ? '' : token;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
