/**
 * Writes exact decimal strings (`13277000000`, `2.76`) for English readers: scaled to million or
 * billion, rounded half-up, with thousands separators. String arithmetic only, so what is printed
 * is the source's value rounded, never a float's approximation of it.
 */

/** Moves the decimal point `places` to the left (divides by 10^places), exactly. */
export function shiftDecimalLeft(decimal: string, places: number): string {
  const [integer = '0', fraction = ''] = decimal.split('.');
  const padded = integer.padStart(places + 1, '0');
  const cut = padded.length - places;
  return trimDecimal(`${padded.slice(0, cut)}.${padded.slice(cut)}${fraction}`);
}

/** Rounds half-up to at most `digits` fractional digits, exactly. */
export function roundDecimal(decimal: string, digits: number): string {
  const [integer = '0', fraction = ''] = decimal.split('.');
  if (fraction.length <= digits) return trimDecimal(decimal);
  const kept = `${integer}${fraction.slice(0, digits)}`;
  const roundedUp = Number(fraction[digits]) >= 5;
  const scaled = (BigInt(kept) + (roundedUp ? 1n : 0n)).toString().padStart(digits + 1, '0');
  return trimDecimal(digits === 0 ? scaled : `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}`);
}

function trimDecimal(decimal: string): string {
  let [integer = '0', fraction = ''] = decimal.split('.');
  integer = integer.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

/** Thousands separators in the integer part: `22091` → `22,091`. */
export function groupThousands(decimal: string): string {
  const [integer = '0', fraction] = decimal.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** `13277000000` → `13.28 billion`, `236000000` → `236 million`, `379000` → `379,000`. */
export function largeNumberEnglish(decimal: string): string {
  const integerDigits = decimal.split('.')[0]!.replace(/^0+/, '').length;
  if (integerDigits >= 10) return `${groupThousands(roundDecimal(shiftDecimalLeft(decimal, 9), 2))} billion`;
  if (integerDigits >= 7) return `${groupThousands(roundDecimal(shiftDecimalLeft(decimal, 6), 2))} million`;
  return groupThousands(roundDecimal(decimal, 2));
}
