import { describe, expect, it } from 'vitest';
import { SPARKLINE_HEIGHT, SPARKLINE_WIDTH, layoutSparkline } from '../../../src/lib/charts/sparkline.ts';
import { mark } from '../../helpers/chart-marks.ts';

describe('layoutSparkline', () => {
  const marks = [mark(10, { period: 2021 }), mark(12, { period: 2020, kind: 'estimate' }), mark(11, { period: 2021, kind: 'estimate' }), mark(14, { period: 2022, kind: 'target' })];
  const layout = layoutSparkline(marks);

  it('runs the line through one figure per period, the actual over the estimate, left to right', () => {
    const points = [...layout.path!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toHaveLength(2);
    expect(points[0]![0]).toBeLessThan(points[1]![0]!);
    // 2020's 12 is higher than 2021's actual 10 (y grows downwards); the estimate 11 is not drawn.
    expect(points[0]![1]).toBeLessThan(points[1]![1]!);
  });

  it('fits every point inside the box on a scale from zero, the largest value at the top', () => {
    const dots = layout.dots;
    for (const d of dots) {
      expect(d.cx - d.r).toBeGreaterThanOrEqual(0);
      expect(d.cx + d.r).toBeLessThanOrEqual(SPARKLINE_WIDTH);
      expect(d.cy - d.r).toBeGreaterThanOrEqual(0);
      expect(d.cy + d.r).toBeLessThanOrEqual(SPARKLINE_HEIGHT);
    }
    const target = dots.find((d) => d.hollow)!;
    expect(Math.min(...dots.map((d) => d.cy))).toBe(target.cy);
    // From zero: 10 of 14 sits at about 10/14 of the height above the baseline.
    const latest = dots.find((d) => !d.hollow)!;
    expect((layout.zero - latest.cy) / (layout.zero - target.cy)).toBeCloseTo(10 / 14, 1);
  });

  it('draws a small fall below zero as small', () => {
    const fall = layoutSparkline([mark(0.5, { period: 2020 }), mark(-0.6, { period: 2021 }), mark(6.6, { period: 2022, kind: 'target' })]);
    const latest = fall.dots.at(-1);
    expect(latest!.cy - fall.zero).toBeGreaterThan(0);
    expect(latest!.cy - fall.zero).toBeLessThan(SPARKLINE_HEIGHT / 5);
  });

  it('dots the latest figure solid, drawn over targets, and targets hollow', () => {
    expect(layout.dots.map((d) => [d.figure, d.hollow])).toEqual([
      [marks[3]!.figure, true],
      [marks[0]!.figure, false],
    ]);
  });

  it('centres a lone point and draws no line', () => {
    const lone = layoutSparkline([mark(5)]);
    expect(lone.path).toBeNull();
    expect(lone.dots[0]!.cx).toBe(SPARKLINE_WIDTH / 2);
  });
});
