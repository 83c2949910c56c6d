import { fail, ok, Result } from '../../result';
import { checkedSample } from './sampleCheck';
import { averageRanks, pearson } from './spearman';

export interface VarianceContribution {
  readonly name: string;
  /** Spearman rank correlation of the input with the output; 0 for an input that does not vary */
  readonly rankCorrelation: number;
  /** share of the output's variance, from 0 to 1, the shares summing to 1 */
  readonly share: number;
}

export interface ContributionInput {
  readonly name: string;
  readonly values: Float64Array;
  /** the values' average ranks when already known (a Latin hypercube's strata), saving a sort */
  readonly ranks?: Float64Array | null;
}

/**
 * Each input's share of the output's (e.g. NPV's) variance, approximated as @RISK's
 * "contribution to variance" does: the squared rank correlation of input and output,
 * normalised so the shares sum to 1. It ignores interactions and correlation among inputs, so
 * read it as a ranking of drivers. When no input correlates at all, every share is 0.
 *
 * @example
 * varianceContributions([{ name: 'aht', values: aht }, { name: 'volume', values: volume }], npv)
 * // => ok([{ name: 'aht', rankCorrelation: -0.8, share: 0.64 / 0.73 }, { name: 'volume', rankCorrelation: 0.3, share: 0.09 / 0.73 }])
 */
export function varianceContributions(inputs: readonly ContributionInput[], output: Float64Array, what = 'npv'): Result<VarianceContribution[]> {
  const checked = checkedSample(output, what, 2);
  if (!checked.ok) return checked;
  const outputRanks = averageRanks(output);
  const correlations: number[] = [];
  for (const input of inputs) {
    if (input.values.length !== output.length) return fail('invalid', `${input.name} has ${input.values.length} trials but ${what} has ${output.length}.`, input.name);
    const valid = checkedSample(input.values, input.name, 2);
    if (!valid.ok) return valid;
    correlations.push(pearson(input.ranks ?? averageRanks(input.values), outputRanks) ?? 0);
  }
  const total = correlations.reduce((sum, rho) => sum + rho * rho, 0);
  return ok(inputs.map((input, j) => ({ name: input.name, rankCorrelation: correlations[j], share: total === 0 ? 0 : (correlations[j] * correlations[j]) / total })));
}
