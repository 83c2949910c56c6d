import { fail, ok, Result } from '../../result';
import { ascendingOrder } from '../radixSort';
import { checkedSample } from './sampleCheck';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * 1-based ranks, tied values sharing the average of the ranks they span (as Excel's RANK.AVG).
 *
 * @example
 * averageRanks(Float64Array.of(10, 20, 10, 30)) // => Float64Array [1.5, 3, 1.5, 4]
 */
export function averageRanks(values: Float64Array): Float64Array {
  const order = ascendingOrder(values);
  const ranks = new Float64Array(values.length);
  for (let first = 0; first < order.length; ) {
    let afterLast = first + 1;
    while (afterLast < order.length && values[order[afterLast]] === values[order[first]]) afterLast++;
    const rank = (first + afterLast + 1) / 2;
    for (let i = first; i < afterLast; i++) ranks[order[i]] = rank;
    first = afterLast;
  }
  return ranks;
}

/** Pearson correlation of two equally long arrays; null when either has no spread. */
export function pearson(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  let meanX = 0;
  let meanY = 0;
  for (let t = 0; t < n; t++) {
    meanX += x[t];
    meanY += y[t];
  }
  meanX /= n;
  meanY /= n;
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let t = 0; t < n; t++) {
    xy += (x[t] - meanX) * (y[t] - meanY);
    xx += (x[t] - meanX) * (x[t] - meanX);
    yy += (y[t] - meanY) * (y[t] - meanY);
  }
  return xx === 0 || yy === 0 ? null : math.max(-1, math.min(1, xy / math.sqrt(xx * yy)));
}

/**
 * Spearman's rank correlation: the Pearson correlation of the average ranks (the tie-corrected
 * definition). Fails when the lengths differ, there are fewer than 2 trials, or either array
 * is constant (no ranks to correlate).
 *
 * @example
 * spearman(Float64Array.of(1, 2, 3), Float64Array.of(10, 30, 20)) // => ok(0.5)
 */
export function spearman(x: Float64Array, y: Float64Array, what = 'rank correlation'): Result<number> {
  if (x.length !== y.length) return fail('invalid', `${what}: both samples need the same number of trials; got ${x.length} and ${y.length}.`, what);
  const checked = checkedSample(x, what, 2);
  if (!checked.ok) return checked;
  const checkedY = checkedSample(y, what, 2);
  if (!checkedY.ok) return checkedY;
  const rho = pearson(averageRanks(x), averageRanks(y));
  return rho === null ? fail('invalid', `${what}: a sample with every trial equal has no rank correlation.`, what) : ok(rho);
}
