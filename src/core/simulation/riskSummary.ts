import type { BusinessCaseInputs } from '../inputs/schema';
import type { RiskResult } from './simulate';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

const money = (value: number, currency: string) => `${currency} ${math.round(value).toLocaleString('en-US')}`;
const share = (value: number) => `${(value * 100).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/**
 * The risk view in two lines, as the command line prints it under the scenario table: the NPV's
 * P10, P50 and P90, and how likely the case is to lose money and to pay back within the
 * Scorecard's threshold, with the trials and seed that reproduce them.
 *
 * @example
 * riskSummaryLines(result, inputs)
 * // ['Risk (10,000 trials, seed 1, Latin hypercube): NPV P10 USD 1,201,334 · P50 USD 2,598,120 · P90 USD 3,911,870',
 * //  'P(NPV < 0) 0.4% · P(payback within 24 months) 93.1%']
 */
export function riskSummaryLines(result: RiskResult, inputs: Pick<BusinessCaseInputs, 'currency' | 'threshold_max_payback_months'>): string[] {
  const { npv } = result;
  const sampling = result.sampling === 'latinHypercube' ? 'Latin hypercube' : 'random sampling';
  return [
    `Risk (${result.trials.toLocaleString('en-US')} trials, seed ${result.seed}, ${sampling}): NPV P10 ${money(npv.p10, inputs.currency)} · P50 ${money(npv.p50, inputs.currency)} · P90 ${money(npv.p90, inputs.currency)}`,
    `P(NPV < 0) ${share(result.probNpvNegative)} · P(payback within ${inputs.threshold_max_payback_months} months) ${share(result.probPaybackWithinThreshold)}`,
  ];
}
