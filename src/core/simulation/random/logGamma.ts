import { log } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/**
 * ln Γ(x) for x > 0: shifted up to x ≥ 10 by the recurrence Γ(x + 1) = x Γ(x), then the Stirling
 * series to the x^-11 term, whose next term is below 1e-16 there. Used once per distribution
 * (for ln B(α, β)), so speed does not matter and no coefficient table is needed.
 *
 * @example
 * logGamma(5) // => 3.1780538303479458 (ln 24)
 */
export function logGamma(x: number): number {
  let shift = 0;
  let z = x;
  while (z < 10) {
    shift += log(z);
    z += 1;
  }
  const inverse = 1 / z;
  const inverseSquare = inverse * inverse;
  // Bernoulli terms B(2k) / (2k (2k − 1) z^(2k − 1)), k = 1..6
  const series =
    inverse * (1 / 12 + inverseSquare * (-1 / 360 + inverseSquare * (1 / 1260 + inverseSquare * (-1 / 1680 + inverseSquare * (1 / 1188 + inverseSquare * (-691 / 360360))))));
  return (z - 0.5) * log(z) - z + 0.5 * log(2 * math.PI) + series - shift;
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 *
 * @example
 * logBeta(2, 3) // => -2.4849066497880004 (ln 1/12)
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
