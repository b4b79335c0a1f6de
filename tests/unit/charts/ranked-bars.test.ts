import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FONT_SIZE } from '../../../src/lib/charts/chart-units.ts';
import { layoutRankedBars, rankMarks } from '../../../src/lib/charts/ranked-bars.ts';
import { textWidth } from '../../../src/lib/charts/text-width.ts';
import { mark } from '../../helpers/chart-marks.ts';

const amounts = [mark(4.67e10, { label: 'Investment', display: 'CNY 46.7 billion' }), mark(2.2e10, { label: 'Domestic capital', display: 'CNY 22 billion' }), mark(2.45e8, { label: 'Foreign capital', display: 'USD 245 million' })];

describe('rankMarks', () => {
  it('puts the largest first and keeps equal amounts in the order given', () => {
    const [a, b, c, d] = [mark(1), mark(5), mark(3), mark(5)];
    expect(rankMarks([a!, b!, c!, d!])).toEqual([b, d, c, a]);
  });
});

describe('layoutRankedBars', () => {
  it('ranks the rows largest first', () => {
    const layout = layoutRankedBars([amounts[2]!, amounts[0]!, amounts[1]!]);
    expect(layout.rows.map((r) => r.figure)).toEqual(amounts.map((m) => m.figure));
  });

  it('scales from zero to the largest amount, bars proportional to their values', () => {
    const layout = layoutRankedBars(amounts);
    expect(layout.scale.domain).toEqual([0, 4.67e10]);
    const perUnit = (layout.scale.range[1] - layout.scale.range[0]) / 4.67e10;
    layout.rows.forEach((row, i) => {
      expect(row.bar.x).toBe(layout.zeroLine.x);
      expect(row.bar.width).toBeCloseTo(amounts[i]!.value * perUnit, 0);
    });
  });

  it('sets a value inside a bar that has room for it and outside one that has not, never past the chart', () => {
    const layout = layoutRankedBars(amounts);
    const [longest, , shortest] = layout.rows;
    expect(longest!.value).toMatchObject({ inside: true, anchor: 'end' });
    expect(longest!.value.x).toBeLessThan(longest!.bar.x + longest!.bar.width);
    expect(shortest!.value).toMatchObject({ inside: false, anchor: 'start' });
    expect(shortest!.value.x).toBeGreaterThan(shortest!.bar.x + shortest!.bar.width);
    expect(shortest!.value.x + textWidth('USD 245 million', FONT_SIZE)).toBeLessThanOrEqual(layout.width);
  });

  it('draws negative amounts leftwards from a zero line inside the plot', () => {
    const layout = layoutRankedBars([mark(6.6, { display: 'up 6.6%' }), mark(-3.2, { display: 'down 3.2%' }), mark(1.5, { display: 'up 1.5%' })]);
    expect(layout.scale.domain).toEqual([-3.2, 6.6]);
    expect(layout.zeroLine.x).toBeGreaterThan(layout.scale.range[0]);
    expect(layout.zeroLine.x).toBeLessThan(layout.scale.range[1]);
    const negative = layout.rows.at(-1)!;
    expect(negative.bar.x + negative.bar.width).toBeCloseTo(layout.zeroLine.x, 1);
    expect(negative.bar.x).toBeLessThan(layout.zeroLine.x);
    expect(layout.rows[0]!.bar.x).toBe(layout.zeroLine.x);
  });

  it('sets the value of a short negative bar just right of the zero line, and of a long one inside its left end', () => {
    const layout = layoutRankedBars([mark(20, { display: 'up 20%' }), mark(-1, { display: 'down 1%' }), mark(-20, { display: 'down 20%' })]);
    const [, short, long] = layout.rows;
    expect(short!.value).toMatchObject({ inside: false, anchor: 'start' });
    expect(short!.value.x).toBeGreaterThan(layout.zeroLine.x);
    expect(long!.value).toMatchObject({ inside: true, anchor: 'start' });
    expect(long!.value.x).toBeGreaterThan(long!.bar.x);
    expect(long!.value.x).toBeLessThan(layout.zeroLine.x);
  });

  it('runs the zero line past the bars but not through labels set above them', () => {
    const stacked = layoutRankedBars(amounts);
    expect(stacked.zeroLine.spans).toHaveLength(amounts.length);
    stacked.rows.forEach((row, i) => {
      const span = stacked.zeroLine.spans[i]!;
      expect(span.y1).toBeLessThan(row.bar.y);
      expect(span.y2).toBeGreaterThan(row.bar.y + row.bar.height);
      expect(span.y1).toBeGreaterThan(Math.max(...row.label.y));
    });
    const beside = layoutRankedBars([mark(2, { label: 'A' }), mark(-1, { label: 'B' })]);
    expect(beside.zeroLine.spans).toEqual([{ y1: 0, y2: beside.height }]);
  });

  it('draws targets hollow and other figures solid', () => {
    const layout = layoutRankedBars([mark(3, { kind: 'target' }), mark(2, { kind: 'actual' }), mark(1, { kind: 'estimate' })]);
    expect(layout.rows.map((r) => r.hollow)).toEqual([true, false, false]);
  });

  it('keeps every value label within the chart for any mix of amounts', () => {
    const property = fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }), (values) => {
      const layout = layoutRankedBars(values.map((v) => mark(v, { display: `${v.toFixed(1)} units` })));
      return layout.rows.every((row) => {
        const width = textWidth(row.value.lines[0]!, FONT_SIZE);
        const left = row.value.anchor === 'start' ? row.value.x : row.value.x - width;
        return left >= -0.5 && left + width <= layout.width + 0.5 && row.bar.width >= 0;
      });
    });
    fc.assert(property);
  });
});
