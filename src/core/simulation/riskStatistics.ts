import { ok, Result } from '../result';
import { sortedAscending } from './radixSort';
import { percentileInc, SampleSummary, summarise, varianceContributions } from './stats';
import type { NumericInputKey } from '../model/expression';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * Payback's figures when some trials never pay back within the horizon. Such a trial has no
 * payback month, only "later than the horizon", so a mean or standard deviation over the
 * trials would be made up, and a percentile is a number only while every trial it reads (with
 * a positive weight) paid back: the others are null, "beyond the horizon".
 */
export interface PaybackSummary {
  /** null when any trial does not pay back within the horizon */
  readonly mean: number | null;
  readonly sd: number | null;
  readonly p5: number | null;
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  /** share of trials that do not pay back within the horizon */
  readonly probNotPaidBack: number;
}

export interface RiskDriver {
  readonly input: NumericInputKey;
  /** Spearman rank correlation of the input's draws with NPV */
  readonly rankCorrelation: number;
  /** share of NPV's variance (squared rank correlation, normalised to sum to 1) */
  readonly varianceShare: number;
}

const PERCENTILES = { p5: 0.05, p10: 0.1, p50: 0.5, p90: 0.9, p95: 0.95 } as const;

/** PERCENTILE.INC of a sorted sample whose first `known` entries are values and the rest only "above them"; null when it reads one of the rest. */
function knownPercentile(sorted: Float64Array, known: number, p: number): number | null {
  const rank = (sorted.length - 1) * p;
  const below = math.floor(rank);
  if (below >= known || (rank > below && below + 1 >= known)) return null;
  return percentileInc(sorted, p);
}

/**
 * Payback's summary from the per-trial paybacks, those above the horizon meaning "not paid back".
 *
 * @example
 * paybackSummary(Float64Array.of(10, 20, 37, 30, 37), 36) // => { mean: null, sd: null, p5: 12, p50: 30, p90: null, p95: null, probNotPaidBack: 0.4 }
 */
export function paybackSummary(payback: Float64Array, horizonMonths: number): Result<PaybackSummary> {
  const sorted = sortedAscending(payback);
  let known = 0;
  while (known < sorted.length && sorted[known] <= horizonMonths) known++;
  const probNotPaidBack = (sorted.length - known) / sorted.length;
  const percentiles = Object.fromEntries(Object.entries(PERCENTILES).map(([name, p]) => [name, knownPercentile(sorted, known, p)])) as Record<keyof typeof PERCENTILES, number | null>;
  if (known < sorted.length) return ok({ mean: null, sd: null, ...percentiles, probNotPaidBack });
  const summary = summarise(payback, 'payback months');
  return summary.ok ? ok({ mean: summary.value.mean, sd: summary.value.sd, ...percentiles, probNotPaidBack }) : summary;
}

/**
 * P(payback ≤ threshold): only trials that pay back within the horizon count, so a threshold
 * beyond the horizon does not count the "not paid back" sentinel as paid back.
 *
 * @example
 * probPaybackWithin(Float64Array.of(10, 20, 37), 36, 48) // => 2/3
 */
export function probPaybackWithin(payback: Float64Array, horizonMonths: number, threshold: number): number {
  let count = 0;
  for (let t = 0; t < payback.length; t++) if (payback[t] <= horizonMonths && payback[t] <= threshold) count++;
  return count / payback.length;
}

/**
 * The share of trials at or above the threshold (the Scorecard passes an ROI that is at least its threshold).
 *
 * @example
 * probAtLeast(Float64Array.of(0.5, 1, 2, 3), 1) // => 0.75
 */
export function probAtLeast(sample: Float64Array, threshold: number): number {
  let count = 0;
  for (let t = 0; t < sample.length; t++) if (sample[t] >= threshold) count++;
  return count / sample.length;
}

/** A per-trial ratio's summary, when every trial has one. */
export function ratioSummary(values: Result<Float64Array>, what: string): Result<SampleSummary> {
  return values.ok ? summarise(values.value, what) : values;
}

/**
 * The stochastic tornado: each uncertain input's rank correlation with NPV and share of its
 * variance, largest |correlation| first (ties in the inputs' order).
 *
 * @example
 * riskDrivers([{ key: 'deflection_rate', values: drawn }], npv) // => ok([{ input: 'deflection_rate', rankCorrelation: 0.97, varianceShare: 1 }])
 */
export function riskDrivers(columns: readonly { key: NumericInputKey; values: Float64Array; ranks?: Float64Array | null }[], npv: Float64Array): Result<RiskDriver[]> {
  const contributions = varianceContributions(columns.map(({ key, values, ranks }) => ({ name: key, values, ranks })), npv);
  if (!contributions.ok) return contributions;
  const drivers = contributions.value.map((contribution, j) => ({ input: columns[j].key, rankCorrelation: contribution.rankCorrelation, varianceShare: contribution.share }));
  return ok(drivers.sort((a, b) => math.abs(b.rankCorrelation) - math.abs(a.rankCorrelation)));
}
