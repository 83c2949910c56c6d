import { fail, ok, Result } from '../../result';
import { percentileInc, Sample, sortedSample } from './percentile';

export interface SCurve {
  /** cumulative probabilities 0, 1/(points − 1), …, 1 */
  readonly probabilities: Float64Array;
  /** the PERCENTILE.INC value at each probability */
  readonly values: Float64Array;
}

/**
 * The cumulative distribution ("S-curve") at evenly spaced probabilities, from the minimum to
 * the maximum, ready to chart with probability on the vertical axis.
 *
 * @example
 * sCurve(Float64Array.of(1, 2, 3, 4, 5), 3) // => ok({ probabilities: [0, 0.5, 1], values: [1, 3, 5] })
 */
export function sCurve(sample: Sample, points = 101, what = 'sample'): Result<SCurve> {
  if (!Number.isInteger(points) || points < 2 || points > 10000) return fail('invalid', `The S-curve needs a whole number of points from 2 to 10000; got ${points}.`, 'points');
  const sorted = sortedSample(sample, what);
  if (!sorted.ok) return sorted;
  const probabilities = new Float64Array(points);
  const values = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    probabilities[i] = i / (points - 1);
    values[i] = percentileInc(sorted.value, probabilities[i]);
  }
  return ok({ probabilities, values });
}
