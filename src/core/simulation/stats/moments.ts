import { ok, Result } from '../../result';
import { checkedSample } from './sampleCheck';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

function sum(sample: Float64Array): number {
  let total = 0;
  for (let t = 0; t < sample.length; t++) total += sample[t];
  return total;
}

/**
 * The arithmetic mean; fails on an empty or non-finite sample.
 *
 * @example
 * mean(Float64Array.of(1, 2, 6)) // => ok(3)
 */
export function mean(sample: Float64Array, what = 'sample'): Result<number> {
  const checked = checkedSample(sample, what);
  return checked.ok ? ok(sum(sample) / sample.length) : checked;
}

/**
 * The sample standard deviation (divisor n − 1, as Excel's STDEV.S), by two passes so a large
 * mean does not cancel the spread; needs at least 2 trials.
 *
 * @example
 * standardDeviation(Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9)) // => ok(2.138089935299395)
 */
export function standardDeviation(sample: Float64Array, what = 'sample'): Result<number> {
  const checked = checkedSample(sample, what, 2);
  if (!checked.ok) return checked;
  const average = sum(sample) / sample.length;
  let squares = 0;
  for (let t = 0; t < sample.length; t++) squares += (sample[t] - average) * (sample[t] - average);
  return ok(math.sqrt(squares / (sample.length - 1)));
}
