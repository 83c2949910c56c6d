import type { BusinessCaseInputs } from '../inputs/schema';
import type { NumericInputKey } from '../model/expression';
import { fail, ok, Result } from '../result';
import { evaluateBatch } from './batchModel';
import { SamplingMethod } from './random';
import { DrawnInputs, drawInputs } from './riskSampling';
import { PaybackSummary, paybackSummary, probAtLeast, probPaybackWithin, ratioSummary, RiskDriver, riskDrivers } from './riskStatistics';
import { Convergence, convergence, Histogram, histogram, probabilityBelow, SampleSummary, SCurve, sCurve, sortOnce, summarise } from './stats';
import type { UncertaintySpec } from './uncertainty';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/** Trials evaluated at a time unless the caller asks otherwise: a progress report every chunk. */
export const DEFAULT_CHUNK = 10_000;
/** Trials whose drawn inputs and NPV the result keeps, for an audit table. */
export const AUDIT_TRIALS = 1_000;

/** Every trial's figures, in trial order. */
export interface TrialOutputs {
  readonly npv: Float64Array;
  readonly roi: Result<Float64Array>;
  readonly year1Roi: Result<Float64Array>;
  /** horizon + 1 for a trial that does not pay back within the horizon */
  readonly paybackMonths: Float64Array;
}

/** The first trials' drawn inputs (in the spec's order) and NPV: any row typed into the inputs reproduces its NPV. */
export interface AuditSample {
  readonly trials: number;
  readonly inputs: readonly { readonly key: NumericInputKey; readonly values: Float64Array }[];
  readonly npv: Float64Array;
}

export interface RiskResult {
  readonly trials: number;
  readonly seed: number;
  readonly sampling: SamplingMethod;
  /** the case's horizon: a payback above it means "not paid back" */
  readonly horizonMonths: number;
  readonly npv: SampleSummary;
  /** ROI over the horizon; an error when a trial has none (no costs) */
  readonly roi: Result<SampleSummary>;
  readonly year1Roi: Result<SampleSummary>;
  readonly paybackMonths: PaybackSummary;
  readonly probNpvNegative: number;
  /** P(payback ≤ threshold_max_payback_months), trials that never pay back counted as not within */
  readonly probPaybackWithinThreshold: number;
  /** P(ROI ≥ threshold_min_roi) */
  readonly probRoiAboveThreshold: Result<number>;
  readonly npvHistogram: Histogram;
  readonly npvSCurve: SCurve;
  /** the stochastic tornado, largest |rank correlation| first */
  readonly drivers: readonly RiskDriver[];
  readonly convergence: Convergence;
  readonly audit: AuditSample;
  /** the message when inconsistent correlations were repaired */
  readonly correlationRepair: string | null;
}

export interface SimulateOptions {
  /** called after each chunk with the trials evaluated so far */
  readonly onProgress?: (done: number, total: number) => void;
  /** trials per chunk (DEFAULT_CHUNK); the results do not depend on it */
  readonly chunk?: number;
}

/** The batch over the drawn inputs a chunk at a time: every trial is evaluated on its own, so chunks change nothing but progress. */
function evaluateChunks(inputs: BusinessCaseInputs, drawn: DrawnInputs, trials: number, options: SimulateOptions): TrialOutputs {
  const chunk = options.chunk ?? DEFAULT_CHUNK;
  const npv = new Float64Array(trials);
  const roi = new Float64Array(trials);
  const year1Roi = new Float64Array(trials);
  const paybackMonths = new Float64Array(trials);
  let roiError: Result<Float64Array> | null = null;
  let year1RoiError: Result<Float64Array> | null = null;
  for (let start = 0; start < trials; start += chunk) {
    const end = math.min(trials, start + chunk);
    const varying = Object.fromEntries(drawn.columns.map(({ key, values }) => [key, values.subarray(start, end)]));
    const batch = evaluateBatch(inputs, { trials: end - start, varying });
    npv.set(batch.npv, start);
    paybackMonths.set(batch.paybackMonths, start);
    if (batch.roi.ok) roi.set(batch.roi.value, start);
    else roiError ??= trialOffset(batch.roi, start);
    if (batch.year1Roi.ok) year1Roi.set(batch.year1Roi.value, start);
    else year1RoiError ??= trialOffset(batch.year1Roi, start);
    options.onProgress?.(end, trials);
  }
  return { npv, roi: roiError ?? ok(roi), year1Roi: year1RoiError ?? ok(year1Roi), paybackMonths };
}

