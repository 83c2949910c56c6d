import { Random } from './prng';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * n uniforms one per stratum, in stratum order: entry i is (i + v)/n with v uniform in (0, 1),
 * so it lies inside [i/n, (i + 1)/n) and never at 0 or 1.
 *
 * @example
 * stratifiedUniforms(random, 4) // => [0.1…, 0.3…, 0.6…, 0.9…], one in each quarter
 */
export function stratifiedUniforms(random: Random, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (i + random.next()) / n;
  return out;
}

/**
 * A uniformly random permutation of 0..n − 1 (Fisher–Yates, n − 1 draws from the end down).
 *
 * @example
 * randomPermutation(random, 5) // => e.g. Uint32Array [3, 0, 4, 1, 2]
 */
export function randomPermutation(random: Random, n: number): Uint32Array {
  const permutation = new Uint32Array(n);
  for (let i = 0; i < n; i++) permutation[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = math.floor(random.next() * (i + 1));
    const swap = permutation[i];
    permutation[i] = permutation[j];
    permutation[j] = swap;
  }
  return permutation;
}

/** A Latin hypercube column before its marginal: the stratified uniforms and the trial order they are dealt in. */
export interface LatinColumn {
  /** one uniform per stratum, ascending */
  readonly strata: Float64Array;
  /** trial t takes stratum permutation[t] */
  readonly permutation: Uint32Array;
}

/**
 * k independent Latin hypercube columns of n trials: for each input in turn, its n positions
 * inside the strata, then its permutation (so a seed gives the same design everywhere).
 *
 * @example
 * latinHypercube(random, 1000, 3) // => 3 columns, each hitting every one of its 1,000 strata once
 */
export function latinHypercube(random: Random, n: number, k: number): LatinColumn[] {
  const columns: LatinColumn[] = [];
  for (let j = 0; j < k; j++) {
    const strata = stratifiedUniforms(random, n);
    columns.push({ strata, permutation: randomPermutation(random, n) });
  }
  return columns;
}

/**
 * A column's values per trial: out[t] = sortedValues[permutation[t]].
 *
 * @example
 * dealInto(Float64Array.of(1, 2, 3), Uint32Array.of(2, 0, 1)) // => Float64Array [3, 1, 2]
 */
export function dealInto(sortedValues: Float64Array, permutation: Uint32Array): Float64Array {
  const out = new Float64Array(permutation.length);
  for (let t = 0; t < permutation.length; t++) out[t] = sortedValues[permutation[t]];
  return out;
}
