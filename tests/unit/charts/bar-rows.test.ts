import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBarRows, type BarRowsLayout, type RowInput } from '../../../src/lib/charts/bar-rows.ts';
import { CHART_MIN_WIDTH, FONT_SIZE, SMALL_FONT_SIZE, type TextPlacement } from '../../../src/lib/charts/chart-units.ts';
import { textWidth } from '../../../src/lib/charts/text-width.ts';

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Every text of a layout as drawn in a chart `width` wide: x positions are shares of the width
 * laid out for (the component writes them as percentages), text keeps its size.
 */
function textBoxes(layout: BarRowsLayout, width: number): Box[] {
  const scale = (x: number) => (x / layout.width) * width;
  const box = (what: string, text: TextPlacement, size: number, scaled: boolean): Box[] =>
    text.lines.map((line, i) => {
      const w = textWidth(line, size);
      const x = scaled ? scale(text.x) : text.x;
      const left = text.anchor === 'start' ? x : text.anchor === 'end' ? x - w : x - w / 2;
      return { what: `${what} "${line}"`, left, right: left + w, top: text.y[i]! - size * 0.8, bottom: text.y[i]! + size * 0.2 };
    });
  return [
    ...layout.legend.flatMap((l) => box('key', l.label, SMALL_FONT_SIZE, false)),
    ...layout.rows.flatMap((row) => [...box('label', row.label, FONT_SIZE, true), ...row.bars.flatMap((b) => box('value', b.value, FONT_SIZE, true))]),
  ];
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const legend = [
  { style: 'solid', text: 'Actual or estimate' },
  { style: 'hollow', text: 'Target' },
] as const;

const label = fc.oneof(fc.constantFrom('2021', 'Services', '高技术制造业', 'High-tech manufacturing', 'Projects worth CNY one hundred million or more'), fc.string({ minLength: 1, maxLength: 40 }));
const valueText = fc.constantFrom('up 26.7%', 'CNY 46.7 billion (est.)', '5', 'more than 19.2%', '64.84 万人', 'down 0.6%');
const bar = fc.record({ value: fc.integer({ min: -1e7, max: 1e7 }).map((tenths) => tenths / 10), text: valueText, kind: fc.constantFrom('actual', 'estimate', 'target') as fc.Arbitrary<'actual' | 'estimate' | 'target'> });
const rows: fc.Arbitrary<RowInput[]> = fc.array(fc.record({ label, bars: fc.array(bar, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 8 }).map((rs) =>
  rs.map((r, i) => ({ label: r.label, bars: r.bars.map((b, j) => ({ ...b, figure: `f${i}-${j}` })) })),
);

describe('layoutBarRows', () => {
  it('never lets two texts overlap or leave the chart, at the narrowest width or any wider', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: CHART_MIN_WIDTH, max: 1200 }), (input, width) => {
        const layout = layoutBarRows(input, { legend });
        for (const at of [CHART_MIN_WIDTH, width]) {
          const boxes = textBoxes(layout, at);
          for (const b of boxes) {
            expect(b.left, `${b.what} at ${at}`).toBeGreaterThanOrEqual(-0.5);
            expect(b.right, `${b.what} at ${at}`).toBeLessThanOrEqual(at + 0.5);
          }
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.what} and ${boxes[j]!.what} at ${at}`).toBe(false);
        }
      }),
    );
  });

  it('draws every bar from zero, its length proportional to its value (one scale for all)', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const layout = layoutBarRows(input, { legend });
        const values = input.flatMap((r) => r.bars.map((b) => b.value));
        const placed = layout.rows.flatMap((r) => r.bars);
        const [low, high] = layout.scale.domain;
        const perUnit = (layout.scale.range[1] - layout.scale.range[0]) / (high - low);
        placed.forEach((b, i) => {
          expect(b.rect.width).toBeCloseTo(Math.abs(values[i]!) * perUnit, 0);
          // One end of every bar is the zero line.
          expect(Math.min(Math.abs(b.rect.x - layout.zeroLine.x), Math.abs(b.rect.x + b.rect.width - layout.zeroLine.x))).toBeLessThan(0.2);
        });
        expect(low).toBeLessThanOrEqual(0);
        expect(high).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('keeps rows apart and the key above them', () => {
    const layout = layoutBarRows(
      [
        { label: '2020', bars: [{ figure: 'a', kind: 'actual', value: 792, text: '792' }] },
        { label: '2021', bars: [{ figure: 'b', kind: 'estimate', value: 776, text: '776 (est.)' }, { figure: 'c', kind: 'target', value: 800, text: '800' }] },
      ],
      { legend },
    );
    const keyBottom = Math.max(...layout.legend.map((l) => l.swatch.y + l.swatch.height));
    const rects = layout.rows.flatMap((r) => r.bars.map((b) => b.rect));
    expect(Math.min(...rects.map((r) => r.y))).toBeGreaterThan(keyBottom);
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.y).toBeGreaterThanOrEqual(rects[i - 1]!.y + rects[i - 1]!.height);
    // A year's outcome and its target share the year's row: one label for both.
    expect(layout.rows[1]!.bars.map((b) => b.hollow)).toEqual([false, true]);
    expect(layout.height).toBeGreaterThanOrEqual(rects.at(-1)!.y + rects.at(-1)!.height);
  });

  it('draws a track across a fixed domain, each fill its share of it', () => {
    const layout = layoutBarRows(
      [
        { label: 'Services', bars: [{ figure: 'a', kind: 'actual', value: 55.8, text: '55.8%' }] },
        { label: 'Farming', bars: [{ figure: 'b', kind: 'actual', value: 4, text: '4%' }] },
      ],
      { domain: [0, 100], track: true, legend: [{ style: 'track', text: 'The whole (100%)' }] },
    );
    for (const row of layout.rows) {
      expect(row.track!.x).toBe(row.bars[0]!.rect.x);
      expect(row.bars[0]!.rect.width / row.track!.width).toBeCloseTo([55.8, 4][layout.rows.indexOf(row)]! / 100, 2);
    }
  });

  it('refuses a value outside a fixed domain, and a row without bars', () => {
    expect(() => layoutBarRows([{ label: 'x', bars: [{ figure: 'a', kind: 'actual', value: 120, text: '120%' }] }], { domain: [0, 100], legend: [] })).toThrow(/a is 120/);
    expect(() => layoutBarRows([{ label: 'x', bars: [] }], { legend: [] })).toThrow(/one or two bars/);
  });
});
