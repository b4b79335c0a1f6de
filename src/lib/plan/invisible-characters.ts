/**
 * Characters that change or hide text without showing themselves: bidirectional controls, which
 * can reorder what a reader sees (U+202E turns `abc` into `cba` on screen), and zero-width
 * characters, which make two strings that look the same differ. A plan's Chinese text has no use
 * for either; coming from a PDF extraction they would reach page titles, search and the termbase's
 * keys unseen, so they are refused where text enters, with the exact place and code point.
 */

const INVISIBLE: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const PATTERN = new RegExp(`[${Object.keys(INVISIBLE).map((c) => `\\u{${Number(c).toString(16)}}`).join('')}]`, 'u');

export interface InvisibleCharacter {
  /** 1-based line and column (in code points) of the character. */
  line: number;
  column: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  name: string;
}

/** The first invisible character of the text, or undefined. */
export function findInvisibleCharacter(text: string): InvisibleCharacter | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  const code = match[0].codePointAt(0)!;
  return { line, column, name: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${INVISIBLE[code]}` };
}

/** Why a hand-edited data file holding one is refused. */
export const INVISIBLE_REFUSED = ({ name }: InvisibleCharacter): string =>
  `an invisible character, ${name}: a key or value holding one looks like another and is not; delete it`;
