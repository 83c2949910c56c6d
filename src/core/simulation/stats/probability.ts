import { ok, Result } from '../../result';
import { checkedSample } from './sampleCheck';

function share(sample: Float64Array, counts: (value: number) => boolean): number {
  let count = 0;
  for (let t = 0; t < sample.length; t++) if (counts(sample[t])) count++;
  return count / sample.length;
}

/**
 * The share of trials strictly below the threshold, e.g. P(NPV < 0).
 *
 * @example
 * probabilityBelow(Float64Array.of(-2, 0, 3, 5), 0) // => ok(0.25)
 */
export function probabilityBelow(sample: Float64Array, threshold: number, what = 'sample'): Result<number> {
  const checked = checkedSample(sample, what);
  return checked.ok ? ok(share(sample, (value) => value < threshold)) : checked;
}

/**
 * The share of trials strictly above the threshold; with probabilityBelow it leaves out the
 * trials exactly at it.
 *
 * @example
 * probabilityAbove(Float64Array.of(-2, 0, 3, 5), 0) // => ok(0.5)
 */
export function probabilityAbove(sample: Float64Array, threshold: number, what = 'sample'): Result<number> {
  const checked = checkedSample(sample, what);
  return checked.ok ? ok(share(sample, (value) => value > threshold)) : checked;
}
