import { fail, ok, Result } from '../../result';
import { percentileInc, Sample, sortedSample } from './percentile';
import { pow } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

export interface Convergence {
  /** sd / √n */
  readonly standardErrorOfMean: number;
  /** √(p(1 − p)/n) / f(median) at p = 1/2, f estimated from the sample's own quantiles */
  readonly standardErrorOfP50: number;
  /** trials for a 95 % confidence half-width of ±1 % of the mean; null when the mean is 0 */
  readonly trialsForOnePercent: number | null;
}

/**
 * How settled the simulated mean and median are. The median's error uses the asymptotic
 * variance of a sample quantile, p(1 − p) / (n·f²), with the density at the median estimated
 * by the difference quotient of the empirical quantile, f ≈ 2d / (Q(½ + d) − Q(½ − d))
 * (Siddiqui–Bloch–Gastwirth), at the bandwidth d = ½·n^(−1/5), at most ¼. A sample whose
 * middle has no spread has a median error of 0. The trials needed for ±1 % at 95 % are
 * n·(1.96·sd / (0.01·|mean|·√n))² = (196·sd / |mean|)², rounded up, at least 1.
 *
 * @example
 * convergence(npv) // => ok({ standardErrorOfMean: 4100, standardErrorOfP50: 5200, trialsForOnePercent: 44000 })
 */
export function convergence(sample: Sample, what = 'sample'): Result<Convergence> {
  const ordered = sortedSample(sample, what);
  if (!ordered.ok) return ordered;
  const sorted = ordered.value;
  const n = sorted.length;
  if (n < 2) return fail('invalid', `${what} needs at least 2 trials; got ${n}.`, what);
  let total = 0;
  for (let t = 0; t < n; t++) total += sorted[t];
  const mean = total / n;
  let squares = 0;
  for (let t = 0; t < n; t++) squares += (sorted[t] - mean) * (sorted[t] - mean);
  const sd = math.sqrt(squares / (n - 1));
  const d = math.min(0.25, 0.5 * pow(n, -0.2));
  const spread = percentileInc(sorted, 0.5 + d) - percentileInc(sorted, 0.5 - d);
  return ok({
    standardErrorOfMean: sd / math.sqrt(n),
    standardErrorOfP50: spread / (4 * d * math.sqrt(n)),
    trialsForOnePercent: mean === 0 ? null : math.max(1, math.ceil(((196 * sd) / math.abs(mean)) * ((196 * sd) / math.abs(mean)))),
  });
}
