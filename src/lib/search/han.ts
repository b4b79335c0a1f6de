/**
 * Han characters as single search words.
 *
 * Pagefind cuts Chinese into words twice, differently: jieba when it indexes, the browser's
 * `Intl.Segmenter` when it reads a query (Pagefind#1237). Measured on the plans, a query such as
 * `覆盖` found nothing in a paragraph that jieba had cut `基站覆盖` into `基 / 站 / 覆盖`.
 * Giving every Han character its own word on both sides removes the disagreement: the index
 * sees a zero-width space between adjacent Han characters (Pagefind strips it from what it
 * shows), and a query becomes the exact phrase of its characters, which is substring search —
 * what Chinese readers expect of a search box.
 */

export const ZERO_WIDTH_SPACE = '\u200b';
const HAN = /\p{Script=Han}/u;
const HAN_PAIR = /(\p{Script=Han})(?=\p{Script=Han})/gu;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The page with a zero-width space between Han characters that meet in its text, also across
 * inline tags (`思想</span>和`). Tags, attribute values, scripts and styles are left as they are.
 */
export function separateHanCharacters(html: string): string {
  let previousEndsInHan = false;
  let rawTextUntil: string | undefined;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        const name = /^<\/?([a-zA-Z][\w-]*)/.exec(piece)?.[1]?.toLowerCase();
        if (rawTextUntil) {
          if (piece.toLowerCase().startsWith(`</${rawTextUntil}`)) rawTextUntil = undefined;
        } else if (name === 'script' || name === 'style') {
          if (!piece.startsWith('</')) rawTextUntil = name;
        }
        return piece;
      }
      if (rawTextUntil || piece === '') return piece;
      const separated = piece.replace(HAN_PAIR, `$1${ZERO_WIDTH_SPACE}`);
      const joined = previousEndsInHan && isHan(String.fromCodePoint(separated.codePointAt(0)!)) ? ZERO_WIDTH_SPACE + separated : separated;
      const last = [...piece].at(-1)!;
      previousEndsInHan = isHan(last);
      return joined;
    })
    .join('');
}
