import type { Result } from '../result';
import type { PaybackSummary } from './riskStatistics';
import type { RiskResult } from './simulate';
import type { SampleSummary } from './stats';

type Figures = Record<'mean' | 'sd' | 'p5' | 'p10' | 'p50' | 'p90' | 'p95', number | null>;

export interface RiskJson {
  readonly risk: {
    readonly trials: number;
    readonly seed: number;
    readonly npv: Figures;
    readonly roi: Figures | null;
    readonly year1_roi: Figures | null;
    readonly payback_months: Figures & { readonly prob_not_paid_back: number };
    readonly prob_npv_negative: number;
    readonly prob_payback_within_threshold: number;
    readonly prob_roi_above_threshold: number | null;
    readonly drivers: readonly { readonly input: string; readonly rank_correlation: number; readonly variance_share: number }[];
    /** why a figure is null, and a correlation repair */
    readonly notes: readonly string[];
  };
}

function figures(summary: SampleSummary | PaybackSummary): Figures {
  const { mean, sd, p5, p10, p50, p90, p95 } = summary;
  return { mean, sd, p5, p10, p50, p90, p95 };
}

function orNull<T, U>(result: Result<T>, map: (value: T) => U, notes: string[]): U | null {
  if (result.ok) return map(result.value);
  if (!notes.includes(result.error.message)) notes.push(result.error.message);
  return null;
}

/** What a reader needs to read the nulls: a payback beyond the horizon, a ratio without costs, repaired correlations. */
function paybackNote(result: RiskResult): string | null {
  const share = result.paybackMonths.probNotPaidBack;
  if (share === 0) return null;
  return `Payback: ${(share * 100).toFixed(1)}% of trials do not pay back within the ${result.horizonMonths}-month horizon, so payback has no mean or standard deviation, and its percentiles that reach those trials are null (beyond the horizon).`;
}

/**
 * The `--json` view of a simulation: `{"risk": {"trials", "seed", "npv": {"mean", "sd", "p5",
 * "p10", "p50", "p90", "p95"}, "roi": {…}, "year1_roi": {…}, "payback_months": {…},
 * "prob_npv_negative", "prob_payback_within_threshold", "prob_roi_above_threshold", "drivers":
 * [{"input", "rank_correlation", "variance_share"}], "notes"}}`; rates as fractions, null where
 * a figure has no number (the notes say why), as the headline results do.
 *
 * @example
 * riskJson(simulated.value).risk.npv.p50 // => 2.1e6
 */
export function riskJson(result: RiskResult): RiskJson {
  const notes: string[] = [];
  const roi = orNull(result.roi, figures, notes);
  const year1Roi = orNull(result.year1Roi, figures, notes);
  const probRoi = orNull(result.probRoiAboveThreshold, (value) => value, notes);
  const payback = paybackNote(result);
  if (payback !== null) notes.push(payback);
  if (result.correlationRepair !== null) notes.push(result.correlationRepair);
  return {
    risk: {
      trials: result.trials,
      seed: result.seed,
      npv: figures(result.npv),
      roi,
      year1_roi: year1Roi,
      payback_months: { ...figures(result.paybackMonths), prob_not_paid_back: result.paybackMonths.probNotPaidBack },
      prob_npv_negative: result.probNpvNegative,
      prob_payback_within_threshold: result.probPaybackWithinThreshold,
      prob_roi_above_threshold: probRoi,
      drivers: result.drivers.map((driver) => ({ input: driver.input, rank_correlation: driver.rankCorrelation, variance_share: driver.varianceShare })),
      notes,
    },
  };
}
