import { fail, ok, Result } from '../../result';
import { Sample, sortedSample } from './percentile';
import { powerOfTenAtMost } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * The smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) at least `raw`.
 *
 * @example
 * niceStep(0.0031) // => 0.005
 */
export function niceStep(raw: number): number {
  const power = powerOfTenAtMost(raw);
  for (const multiple of [1, 2, 2.5, 5]) if (multiple * power >= raw * (1 - 1e-12)) return multiple * power;
  return 10 * power;
}

export interface Histogram {
  /** bins + 1 ascending edges; bin i is [edges[i], edges[i + 1]), the last closed on the right */
  readonly edges: Float64Array;
  readonly counts: Uint32Array;
}

/** Edges on multiples of a nice step from below min to at least max; one bin around a sample with no spread. */
function binEdges(min: number, max: number, targetBins: number): { start: number; step: number; bins: number } {
  if (max === min) {
    const step = niceStep(math.max(math.abs(min), 1) / 10);
    return { start: math.floor(min / step) * step, step, bins: 1 };
  }
  const step = niceStep((max - min) / targetBins);
  const start = math.floor(min / step) * step;
  return { start, step, bins: math.max(1, math.ceil((max - start) / step - 1e-9)) };
}

/**
 * Trial counts in bins of a nice width covering min..max (about targetBins of them); the
 * counts sum to the number of trials.
 *
 * @example
 * histogram(Float64Array.of(0.3, 1.2, 1.7, 4.9), 5) // => ok({ edges: [0, 1, 2, 3, 4, 5], counts: [1, 2, 0, 0, 1] })
 */
export function histogram(sample: Sample, targetBins = 20, what = 'sample'): Result<Histogram> {
  if (!Number.isInteger(targetBins) || targetBins < 1 || targetBins > 1000) return fail('invalid', `The number of histogram bins must be a whole number from 1 to 1000; got ${targetBins}.`, 'bins');
  const sorted = sortedSample(sample, what);
  if (!sorted.ok) return sorted;
  const values = sorted.value;
  const { start, step, bins } = binEdges(values[0], values[values.length - 1], targetBins);
  const edges = new Float64Array(bins + 1);
  for (let i = 0; i <= bins; i++) edges[i] = start + i * step;
  const counts = new Uint32Array(bins);
  for (let t = 0; t < values.length; t++) {
    const bin = math.floor((values[t] - start) / step);
    counts[bin < 0 ? 0 : bin >= bins ? bins - 1 : bin]++;
  }
  return ok({ edges, counts });
}
