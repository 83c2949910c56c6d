/**
 * The distributions an uncertain input can follow, and the sampling view of one input (its
 * marginal). Parameters are of the variable itself: the lognormal's mean and sd are those of
 * the input, not of its logarithm.
 */
export type DistributionSpec =
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: 'triangular'; readonly low: number; readonly mode: number; readonly high: number }
  /** beta-PERT with λ = 4: mean (low + 4·most_likely + high) / 6 */
  | { readonly kind: 'pert'; readonly low: number; readonly mostLikely: number; readonly high: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number }
  /** lognormal with the given mean (> 0) and sd of the variable itself */
  | { readonly kind: 'lognormal'; readonly mean: number; readonly sd: number };

/** An accepted range that draws are confined to by truncation (never by clamping); either end may be open. */
export interface Truncation {
  readonly min?: number;
  readonly max?: number;
}

/** One input's distribution as the sampler uses it. */
export interface Marginal {
  /** the input's path for messages, e.g. uncertainty.inputs.aht_minutes */
  readonly name: string;
  /** set when the input has no spread: every draw is this value */
  readonly fixedValue?: number;
  /** the value whose CDF is u, for u strictly inside (0, 1) */
  quantile(u: number): number;
  /** P(X ≤ x) */
  cdf(x: number): number;
  /** out[i] = quantile(uniforms[i]) (to the accuracy documented by the distribution), for many at once; out may be uniforms itself (each entry reads only its own uniform) */
  fillQuantiles(uniforms: Float64Array, out: Float64Array): void;
}

/** fillQuantiles for a marginal whose quantile is cheap: one call per entry. */
export function fillByQuantile(quantile: (u: number) => number): (uniforms: Float64Array, out: Float64Array) => void {
  return (uniforms, out) => {
    for (let i = 0; i < uniforms.length; i++) out[i] = quantile(uniforms[i]);
  };
}
