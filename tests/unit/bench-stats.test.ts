import { describe, expect, it } from 'vitest';
import { median, scalingExponent } from '../../src/lib/bench/bench-stats.ts';

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
