import { pearsonToSpearman, SquareMatrix } from './correlationMatrix';
import { symmetricEigen } from './jacobiEigen';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/** Eigenvalues are raised to at least this, so the repaired matrix is safely positive definite. */
const SMALLEST_EIGENVALUE = 1e-6;

export interface CorrelationRepair {
  /** the rank correlations actually used, row by row */
  readonly spearman: number[][];
  /** the largest change to a requested rank correlation, and its pair */
  readonly largestChange: number;
  readonly pair: readonly [string, string];
  readonly message: string;
}

/** V·diag(max(λ, ε))·Vᵀ rescaled to a unit diagonal. */
function clippedCorrelation(matrix: SquareMatrix): Float64Array {
  const k = matrix.size;
  const { values, vectors } = symmetricEigen(matrix);
  const rebuilt = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += vectors[i * k + m] * math.max(values[m], SMALLEST_EIGENVALUE) * vectors[j * k + m];
      // one computation per pair, mirrored, so the result is exactly symmetric
      rebuilt[i * k + j] = rebuilt[j * k + i] = sum;
    }
  }
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) out[i * k + j] = i === j ? 1 : rebuilt[i * k + j] / math.sqrt(rebuilt[i * k + i] * rebuilt[j * k + j]);
  return out;
}

/**
 * A valid correlation matrix near an inconsistent one, by eigenvalue clipping: the Pearson
 * matrix's negative eigenvalues are raised to a small positive value and the result rescaled
 * to a unit diagonal. (Not exactly the Frobenius-nearest matrix of Higham's method, but close
 * for the few inputs of a business case, and one decomposition instead of an iteration.) The
 * report gives the rank correlations used and the largest change, in rank-correlation terms.
 *
 * @example
 * repairCorrelation(pearsonOf([[1, .95, .95], [.95, 1, .2], [.95, .2, 1]]), ['a', 'b', 'c'])
 * // => a positive definite matrix and "…repaired… largest change b–c …"
 */
export function repairCorrelation(pearson: SquareMatrix, names: readonly string[]): { matrix: SquareMatrix; repair: CorrelationRepair } {
  const k = pearson.size;
  const entries = clippedCorrelation(pearson);
  const spearman: number[][] = [];
  let largestChange = 0;
  let pair: readonly [string, string] = [names[0], names[0]];
  for (let i = 0; i < k; i++) {
    spearman.push([]);
    for (let j = 0; j < k; j++) {
      const used = i === j ? 1 : pearsonToSpearman(entries[i * k + j]);
      spearman[i].push(used);
      const change = math.abs(used - pearsonToSpearman(pearson.entries[i * k + j]));
      if (j > i && change > largestChange) [largestChange, pair] = [change, [names[i], names[j]]];
    }
  }
  const message = `The rank correlations could not all hold at once, so the nearest consistent set was used; the largest change is to ${pair[0]} and ${pair[1]}, by ${largestChange.toFixed(3)}.`;
  return { matrix: { size: k, entries }, repair: { spearman, largestChange, pair, message } };
}
