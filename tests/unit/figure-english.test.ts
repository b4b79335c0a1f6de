import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands, largeNumberEnglish, roundDecimal, shiftDecimalLeft } from '../../src/lib/figures/decimal-format.ts';
import { figureValueEnglish } from '../../src/lib/figures/figure-english.ts';
import type { Figure } from '../../src/lib/figures/figures.ts';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'x', plan: 2021, section: '1-1', paragraph: 'p1-1-1', period: 2020, kind: 'actual', value: 0, exact: '0',
  unit: 'CNY', unit_zh: '元', qualifier: null, direction: null, label_zh: 'x', source: { text: '', start: 0, end: 0 }, ...over,
});

describe('decimal formatting', () => {
  it('shifts the decimal point exactly (against BigInt arithmetic)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 9 }), (n, places) => {
        const [integer = '0', fraction = ''] = shiftDecimalLeft(n.toString(), places).split('.');
        return fraction.length <= places && BigInt(integer + fraction.padEnd(places, '0')) === n;
      }),
    );
  });

  it('rounds half-up exactly (against BigInt arithmetic)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (n) => {
        const expected = (n + 5n) / 10n; // n thousandths, rounded half-up to hundredths
        const [integer = '0', fraction = ''] = roundDecimal(shiftDecimalLeft(n.toString(), 3), 2).split('.');
        return BigInt(integer + fraction.padEnd(2, '0')) === expected;
      }),
    );
    expect(roundDecimal('13.277', 2)).toBe('13.28');
    expect(roundDecimal('0.995', 2)).toBe('1');
    expect(roundDecimal('2.3', 2)).toBe('2.3');
  });

  it('groups thousands', () => {
    expect(groupThousands('22091')).toBe('22,091');
    expect(groupThousands('1234567.5')).toBe('1,234,567.5');
    expect(groupThousands('999')).toBe('999');
  });

  it('scales to million and billion', () => {
    expect(largeNumberEnglish('13277000000')).toBe('13.28 billion');
    expect(largeNumberEnglish('236000000')).toBe('236 million');
    expect(largeNumberEnglish('702000000')).toBe('702 million');
    expect(largeNumberEnglish('379000')).toBe('379,000');
    expect(largeNumberEnglish('1000000')).toBe('1 million');
  });
});

describe('a figure value in English', () => {
  const english = (over: Partial<Figure>, before = '') => figureValueEnglish(figure(over), before).value;

  it('writes currencies with their code and scale', () => {
    expect(english({ exact: '13277000000', unit: 'CNY' })).toBe('CNY 13.28 billion');
    expect(english({ exact: '236000000', unit: 'USD' })).toBe('USD 236 million');
  });

  it('keeps percent and percentage points apart', () => {
    expect(english({ exact: '6.6', unit: 'percent', direction: 'increase' })).toBe('up 6.6%');
    expect(english({ exact: '2', unit: 'pp', direction: 'decrease' })).toBe('down 2 percentage points');
  });

  it('tells "fell to" from "fell by"', () => {
    expect(english({ exact: '41', unit: 'microgram-per-cubic-metre', direction: 'decrease' }, '降至 ')).toBe('down to 41 µg/m³');
    expect(english({ exact: '22.06', unit: 'percent', direction: 'decrease' }, '下降')).toBe('down 22.06%');
  });

  it('keeps approximate qualifiers', () => {
    expect(english({ exact: '20000', unit: 'item', qualifier: 'more-than' })).toBe('more than 20,000');
    expect(english({ exact: '300000', unit: 'tonne', qualifier: 'about' })).toBe('about 300,000 tonnes');
  });

  it('gives mu with hectares', () => {
    expect(english({ exact: '27600', unit: 'mu' })).toBe('27,600 mu (1,840 ha)');
    expect(english({ exact: '8100', unit: 'mu' })).toBe('8,100 mu (540 ha)');
  });

  it('prints counts as bare numbers, for the label to follow', () => {
    const result = figureValueEnglish(figure({ exact: '379000', unit: 'piece', qualifier: 'more-than' }), '');
    expect(result).toEqual({ value: 'more than 379,000', counts: true });
  });
});
