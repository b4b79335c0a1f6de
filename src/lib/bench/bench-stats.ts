/** The statistics `npm run bench` reports: medians of repeated runs and how a stage scales. */

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * How a time grows with the input: the exponent k in time ∝ size^k, from two measurements.
 * 1 is linear, below 1 a fixed cost still dominates, above 1 the work grows faster than the input.
 */
export function scalingExponent(small: { size: number; time: number }, large: { size: number; time: number }): number {
  return Math.log(large.time / small.time) / Math.log(large.size / small.size);
}
