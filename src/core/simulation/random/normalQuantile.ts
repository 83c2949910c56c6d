import { log } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/**
 * The standard normal quantile by Wichura's AS 241 (PPND16, Applied Statistics 37(3), 1988),
 * relative accuracy about 1e-16: three rational approximations, split at |p − 0.5| = 0.425 and
 * at sqrt(−ln(min(p, 1 − p))) = 5.
 */

const CENTRAL_NUMERATOR = [3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227];
const CENTRAL_DENOMINATOR = [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854];
const NEAR_NUMERATOR = [1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414];
const NEAR_DENOMINATOR = [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9];
const FAR_NUMERATOR = [6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7];
const FAR_DENOMINATOR = [1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15];

function polynomial(coefficients: readonly number[], x: number): number {
  let sum = coefficients[coefficients.length - 1];
  for (let i = coefficients.length - 2; i >= 0; i--) sum = sum * x + coefficients[i];
  return sum;
}

/**
 * The z with Φ(z) = p, for p strictly inside (0, 1); p at or beyond 0 or 1 gives ∓Infinity
 * (callers pass the PRNG's open-interval uniforms, which never reach them).
 *
 * @example
 * normalQuantile(0.975) // => 1.959963984540054 (to about 1e-15)
 */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  const tail = q < 0 ? p : 1 - p;
  if (tail <= 0) return q < 0 ? -Infinity : Infinity;
  let r = math.sqrt(-log(tail));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = polynomial(NEAR_NUMERATOR, r) / polynomial(NEAR_DENOMINATOR, r);
  } else {
    r -= 5;
    z = polynomial(FAR_NUMERATOR, r) / polynomial(FAR_DENOMINATOR, r);
  }
  return q < 0 ? -z : z;
}
