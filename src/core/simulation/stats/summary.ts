import { ok, Result } from '../../result';
import { percentileInc, Sample, sortedSample } from './percentile';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

export interface SampleSummary {
  readonly trials: number;
  readonly mean: number;
  /** sample standard deviation (n − 1); 0 for a single trial */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** PERCENTILE.INC at 5, 10, 50, 90 and 95 % */
  readonly p5: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/**
 * The headline figures of a simulated output in one pass over a sorted copy.
 *
 * @example
 * summarise(npv) // => ok({ trials: 10000, mean: 1.2e6, sd: 4.1e5, min: …, p5: …, p50: …, p95: … })
 */
export function summarise(sample: Sample, what = 'sample'): Result<SampleSummary> {
  const checked = sortedSample(sample, what);
  if (!checked.ok) return checked;
  const sorted = checked.value;
  const n = sorted.length;
  let total = 0;
  for (let t = 0; t < n; t++) total += sorted[t];
  const mean = total / n;
  let squares = 0;
  for (let t = 0; t < n; t++) squares += (sorted[t] - mean) * (sorted[t] - mean);
  const at = (p: number) => percentileInc(sorted, p);
  return ok({
    trials: n,
    mean,
    sd: n > 1 ? math.sqrt(squares / (n - 1)) : 0,
    min: sorted[0],
    max: sorted[n - 1],
    p5: at(0.05),
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
  });
}
