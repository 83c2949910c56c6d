import { log, log1p } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/** Quantiles and CDFs with closed forms. Degenerate ranges (low = high) are handled by the caller as fixed values. */

/**
 * The uniform(low, high) quantile.
 *
 * @example
 * uniformQuantile(0.25, 10, 20) // => 12.5
 */
export function uniformQuantile(u: number, low: number, high: number): number {
  return low + u * (high - low);
}

export function uniformCdf(x: number, low: number, high: number): number {
  if (x <= low) return 0;
  if (x >= high) return 1;
  return (x - low) / (high - low);
}

/**
 * The triangular(low, mode, high) quantile: the inverse of the two quadratic pieces of the CDF,
 * meeting at F(mode) = (mode − low) / (high − low).
 *
 * @example
 * triangularQuantile(0.5, 0, 1, 2) // => 1
 */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  const atMode = (mode - low) / width;
  if (u <= atMode) return low + math.sqrt(u * width * (mode - low));
  return high - math.sqrt((1 - u) * width * (high - mode));
}

export function triangularCdf(x: number, low: number, mode: number, high: number): number {
  if (x <= low) return 0;
  if (x >= high) return 1;
  const width = high - low;
  if (x <= mode) return ((x - low) * (x - low)) / (width * (mode - low));
  return 1 - ((high - x) * (high - x)) / (width * (high - mode));
}

/**
 * The lognormal's log-scale parameters from the mean m and sd s of the variable itself:
 * σ² = ln(1 + s²/m²) and μ = ln(m² / √(s² + m²)), so that E[X] = m and SD[X] = s.
 *
 * @example
 * lognormalLogParameters(1, 0) // => { mu: 0, sigma: 0 }
 */
export function lognormalLogParameters(mean: number, sd: number): { mu: number; sigma: number } {
  const ratio = sd / mean;
  return { mu: log(mean) - 0.5 * log1p(ratio * ratio), sigma: math.sqrt(log1p(ratio * ratio)) };
}
