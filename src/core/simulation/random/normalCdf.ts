import { exp } from '../../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/**
 * The complementary error function by Cody's rational Chebyshev approximations (math. Comp. 23,
 * 1969; Netlib SPECFUN CALERF), relative accuracy about 1e-16 over the whole line, so Φ keeps
 * its precision deep in both tails rather than losing it to 1 − Φ(−x).
 */

const ERF_NUMERATOR = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694];
const ERF_DENOMINATOR = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const MID_NUMERATOR = [0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972];
const MID_DENOMINATOR = [15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247, 3439.3676741437216, 1230.3393548037495];
const TAIL_NUMERATOR = [0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378];
const TAIL_DENOMINATOR = [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918];
const ERF_LEADING = 0.18577770618460315;
const MID_LEADING = 2.1531153547440383e-8;
const TAIL_LEADING = 0.016315387137302097;
const ONE_OVER_SQRT_PI = 0.5641895835477563;
const SQRT_HALF = math.SQRT1_2;

/** Cody's form: xnum, xden start at leading·t and t, then (· + c[i])·t for all but the last. */
function codyRatio(leading: number, numerator: readonly number[], denominator: readonly number[], t: number): number {
  let xnum = leading * t;
  let xden = t;
  const last = numerator.length - 1;
  for (let i = 0; i < last; i++) {
    xnum = (xnum + numerator[i]) * t;
    xden = (xden + denominator[i]) * t;
  }
  return (xnum + numerator[last]) / (xden + denominator[last]);
}

/** exp(−y²) without the rounding of squaring y: y is split into a 1/16 grid point and the rest. */
function expMinusSquare(y: number): number {
  const grid = math.trunc(y * 16) / 16;
  return exp(-grid * grid) * exp(-(y - grid) * (y + grid));
}

/**
 * erfc(x) = 1 − erf(x), relative accuracy about 1e-16; 0 beyond x ≈ 26.5 (below the smallest double).
 *
 * @example
 * erfc(1) // => 0.1572992070502851 (to about 1e-16)
 */
export function erfc(x: number): number {
  const y = math.abs(x);
  if (y <= 0.46875) return 1 - x * codyRatio(ERF_LEADING, ERF_NUMERATOR, ERF_DENOMINATOR, y * y);
  let upper: number;
  if (y <= 4) {
    upper = expMinusSquare(y) * codyRatio(MID_LEADING, MID_NUMERATOR, MID_DENOMINATOR, y);
  } else if (y >= 26.6) {
    upper = 0;
  } else {
    const t = 1 / (y * y);
    upper = (expMinusSquare(y) * (ONE_OVER_SQRT_PI - t * codyRatio(TAIL_LEADING, TAIL_NUMERATOR, TAIL_DENOMINATOR, t))) / y;
  }
  return x < 0 ? 2 - upper : upper;
}

/**
 * The standard normal CDF Φ(x) = erfc(−x/√2)/2, relative accuracy about 1e-15 in both tails.
 *
 * @example
 * normalCdf(1.959963984540054) // => 0.975 (to about 1e-16)
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * SQRT_HALF);
}
