import { createMarginal, DistributionSpec, Marginal, sampleInputs } from '../src/core/simulation/random';
import { formatRow, medianMilliseconds } from './measure';

/**
 * The simulation's sampling step alone: 100,000 trials of 10 inputs (six PERT, two triangular,
 * a normal and a lognormal), Latin hypercube and plain random, without and with four rank
 * correlations among five of the inputs. Prints the median of several runs in ms.
 */

const TRIALS = 100_000;

const SPECS: DistributionSpec[] = [
  { kind: 'pert', low: 4, mostLikely: 6, high: 11 },
  { kind: 'pert', low: 0.2, mostLikely: 0.35, high: 0.5 },
  { kind: 'pert', low: 80000, mostLikely: 100000, high: 140000 },
  { kind: 'pert', low: 0.6, mostLikely: 0.8, high: 0.9 },
  { kind: 'pert', low: 0, mostLikely: 0.05, high: 0.3 },
  { kind: 'pert', low: 20, mostLikely: 25, high: 40 },
  { kind: 'triangular', low: 1, mode: 2, high: 4 },
  { kind: 'triangular', low: 0.1, mode: 0.15, high: 0.3 },
  { kind: 'normal', mean: 0.08, sd: 0.01 },
  { kind: 'lognormal', mean: 250000, sd: 60000 },
];

function marginals(): Marginal[] {
  return SPECS.map((spec, j) => {
    const marginal = createMarginal(spec, `input_${j + 1}`);
    if (!marginal.ok) throw new Error(marginal.error.message);
    return marginal.value;
  });
}

function correlations(): number[][] {
  const matrix: number[][] = SPECS.map((_, i) => SPECS.map((__, j) => (i === j ? 1 : 0)));
  for (const [i, j, rho] of [[0, 1, 0.6], [0, 2, -0.4], [1, 2, 0.3], [3, 9, 0.5]]) matrix[i][j] = matrix[j][i] = rho;
  return matrix;
}

export function runSamplingBench(): void {
  console.log(`\nSampling ${TRIALS.toLocaleString('en-US')} trials × ${SPECS.length} inputs (median ms; fresh marginals each run, so PERT tables are rebuilt)`);
  const widths = [34, 10];
  for (const method of ['latinHypercube', 'random'] as const) {
    for (const correlated of [false, true]) {
      const ms = medianMilliseconds(() => {
        const result = sampleInputs({ trials: TRIALS, seed: 1, method, marginals: marginals(), correlation: correlated ? { spearman: correlations() } : undefined });
        if (!result.ok) throw new Error(result.error.message);
      }, 9);
      console.log(formatRow([`${method}${correlated ? ' + copula' : ''}`, ms], widths));
    }
  }
}
