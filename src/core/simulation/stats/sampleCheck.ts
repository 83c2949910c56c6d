import { fail, ok, Result } from '../../result';

/**
 * The sample itself when it has at least `minimum` entries, all finite; else a message naming
 * `what` (a model that produced NaN or Infinity for a trial must say so, not skew a statistic).
 *
 * @example
 * checkedSample(Float64Array.of(1, NaN), 'npv') // => fail: npv has a value that is not a finite number (trial 2)
 */
export function checkedSample(sample: Float64Array, what: string, minimum = 1): Result<Float64Array> {
  if (sample.length < minimum) return fail('invalid', `${what} needs at least ${minimum} trial${minimum === 1 ? '' : 's'}; got ${sample.length}.`, what);
  for (let t = 0; t < sample.length; t++) {
    if (!Number.isFinite(sample[t])) return fail('invalid', `${what} has a value that is not a finite number (trial ${t + 1}: ${sample[t]}).`, what);
  }
  return ok(sample);
}
