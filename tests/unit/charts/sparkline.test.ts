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

  it('fits every point inside the box, the extremes at its edges', () => {
    const dots = layout.dots;
    for (const d of dots) {
      expect(d.cx - d.r).toBeGreaterThanOrEqual(0);
      expect(d.cx + d.r).toBeLessThanOrEqual(SPARKLINE_WIDTH);
      expect(d.cy - d.r).toBeGreaterThanOrEqual(0);
      expect(d.cy + d.r).toBeLessThanOrEqual(SPARKLINE_HEIGHT);
    }
    const target = dots.find((d) => d.hollow)!;
    expect(Math.min(...dots.map((d) => d.cy))).toBe(target.cy);
  });

  it('dots the latest figure solid and targets hollow', () => {
    expect(layout.dots.map((d) => [d.figure, d.hollow])).toEqual([
      [marks[0]!.figure, false],
      [marks[3]!.figure, true],
    ]);
  });

  it('centres a lone point and draws no line', () => {
    const lone = layoutSparkline([mark(5)]);
    expect(lone.path).toBeNull();
    expect(lone.dots[0]).toMatchObject({ cx: SPARKLINE_WIDTH / 2, cy: SPARKLINE_HEIGHT / 2 });
  });
});
