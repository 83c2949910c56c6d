import type { DistributionSpec } from '../../core/simulation/random';
import type { UncertaintySpec } from '../../core/simulation/uncertainty';

/** One distribution in the inputs file's terms; a fixed input is a uniform of no width, which the file reads as fixed. */
function distributionFile(spec: DistributionSpec): Record<string, string | number> {
  switch (spec.kind) {
    case 'fixed':
      return { distribution: 'uniform', low: spec.value, high: spec.value };
    case 'uniform':
      return { distribution: 'uniform', low: spec.low, high: spec.high };
    case 'triangular':
      return { distribution: 'triangular', low: spec.low, most_likely: spec.mode, high: spec.high };
    case 'pert':
      return { distribution: 'pert', low: spec.low, most_likely: spec.mostLikely, high: spec.high };
    case 'normal':
    case 'lognormal':
      return { distribution: spec.kind, mean: spec.mean, sd: spec.sd };
  }
}

/**
 * An uncertainty spec as the inputs file's `uncertainty` group (snake_case), which
 * parseUncertainty reads back to the same spec: the source a workbook keeps to rebuild itself.
 *
 * @example
 * uncertaintyFile({ trials: 500, seed: 7, sampling: 'random', inputs: [{ key: 'deflection_rate', distribution: { kind: 'uniform', low: 0.3, high: 0.4 } }], correlations: [], repairCorrelations: false })
 * // => { trials: 500, seed: 7, sampling: 'random', inputs: { deflection_rate: { distribution: 'uniform', low: 0.3, high: 0.4 } }, correlations: [], repair_correlations: false }
 */
export function uncertaintyFile(spec: UncertaintySpec): Record<string, unknown> {
  return {
    trials: spec.trials,
    seed: spec.seed,
    sampling: spec.sampling === 'latinHypercube' ? 'latin_hypercube' : 'random',
    inputs: Object.fromEntries(spec.inputs.map(({ key, distribution }) => [key, distributionFile(distribution)])),
    correlations: spec.correlations.map(({ between, rankCorrelation }) => ({ between: [...between], rank_correlation: rankCorrelation })),
    repair_correlations: spec.repairCorrelations,
  };
}
