import { normalCdf } from './normalCdf';
import { normalQuantile } from './normalQuantile';
import { insideOpenUnit } from './openUnit';
import { orderOfKeys } from '../radixSort';

/** True when row j of the factor is the unit row: that input is correlated with none before it, so y_j = z_j. */
export function isUnitRow(lower: Float64Array, k: number, j: number): boolean {
  for (let i = 0; i < j; i++) if (lower[j * k + i] !== 0) return false;
  return true;
}

/**
 * Correlated normals y = L·z, trial by trial, for the inputs whose factor row is not the unit
 * row (the others are z itself, returned as they are).
 *
 * @example
 * correlateScores([z0, z1], L of ρ = 0.6) // => [z0, 0.6·z0 + 0.8·z1]
 */
export function correlateScores(scores: readonly Float64Array[], lower: Float64Array): Float64Array[] {
  const k = scores.length;
  return scores.map((own, j) => {
    if (isUnitRow(lower, k, j)) return own;
    const y = new Float64Array(own.length);
    for (let i = 0; i <= j; i++) {
      const weight = lower[j * k + i];
      if (weight === 0) continue;
      const z = scores[i];
      for (let t = 0; t < y.length; t++) y[t] += weight * z[t];
    }
    return y;
  });
}

/** Standard normal scores of uniforms in (0, 1). */
export function normalScores(uniforms: Float64Array): Float64Array {
  const out = new Float64Array(uniforms.length);
  for (let t = 0; t < uniforms.length; t++) out[t] = normalQuantile(uniforms[t]);
  return out;
}

/**
 * Van der Waerden's normal scores of n ranks, Φ⁻¹((i + 1)/(n + 1)) for rank i (0-based): the
 * scores Iman and Conover give a Latin hypercube's strata, one set for every input, computed
 * for half the ranks and mirrored (so they are exactly symmetric about 0).
 *
 * @example
 * rankScores(3) // => Float64Array [-0.674…, 0, 0.674…]
 */
export function rankScores(n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const mirror = n - 1 - i;
    out[i] = mirror < i ? -out[mirror] : normalQuantile((i + 1) / (n + 1));
  }
  return out;
}

/** Uniforms Φ(y) of normal scores, kept strictly inside (0, 1) for the marginals' quantiles. */
export function uniformsOfScores(scores: Float64Array): Float64Array {
  const out = new Float64Array(scores.length);
  for (let t = 0; t < scores.length; t++) out[t] = insideOpenUnit(normalCdf(scores[t]));
  return out;
}

const floatView = new Float32Array(1);
const bitsView = new Uint32Array(floatView.buffer);

/** A 32-bit key that orders as the float32 nearest to the value does (sign bit flipped, negatives inverted). */
function orderKey(value: number): number {
  floatView[0] = value;
  const bits = bitsView[0];
  return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/**
 * The trial order of the scores, lowest first: order[r] is the trial of rank r, by a radix sort
 * of each score's 32-bit order key. Scores equal to float32 precision (relative 6e-8) are
 * ordered by trial, a tie of no consequence for a rank correlation.
 *
 * @example
 * rankOrder(Float64Array.of(0.3, -1, 2)) // => Uint32Array [1, 0, 2]
 */
export function rankOrder(scores: Float64Array): Uint32Array {
  const keys = new Uint32Array(scores.length);
  for (let t = 0; t < scores.length; t++) keys[t] = orderKey(scores[t]);
  return orderOfKeys(keys);
}

/**
 * Values dealt to trials by rank: the trial of rank r gets sortedValues[r].
 *
 * @example
 * dealByRank(Float64Array.of(10, 20, 30), Uint32Array.of(1, 0, 2)) // => Float64Array [20, 10, 30]
 */
export function dealByRank(sortedValues: Float64Array, order: Uint32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let r = 0; r < order.length; r++) out[order[r]] = sortedValues[r];
  return out;
}
