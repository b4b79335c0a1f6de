import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, FONT_SIZE } from '../../../src/lib/charts/chart-units.ts';
import { layoutSeries, type SeriesDot } from '../../../src/lib/charts/series.ts';
import { textWidth } from '../../../src/lib/charts/text-width.ts';
import { mark } from '../../helpers/chart-marks.ts';

const legend = { realized: 'Actual or estimate', target: 'Target' };
const growth = [
  mark(3.5, { period: 2020, kind: 'estimate', display: 'up 3.5%' }),
  mark(6.6, { period: 2021, kind: 'estimate', display: 'up 6.6%' }),
  mark(6, { period: 2021, kind: 'target', display: 'about 6%' }),
  mark(6.5, { period: 2022, kind: 'target', display: 'up 6.5%' }),
];

/** The `d` of a straight polyline through the dots' centres, as d3's line writes it. */
function polyline(dots: SeriesDot[]): string {
  return dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.cx},${d.cy}`).join('');
}

describe('layoutSeries', () => {
  const layout = layoutSeries(growth, { legend });

  it('puts one column per period, in order, across the width', () => {
    expect(layout.x.domain).toEqual([2020, 2021, 2022]);
    expect(layout.x.range).toEqual([0, CHART_WIDTH]);
    expect(layout.x.step).toBeCloseTo(CHART_WIDTH / 3, 1);
    expect(layout.periodLabels.map((p) => p.lines[0])).toEqual(['2020', '2021', '2022']);
  });

  it('includes zero in a nice value domain, larger values higher up', () => {
    const [low, high] = layout.y.domain;
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(6.6);
    expect(layout.y.range[0]).toBeGreaterThan(layout.y.range[1]);
    const byValue = [...layout.dots].sort((a, b) => a.cy - b.cy).map((d) => d.figure);
    expect(byValue[0]).toBe(growth[1]!.figure);
    expect(layout.zeroLine.y).toBe(layout.y.range[0]);
  });

  it('joins actual and estimate figures with a solid line and targets with their own, starting from the last figure before them', () => {
    const dot = (figure: string) => layout.dots.find((d) => d.figure === figure)!;
    expect(layout.realizedPath).toBe(polyline([dot(growth[0]!.figure), dot(growth[1]!.figure)]));
    expect(layout.targetPath).toBe(polyline([dot(growth[0]!.figure), dot(growth[2]!.figure), dot(growth[3]!.figure)]));
  });

  it('draws targets hollow and sets marks of one period side by side', () => {
    expect(layout.dots.map((d) => [d.kind, d.hollow])).toEqual([
      ['estimate', false],
      ['estimate', false],
      ['target', true],
      ['target', true],
    ]);
    const [estimate, target] = layout.dots.filter((d) => d.period === 2021);
    expect(estimate!.cx).toBeLessThan(target!.cx);
    expect((estimate!.cx + target!.cx) / 2).toBeCloseTo(layout.periodLabels[1]!.x, 1);
  });

  it('labels the higher mark of a period above it and the lower below', () => {
    const [higher, lower] = layout.dots.filter((d) => d.period === 2021);
    expect(higher!.label!.y[0]).toBeLessThan(higher!.cy);
    expect(lower!.label!.y[0]).toBeGreaterThan(lower!.cy);
  });

  it('keeps labels inside the chart', () => {
    for (const dot of layout.dots.filter((d) => d.label)) {
      const half = textWidth(dot.label!.lines[0]!, FONT_SIZE) / 2;
      expect(dot.label!.x - half).toBeGreaterThanOrEqual(0);
      expect(dot.label!.x + half).toBeLessThanOrEqual(CHART_WIDTH);
      expect(dot.label!.y[0]).toBeGreaterThan(FONT_SIZE);
    }
  });

  it('labels only the first and last figures and the last target when labels would collide', () => {
    const many = Array.from({ length: 8 }, (_, i) => mark(100 + i, { period: 2015 + i, display: `CNY ${100 + i} billion` }));
    const crowded = layoutSeries([...many, mark(120, { period: 2023, kind: 'target', display: 'CNY 120 billion' })], { legend });
    expect(crowded.dots.filter((d) => d.label).map((d) => d.figure)).toEqual([many[0]!.figure, many.at(-1)!.figure, crowded.dots.at(-1)!.figure]);
  });

  it('shows a legend only when there are targets, and a zero line between negative and positive values', () => {
    const falling = layoutSeries([mark(2, { period: 2020 }), mark(-3.2, { period: 2021 })], { legend });
    expect(falling.legend).toEqual([]);
    expect(falling.y.domain[0]).toBeLessThan(0);
    expect(falling.zeroLine.y).toBeGreaterThan(falling.y.range[1]);
    expect(falling.zeroLine.y).toBeLessThan(falling.y.range[0]);
    expect(layout.legend.map((e) => [e.text, e.hollow])).toEqual([
      ['Actual or estimate', false],
      ['Target', true],
    ]);
  });

  it('draws a single mark without lines', () => {
    const single = layoutSeries([mark(5, { kind: 'target' })], { legend });
    expect([single.realizedPath, single.targetPath]).toEqual([null, null]);
    expect(single.dots[0]!.cx).toBe(CHART_WIDTH / 2);
  });
});
