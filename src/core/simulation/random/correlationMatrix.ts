import { fail, ok, Result } from '../../result';
import { asinSmall, sinSmall } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/** A k×k matrix stored row by row. */
export interface SquareMatrix {
  readonly size: number;
  readonly entries: Float64Array;
}

export const CORRELATIONS_FIELD = 'uncertainty.correlations';
const SYMMETRY_TOLERANCE = 1e-12;

/**
 * The Pearson correlation of a bivariate normal whose Spearman rank correlation is ρs:
 * ρp = 2·sin(π·ρs/6) (Pearson 1907), so the Gaussian copula's ranks correlate as requested.
 *
 * @example
 * spearmanToPearson(0.5) // => 0.5176380902050415
 */
export function spearmanToPearson(spearman: number): number {
  return 2 * sinSmall((math.PI * spearman) / 6);
}

/** The inverse: ρs = (6/π)·asin(ρp/2). */
export function pearsonToSpearman(pearson: number): number {
  return (6 / math.PI) * asinSmall(pearson / 2);
}

/** Why a row of the matrix is not one of a correlation matrix, or null. */
function rowProblem(rows: readonly (readonly number[])[], i: number, names: readonly string[]): string | null {
  const k = rows.length;
  if (!Array.isArray(rows[i]) || rows[i].length !== k) return `row ${i + 1} (${names[i]}) must have ${k} entries, one per input`;
  if (rows[i][i] !== 1) return `the diagonal entry of ${names[i]} must be 1; got ${rows[i][i]}`;
  for (let j = 0; j < k; j++) {
    const value = rows[i][j];
    if (!Number.isFinite(value) || value < -1 || value > 1) return `the rank correlation of ${names[i]} and ${names[j]} must be from -1 to 1; got ${value}`;
    if (j < i && math.abs(value - rows[j][i]) > SYMMETRY_TOLERANCE) return `the matrix must be symmetric: ${names[i]}–${names[j]} is ${value} but ${names[j]}–${names[i]} is ${rows[j][i]}`;
  }
  return null;
}

/**
 * A requested Spearman matrix checked (square, one row per input, unit diagonal, entries in
 * [−1, 1], symmetric) and returned as the Pearson matrix of the normal copula.
 *
 * @param names - the inputs' names, in the matrix's order, for messages
 * @example
 * pearsonMatrix([[1, 0.5], [0.5, 1]], ['a', 'b']) // => ok({ size: 2, entries: [1, 0.5176…, 0.5176…, 1] })
 */
export function pearsonMatrix(rows: readonly (readonly number[])[], names: readonly string[]): Result<SquareMatrix> {
  const k = names.length;
  if (rows.length !== k) return fail('invalid', `${CORRELATIONS_FIELD} must have ${k} rows, one per uncertain input; got ${rows.length}.`, CORRELATIONS_FIELD);
  for (let i = 0; i < k; i++) {
    const problem = rowProblem(rows, i, names);
    if (problem !== null) return fail('invalid', `${CORRELATIONS_FIELD}: ${problem}.`, CORRELATIONS_FIELD);
  }
  const entries = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) entries[i * k + j] = i === j ? 1 : spearmanToPearson(rows[i][j]);
  return ok({ size: k, entries });
}
