import { fail, ok, Result } from '../../result';
import { CORRELATIONS_FIELD, SquareMatrix } from './correlationMatrix';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/** How far below zero rounding may push a pivot of a valid (semi-definite) matrix. */
const PIVOT_TOLERANCE = 1e-10;

/** The offending pair when row `row` of the factor cannot be completed. */
function notPositiveSemiDefinite(row: number, column: number, names: readonly string[]): Result<never> {
  const pair = `${names[column]} and ${names[row]}`;
  const earlier = column === 0 ? 'the correlations before it' : `the correlations listed before it (of ${names.slice(0, row).join(', ')})`;
  return fail(
    'invalid',
    `${CORRELATIONS_FIELD}: the rank correlation of ${pair} cannot hold together with ${earlier}: no inputs can have all these correlations at once (the matrix is not positive semi-definite). Change it, or ask for repair to use the nearest valid matrix.`,
    CORRELATIONS_FIELD,
  );
}

/**
 * The lower-triangular L with L·Lᵀ = C for a correlation matrix C, semi-definite allowed (a
 * zero pivot gives a zero column, as for two inputs correlated exactly 1). Row j's entries are
 * its correlations explained by the inputs before it; with a unit diagonal their squares may
 * sum to at most 1, so the first entry at which they pass 1 names the pair that cannot hold.
 *
 * @example
 * cholesky({ size: 2, entries: Float64Array.of(1, 0.6, 0.6, 1) }, ['a', 'b']) // => ok(L = [1, 0; 0.6, 0.8])
 */
export function cholesky(matrix: SquareMatrix, names: readonly string[]): Result<Float64Array> {
  const k = matrix.size;
  const c = matrix.entries;
  const lower = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let explained = 0;
    for (let i = 0; i < j; i++) {
      let sum = c[j * k + i];
      for (let m = 0; m < i; m++) sum -= lower[j * k + m] * lower[i * k + m];
      const pivot = lower[i * k + i];
      if (pivot === 0) {
        if (math.abs(sum) > math.sqrt(PIVOT_TOLERANCE)) return notPositiveSemiDefinite(j, i, names);
        continue;
      }
      lower[j * k + i] = sum / pivot;
      explained += lower[j * k + i] * lower[j * k + i];
      if (explained > 1 + PIVOT_TOLERANCE) return notPositiveSemiDefinite(j, i, names);
    }
    const rest = c[j * k + j] - explained;
    lower[j * k + j] = rest > PIVOT_TOLERANCE ? math.sqrt(rest) : 0;
  }
  return ok(lower);
}
