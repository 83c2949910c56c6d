import { fail, ok, Result } from '../../result';
import { sortedAscending } from '../radixSort';
import { checkedSample } from './sampleCheck';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/** A checked sample already in ascending order: statistics given one do not sort it again. */
export interface SortedSample {
  readonly sorted: Float64Array;
}

/** A sample as drawn, or one already sorted (several statistics of one sample need one sort). */
export type Sample = Float64Array | SortedSample;

/**
 * A sorted copy of the sample (ascending), after checking it is non-empty and finite; a sample
 * given sorted is returned as it is.
 *
 * @example
 * sortedSample(Float64Array.of(3, 1, 2)) // => ok(Float64Array [1, 2, 3])
 */
export function sortedSample(sample: Sample, what = 'sample'): Result<Float64Array> {
  if (!(sample instanceof Float64Array)) return ok(sample.sorted);
  const checked = checkedSample(sample, what);
  return checked.ok ? ok(sortedAscending(sample)) : checked;
}

/**
 * The sample sorted once, for several statistics of it.
 *
 * @example
 * sortOnce(npv, 'npv') // => ok({ sorted: npv in ascending order })
 */
export function sortOnce(sample: Float64Array, what = 'sample'): Result<SortedSample> {
  const sorted = sortedSample(sample, what);
  return sorted.ok ? ok({ sorted: sorted.value }) : sorted;
}

/**
 * Excel's PERCENTILE.INC on an ascending sample: the value at rank h = (n − 1)·p (0-based),
 * interpolated linearly between the neighbouring order statistics, so a workbook formula over
 * the same trials gives the same figure. p from 0 to 1.
 *
 * @example
 * percentileInc(Float64Array.of(1, 2, 3, 4), 0.1) // => 1.3
 */
export function percentileInc(sorted: Float64Array, p: number): number {
  const rank = (sorted.length - 1) * p;
  const below = math.floor(rank);
  if (below >= sorted.length - 1) return sorted[sorted.length - 1];
  return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
}

/**
 * percentileInc with its arguments checked: p must be from 0 to 1.
 *
 * @example
 * percentile(Float64Array.of(4, 1, 3, 2), 0.5) // => ok(2.5)
 */
export function percentile(sample: Float64Array, p: number, what = 'sample'): Result<number> {
  if (!(p >= 0 && p <= 1)) return fail('invalid', `The percentile must be from 0 to 1; got ${p}.`, 'percentile');
  const sorted = sortedSample(sample, what);
  return sorted.ok ? ok(percentileInc(sorted.value, p)) : sorted;
}
