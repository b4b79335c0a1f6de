/**
 * Numbers as the plans print them: Arabic digits with Chinese scale words (`132.77 亿元`,
 * `37.9 万余只`) and, for small counts, Chinese numerals (`四个`, `一千零七十`).
 *
 * A published figure must equal the printed one digit for digit, and binary floating point cannot
 * promise that: `132.77 * 1e8` is 13277000000.000002 and `2.76 * 1e4` is 27599.999999999996. So
 * values travel as canonical decimal strings, a scale word only moves the decimal point, and
 * converting to `number` is left to the caller, once, at the very end.
 */

/** Powers of ten of the scale characters; `万` and `亿` are the ones the plans print. */
const SCALE_EXPONENTS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Units inside a group of four digits (below 万). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The canonical decimal string of an Arabic number as printed (`2.76`, `70200`, `1,070.14`,
 * full-width `１２` too): no leading zeros, no trailing fractional zeros. Null when the text is not
 * an unsigned decimal number.
 */
export function parseDecimal(text: string): string | null {
  const ascii = text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace('．', '.');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(ascii);
  if (!match) return null;
  const integer = (match[1] ?? '').replaceAll(',', '');
  return normalize(integer, match[2] ?? '');
}

/**
 * Whether `text` is a scale word: one scale character or a compound such as `千万` (10^7) or
 * `万亿` (10^12).
 */
export function isScale(text: string): boolean {
  return scaleExponent(text) !== null;
}

/**
 * `decimal` (a string `parseDecimal` accepts) multiplied by the scale word (empty for none), as
 * an exact canonical decimal string: `applyScale('132.77', '亿')` is `'13277000000'`. Throws on
 * a malformed argument, which is a programming error rather than a property of the text.
 */
export function applyScale(decimal: string, scale: string): string {
  const canonical = parseDecimal(decimal);
  if (canonical === null) throw new RangeError(`not a decimal number: ${JSON.stringify(decimal)}`);
  const exponent = scale === '' ? 0 : scaleExponent(scale);
  if (exponent === null) throw new RangeError(`not a scale word: ${JSON.stringify(scale)}`);
  const [integer = '', fraction = ''] = canonical.split('.');
  const digits = integer + fraction;
  const pointAt = integer.length + exponent;
  const padded = digits.padEnd(pointAt, '0');
  return normalize(padded.slice(0, pointAt), padded.slice(pointAt));
}

/**
 * The value of a Chinese numeral (`四` 4, `两千` 2000, `一千零七十` 1070, `十四` 14, `三万五` 35000,
 * `千亿` 10^11), or null when the text is not a well-formed numeral (`十四五`, `二〇二一`, `万`).
 * A leading `十`/`百`/`千` stands for one of it, as in speech; a digit after a unit with no `零`
 * between stands for the next lower unit (`一百五` is 150).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '零' || text === '〇') return 0;
  const first = SCALE_EXPONENTS[text[0] ?? ''];
  if (text === '' || first === 4 || first === 8) return null;
  const yi = splitOnce(text, '亿');
  if (yi) {
    const high = parseBelowYi(yi.before);
    const low = yi.after === '' ? 0 : parseAbbreviable(yi.after, 1e8, parseBelowYi);
    if (high === null || high === 0 || low === null) return null;
    return high * 1e8 + low;
  }
  return parseBelowYi(text);
}

function parseBelowYi(text: string): number | null {
  const wan = splitOnce(text, '万');
  if (wan) {
    const high = parseGroup(wan.before);
    const low = wan.after === '' ? 0 : parseAbbreviable(wan.after, 1e4, parseGroup);
    if (high === null || high === 0 || low === null) return null;
    return high * 1e4 + low;
  }
  return parseGroup(text);
}

/**
 * The part after `万` or `亿`: a lone digit is the next lower unit (`三万五` is 35000), a part
 * starting with `零` is a plain remainder (`一万零五` is 10005).
 */
function parseAbbreviable(
  text: string,
  unit: number,
  parse: (part: string) => number | null,
): number | null {
  const digit = CHINESE_DIGITS[text];
  if (text.length === 1 && digit !== undefined && digit !== 0) return (digit * unit) / 10;
  const rest = text.startsWith('零') || text.startsWith('〇') ? text.slice(1) : text;
  if (rest === '' || rest.startsWith('零') || rest.startsWith('〇')) return null;
  const value = parse(rest);
  if (value === null || value >= unit) return null;
  return value;
}

/** A numeral from 1 to 9999. */
function parseGroup(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let pendingDigit: number | null = null;
  let lastUnit = 10000;
  let afterZero = false;
  let unitsSeen = 0;
  for (const character of text) {
    const digit = CHINESE_DIGITS[character];
    const unit = SMALL_UNITS[character];
    if (digit !== undefined) {
      if (pendingDigit !== null) return null;
      if (digit === 0) {
        if (afterZero || unitsSeen === 0 || lastUnit === 10) return null;
        afterZero = true;
        continue;
      }
      pendingDigit = digit;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      const impliedOne = unitsSeen === 0 || (afterZero && unit === 10);
      if (pendingDigit === null && !impliedOne) return null;
      total += (pendingDigit ?? 1) * unit;
      pendingDigit = null;
      lastUnit = unit;
      afterZero = false;
      unitsSeen += 1;
    } else {
      return null;
    }
  }
  if (pendingDigit !== null) {
    const abbreviated = unitsSeen > 0 && !afterZero && lastUnit > 10;
    total += abbreviated ? (pendingDigit * lastUnit) / 10 : pendingDigit;
  } else if (afterZero) {
    return null;
  }
  return total;
}

function splitOnce(text: string, separator: string): { before: string; after: string } | null {
  const at = text.indexOf(separator);
  if (at < 0) return null;
  if (text.indexOf(separator, at + 1) >= 0) return null;
  return { before: text.slice(0, at), after: text.slice(at + 1) };
}

function scaleExponent(scale: string): number | null {
  if (scale === '' || !/^[十百千]?万?亿?$/.test(scale)) return null;
  return [...scale].reduce((total, character) => total + (SCALE_EXPONENTS[character] ?? 0), 0);
}

function normalize(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '') || '0';
  const decimals = fraction.replace(/0+$/, '');
  return decimals === '' ? whole : `${whole}.${decimals}`;
}
