import { fail, ok, Result } from '../../result';
import { checkedSample } from './sampleCheck';

function firstIndexNotBelow(sorted: Float64Array, value: number, strictly: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value || (strictly && sorted[middle] === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * 1-based ranks, tied values sharing the average of the ranks they span (as Excel's RANK.AVG).
 *
 * @example
 * averageRanks(Float64Array.of(10, 20, 10, 30)) // => Float64Array [1.5, 3, 1.5, 4]
 */
export function averageRanks(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(values.length);
  for (let t = 0; t < values.length; t++) {
    const first = firstIndexNotBelow(sorted, values[t], false);
    const afterLast = firstIndexNotBelow(sorted, values[t], true);
    ranks[t] = (first + afterLast + 1) / 2;
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
  return xx === 0 || yy === 0 ? null : Math.max(-1, Math.min(1, xy / Math.sqrt(xx * yy)));
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
