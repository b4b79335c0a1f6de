import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyScale, isScale, parseChineseNumeral, parseDecimal } from '../../src/lib/numerals.ts';

/** A canonical decimal string: no leading zeros, no trailing fractional zeros. */
const canonicalDecimal = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 15n }),
    fc.integer({ min: 0, max: 8 }),
    fc.bigInt({ min: 0n, max: 10n ** 8n - 1n }),
  )
  .map(([integer, fractionDigits, fraction]) => {
    const digits = fraction.toString().padStart(8, '0').slice(0, fractionDigits).replace(/0+$/, '');
    return digits === '' ? integer.toString() : `${integer}.${digits}`;
  });

/**
 * `decimal × 10^exponent` computed with BigInt arithmetic, independently of the string shifting
 * under test.
 */
function scaledWithBigInt(decimal: string, exponent: number): string {
  const [integer = '', fraction = ''] = decimal.split('.');
  const numerator = BigInt(integer + fraction) * 10n ** BigInt(exponent);
  const denominator = 10n ** BigInt(fraction.length);
  const whole = numerator / denominator;
  const remainder = (numerator % denominator).toString().padStart(fraction.length, '0');
  const decimals = fraction.length === 0 ? '' : remainder.replace(/0+$/, '');
  return decimals === '' ? whole.toString() : `${whole}.${decimals}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

interface NumeralStyle {
  /** `两千` rather than `二千` before 千, 百 and 万. */
  liang: boolean;
  /** `一十四` rather than the spoken `十四` at the start. */
  explicitLeadingOne: boolean;
}

/** The conventional Chinese numeral for 0 ≤ n < 100000, written the way official texts do. */
function toChineseNumeral(n: number, style: NumeralStyle): string {
  if (n === 0) return '零';
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  let text = wan > 0 ? `${group(wan, true, style)}万` : '';
  if (rest > 0) text += (wan > 0 && rest < 1000 ? '零' : '') + group(rest, wan === 0, style);
  return text;
}

function group(n: number, leading: boolean, style: NumeralStyle): string {
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let text = '';
  let pendingZero = false;
  for (const [place, unit] of places) {
    const digit = Math.floor(n / place) % 10;
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    const first = text === '';
    if (unit === '十' && digit === 1 && first && leading && !style.explicitLeadingOne) {
      text += '十';
    } else {
      const useLiang = digit === 2 && style.liang && (unit === '千' || unit === '百');
      text += (useLiang ? '两' : DIGITS[digit]) + unit;
    }
  }
  return text;
}

describe('parseDecimal', () => {
  it.each([
    ['2.76', '2.76'],
    ['70200', '70200'],
    ['007.500', '7.5'],
    ['0.90', '0.9'],
    ['0', '0'],
    ['1,070.14', '1070.14'],
    ['１２．５', '12.5'],
    [' 132.77 ', '132.77'],
  ])('reads %j as %j', (printed, canonical) => {
    expect(parseDecimal(printed)).toBe(canonical);
  });

  it.each(['', '.5', '5.', '1.2.3', '-1', '+1', '1e5', 'abc', '1,07', '12,3456', '五'])(
    'rejects %j',
    (printed) => {
      expect(parseDecimal(printed)).toBeNull();
    },
  );

  it('gives back any canonical decimal unchanged, and ignores padding zeros', () => {
    fc.assert(
      fc.property(canonicalDecimal, fc.nat({ max: 3 }), fc.nat({ max: 3 }), (decimal, lead, trail) => {
        expect(parseDecimal(decimal)).toBe(decimal);
        const padded = '0'.repeat(lead) + decimal + (decimal.includes('.') ? '0'.repeat(trail) : '');
        expect(parseDecimal(padded)).toBe(decimal);
      }),
    );
  });
});

describe('applyScale', () => {
  it.each([
    ['2.76', '万', '27600'],
    ['132.77', '亿', '13277000000'],
    ['70200', '万', '702000000'],
    ['37.9', '万', '379000'],
    ['0.9', '万', '9000'],
    ['1.23456', '万', '12345.6'],
    ['0.00001', '万', '0.1'],
    ['5', '千万', '50000000'],
    ['1.5', '万亿', '1500000000000'],
    ['3', '百', '300'],
    ['6.6', '', '6.6'],
  ])('%s × %s = %s', (decimal, scale, exact) => {
    expect(applyScale(decimal, scale)).toBe(exact);
  });

  it('is exact where a float multiplication is not', () => {
    expect(132.77 * 1e8).not.toBe(13277000000);
    expect(applyScale('132.77', '亿')).toBe('13277000000');
  });

  it('throws on a malformed number or scale', () => {
    expect(() => applyScale('1.2.3', '万')).toThrow(RangeError);
    expect(() => applyScale('12', '元')).toThrow(RangeError);
    expect(() => applyScale('12', '万千')).toThrow(RangeError);
  });

  it('shifts the decimal point by four places for 万 and eight for 亿', () => {
    fc.assert(
      fc.property(canonicalDecimal, (decimal) => {
        expect(applyScale(decimal, '万')).toBe(scaledWithBigInt(decimal, 4));
        expect(applyScale(decimal, '亿')).toBe(scaledWithBigInt(decimal, 8));
        expect(applyScale(applyScale(decimal, '万'), '万')).toBe(applyScale(decimal, '亿'));
      }),
    );
  });
});

describe('isScale', () => {
  it.each(['十', '百', '千', '万', '亿', '千万', '百万', '万亿'])('accepts %s', (scale) => {
    expect(isScale(scale)).toBe(true);
  });

  it.each(['', '元', '万千', '亿万', '万万', '十百', '百千', '两'])('rejects %j', (scale) => {
    expect(isScale(scale)).toBe(false);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['四', 4],
    ['两', 2],
    ['两千', 2000],
    ['一千零七十', 1070],
    ['十四', 14],
    ['一十四', 14],
    ['二十', 20],
    ['十', 10],
    ['零', 0],
    ['〇', 0],
    ['九十五', 95],
    ['百', 100],
    ['千', 1000],
    ['一百零五', 105],
    ['一千零十', 1010],
    ['一百五', 150],
    ['两万', 20000],
    ['十万', 100000],
    ['三万五', 35000],
    ['一万零五', 10005],
    ['千亿', 100000000000],
    ['一亿零五百万', 105000000],
  ])('reads %s as %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it.each(['', '十四五', '二〇二一', '万', '亿元', '百十', '十百', '一千零零五', '一千零', '四个', '两两'])(
    'rejects %j',
    (numeral) => {
      expect(parseChineseNumeral(numeral)).toBeNull();
    },
  );

  it('reads back every numeral from 0 to 99999', () => {
    const misread: string[] = [];
    for (let n = 0; n <= 99999; n += 1) {
      const numeral = toChineseNumeral(n, { liang: false, explicitLeadingOne: false });
      if (parseChineseNumeral(numeral) !== n) misread.push(`${n} ${numeral}`);
    }
    expect(misread).toEqual([]);
  });

  it('reads back numerals in each written style', () => {
    const style = fc.record({ liang: fc.boolean(), explicitLeadingOne: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), style, (n, written) => {
        const numeral = toChineseNumeral(n, written);
        expect(parseChineseNumeral(numeral), numeral).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the numerals the way the property above assumes', () => {
    const plain = { liang: false, explicitLeadingOne: false };
    expect(toChineseNumeral(1070, plain)).toBe('一千零七十');
    expect(toChineseNumeral(14, plain)).toBe('十四');
    expect(toChineseNumeral(10010, plain)).toBe('一万零一十');
    expect(toChineseNumeral(2000, { liang: true, explicitLeadingOne: false })).toBe('两千');
    expect(toChineseNumeral(99999, plain)).toBe('九万九千九百九十九');
  });
});
