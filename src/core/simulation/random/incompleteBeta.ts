import { exp, log, log1p, pow } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/**
 * The regularised incomplete beta function I_x(a, b) and its inverse, for the beta-PERT.
 * I_x is the continued fraction of Numerical Recipes §6.4 (modified Lentz), used directly
 * below the mean-ish split x < (a + 1)/(a + b + 2), where it converges fast, and through
 * I_x(a, b) = 1 − I_(1−x)(b, a) above it.
 */

const TINY = 1e-300;
const EPSILON = 1e-16;
const MAX_TERMS = 300;

function awayFromZero(value: number): number {
  return math.abs(value) < TINY ? TINY : value;
}

/**
 * The continued fraction of I_x(a, b) without its prefactor (Numerical Recipes' betacf, the
 * modified Lentz method): each m takes the even then the odd term.
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 / awayFromZero(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / awayFromZero(1 + even * d);
    c = awayFromZero(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / awayFromZero(1 + odd * d);
    c = awayFromZero(1 + odd / c);
    const factor = d * c;
    h *= factor;
    if (math.abs(factor - 1) < EPSILON) break;
  }
  return h;
}

/**
 * I_x(a, b) for a, b > 0 and x in [0, 1], given lnB = ln B(a, b) (computed once per distribution).
 *
 * @example
 * regularizedBeta(0.5, 2, 3, logBeta(2, 3)) // => 0.6875 (11/16)
 */
export function regularizedBeta(x: number, a: number, b: number, lnB: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(a * log(x) + b * log1p(-x) - lnB);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The beta density at x in (0, 1). */
export function betaDensity(x: number, a: number, b: number, lnB: number): number {
  return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - lnB);
}

/** A starting point for the inverse: Numerical Recipes' invbetai guess (Abramowitz & Stegun 26.5.22 for a, b ≥ 1). */
function inverseBetaGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const t = math.sqrt(-2 * log(p < 0.5 ? p : 1 - p));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * exp(2 * w));
  }
  const lowerMass = exp(a * log(a / (a + b))) / a;
  const upperMass = exp(b * log(b / (a + b))) / b;
  const total = lowerMass + upperMass;
  return p < lowerMass / total ? pow(a * total * p, 1 / a) : 1 - pow(b * total * (1 - p), 1 / b);
}

/**
 * The x with I_x(a, b) = p, for p ≤ 0.5 (callers reflect the upper half, so the small side
 * keeps its relative precision): Halley steps on I_x − p from the guess, kept inside a bracket
 * that every step shrinks, bisecting when a step would leave it. Converges to about 1e-15.
 */
function inverseLowerHalf(p: number, a: number, b: number, lnB: number): number {
  let low = 0;
  let high = 1;
  let x = math.min(math.max(inverseBetaGuess(p, a, b), 1e-300), 1 - 1e-16);
  for (let iteration = 0; iteration < 100; iteration++) {
    const error = regularizedBeta(x, a, b, lnB) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const newton = error / betaDensity(x, a, b, lnB);
    const curvature = (a - 1) / x - (b - 1) / (1 - x);
    let next = x - newton / math.max(0.5, 1 - 0.5 * newton * curvature);
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (math.abs(next - x) <= 1e-15 * math.max(x, 1e-300)) return next;
    x = next;
  }
  return x;
}

/**
 * The inverse of the regularised incomplete beta function: the x in [0, 1] with I_x(a, b) = p,
 * accurate to about 1e-15 relative on the side nearer 0 or 1 (the upper half is solved as
 * 1 − x of the mirrored distribution).
 *
 * @example
 * inverseRegularizedBeta(0.6875, 2, 3, logBeta(2, 3)) // => 0.5 (to about 1e-15)
 */
export function inverseRegularizedBeta(p: number, a: number, b: number, lnB: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return p <= 0.5 ? inverseLowerHalf(p, a, b, lnB) : 1 - inverseLowerHalf(1 - p, b, a, lnB);
}