/** A chunk's "trial k" as the simulation's trial number. */
function trialOffset(error: Result<Float64Array>, start: number): Result<Float64Array> {
  if (error.ok) return error;
  return fail(error.error.kind, error.error.message.replace(/trial (\d+)/, (_, k: string) => `trial ${(Number(k) + start).toLocaleString('en-US')}`));
}

function auditSample(drawn: DrawnInputs, npv: Float64Array): AuditSample {
  const trials = math.min(AUDIT_TRIALS, npv.length);
  return { trials, inputs: drawn.columns.map(({ key, values }) => ({ key, values: values.slice(0, trials) })), npv: npv.slice(0, trials) };
}

/** Unwraps the statistics in order, stopping at the first that cannot be computed. */
function all<T extends readonly Result<unknown>[]>(...results: T): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }> {
  for (const result of results) if (!result.ok) return result;
  return ok(results.map((result) => (result as { value: unknown }).value) as { [K in keyof T]: T[K] extends Result<infer V> ? V : never });
}

function riskFigures(inputs: BusinessCaseInputs, spec: UncertaintySpec, drawn: DrawnInputs, outputs: TrialOutputs): Result<RiskResult> {
  const { npv, roi, paybackMonths } = outputs;
  const sortedNpv = sortOnce(npv, 'npv');
  if (!sortedNpv.ok) return sortedNpv;
  const figures = all(
    summarise(sortedNpv.value),
    paybackSummary(paybackMonths, inputs.horizon_months),
    probabilityBelow(npv, 0, 'npv'),
    histogram(sortedNpv.value, 20),
    sCurve(sortedNpv.value, 101),
    riskDrivers(drawn.columns, npv),
    convergence(sortedNpv.value),
  );
  if (!figures.ok) return figures;
  const [npvSummary, payback, probNpvNegative, npvHistogram, npvSCurve, drivers, settled] = figures.value;
  return ok({
    trials: spec.trials,
    seed: spec.seed,
    sampling: spec.sampling,
    horizonMonths: inputs.horizon_months,
    npv: npvSummary,
    roi: ratioSummary(roi, 'ROI over the horizon'),
    year1Roi: ratioSummary(outputs.year1Roi, 'year-1 ROI'),
    paybackMonths: payback,
    probNpvNegative,
    probPaybackWithinThreshold: probPaybackWithin(paybackMonths, inputs.horizon_months, inputs.threshold_max_payback_months),
    probRoiAboveThreshold: roi.ok ? ok(probAtLeast(roi.value, inputs.threshold_min_roi)) : roi,
    npvHistogram,
    npvSCurve,
    drivers,
    convergence: settled,
    audit: auditSample(drawn, npv),
    correlationRepair: drawn.repair,
  });
}

/**
 * The Monte Carlo risk simulation of the base case: the spec's inputs drawn (seeded, so the same
 * spec gives the same bytes everywhere), every trial evaluated over typed arrays a chunk at a
 * time (progress after each; the results do not depend on the chunk size), and the figures a
 * CFO asks for: NPV, ROI, year-1 ROI and payback percentiles, P(NPV < 0), P(payback within the
 * Scorecard's threshold), P(ROI at least its threshold), histogram and S-curve, the drivers,
 * convergence, and an audit sample of the first 1,000 trials.
 *
 * @example
 * simulateRisk(inputs, defaultUncertainty(inputs), { onProgress: (done, total) => bar(done / total) })
 * // => ok({ trials: 10000, npv: { mean: 2.1e6, p10: 1.4e6, p50: 2.1e6, p90: 2.8e6, … }, probNpvNegative: 0, … })
 */
export function simulateRisk(inputs: BusinessCaseInputs, spec: UncertaintySpec, options: SimulateOptions = {}): Result<RiskResult> {
  const chunk = options.chunk ?? DEFAULT_CHUNK;
  if (!Number.isInteger(chunk) || chunk < 1) return fail('invalid', `The simulation's chunk must be a whole number of trials, at least 1; got ${chunk}.`, 'chunk');
  const drawn = drawInputs(spec);
  if (!drawn.ok) return drawn;
  return riskFigures(inputs, spec, drawn.value, evaluateChunks(inputs, drawn.value, spec.trials, options));
}
