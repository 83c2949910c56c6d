import { Marginal } from './distribution';
import { inverseRegularizedBeta, regularizedBeta } from './incompleteBeta';
import { logBeta } from './logGamma';
import { BetaQuantileTable, buildBetaQuantileTable, TABLE_WORTHWHILE_FROM, tabulatedBetaQuantile } from './quantileTable';

/**
 * The beta-PERT shape parameters with λ = 4: α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a),
 * so the mean is (a + 4m + b)/6. Needs a < b and a ≤ m ≤ b.
 *
 * @example
 * pertShape(0, 1, 4) // => { alpha: 2, beta: 4 }
 */
export function pertShape(low: number, mostLikely: number, high: number): { alpha: number; beta: number } {
  const width = high - low;
  return { alpha: 1 + (4 * (mostLikely - low)) / width, beta: 1 + (4 * (high - mostLikely)) / width };
}

/**
 * The beta-PERT marginal on [low, high] (low < high): quantile by the inverse regularised
 * incomplete beta (about 1e-15), bulk draws of 24,576 or more through the cubic tables
 * (quantileTable.ts, within 1e-11 of the range).
 */
export function pertMarginal(name: string, low: number, mostLikely: number, high: number): Marginal {
  const { alpha, beta } = pertShape(low, mostLikely, high);
  const lnB = logBeta(alpha, beta);
  const width = high - low;
  const standardQuantile = (u: number) => inverseRegularizedBeta(u, alpha, beta, lnB);
  let table: BetaQuantileTable | undefined;
  return {
    name,
    quantile: (u) => low + width * standardQuantile(u),
    cdf: (x) => regularizedBeta((x - low) / width, alpha, beta, lnB),
    fillQuantiles(uniforms, out) {
      if (uniforms.length < TABLE_WORTHWHILE_FROM) {
        for (let i = 0; i < uniforms.length; i++) out[i] = low + width * standardQuantile(uniforms[i]);
        return;
      }
      table ??= buildBetaQuantileTable(alpha, beta, lnB);
      for (let i = 0; i < uniforms.length; i++) out[i] = low + width * tabulatedBetaQuantile(table, uniforms[i]);
    },
  };
}
