import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, scalingExponent } from '../../src/lib/bench/bench-stats.ts';
import { pageWeights } from '../../src/lib/bench/page-weights.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('scalingExponent', () => {
  it('is 1 when ten times the input takes ten times as long', () => {
    expect(scalingExponent({ size: 20, time: 3 }, { size: 200, time: 30 })).toBeCloseTo(1);
  });
  it('is 2 for quadratic growth and 0 for a fixed cost', () => {
    expect(scalingExponent({ size: 20, time: 4 }, { size: 200, time: 400 })).toBeCloseTo(2);
    expect(scalingExponent({ size: 20, time: 7 }, { size: 200, time: 7 })).toBeCloseTo(0);
  });
});

describe('pageWeights', () => {
  it('finds the section pages among all pages and weighs them, the median and the largest', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weights-'));
    const write = (path: string, bytes: number) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), 'x'.repeat(bytes));
    };
    write('zh/2021/1-0/index.html', 100);
    write('zh/2021/1-1/index.html', 300);
    write('en/2021/1-1/index.html', 200);
    write('zh/2021/index.html', 50);
    write('en/targets/index.html', 1000);
    write('data/figures.json', 4000);
    const w = pageWeights(dist);
    expect(w).toMatchObject({ pages: 5, section_pages: 3, section_median_bytes: 200, html_bytes: 1650, html_bytes_per_page: 330, dist_bytes: 5650, dist_bytes_per_page: 1130 });
    expect(w.section_largest).toEqual({ path: 'zh/2021/1-1/index.html', bytes: 300 });
    expect(w.largest_page).toEqual({ path: 'en/targets/index.html', bytes: 1000 });
  });
});
