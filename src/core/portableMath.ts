/**
 * exp, log, pow and the few other transcendental functions the model and the simulation read,
 * written with + − × ÷ and exact bit operations only, so that every JavaScript engine gives the
 * same bits. The engines' own Math.exp, Math.log, Math.pow and Math.sin are not specified to the
 * bit and do differ: Node 20 and a current Chromium disagree in the last bit on several percent
 * of arguments, enough to break "the same seed gives the same bytes in Node and the browser".
 * IEEE 754 fixes the basic operations and the square root exactly, and these are built on them.
 * Accuracy: within a few units in the last place of the true value (the tests hold them to
 * 1e-15 relative of Math's), far inside what money to the cent needs.
 */

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these run per trial.
const math = Math;

const WORDS = new Float64Array(1);
const HALVES = new Uint32Array(WORDS.buffer);
// The engine's byte order decides which half holds the sign and exponent.
const HIGH = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f ? 1 : 0;
const LOW = 1 - HIGH;

/** ln 2 in two parts: the high part has trailing zero bits, so k · LN2_HI is exact for |k| < 2^20. */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = Math.LOG2E;
const LN10 = Math.LN10;
const SQRT_HALF = Math.SQRT1_2;

/** 2^k for a whole k in the normal range, from its bits. */
function powerOfTwo(k: number): number {
  HALVES[HIGH] = (k + 1023) << 20;
  HALVES[LOW] = 0;
  return WORDS[0];
}

/** 1/n! for n = 0..13, by division only: the same bits everywhere. */
const INVERSE_FACTORIALS = Array.from({ length: 14 }, (_, n) => {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return 1 / factorial;
});

/** 1/(2n + 1) for n = 0..11: the atanh series' coefficients. */
const ODD_INVERSES = Array.from({ length: 12 }, (_, n) => 1 / (2 * n + 1));

/**
 * e^x: x = k·ln 2 + r with |r| ≤ ½ ln 2, e^r by its Taylor series to r^13, times 2^k.
 *
 * @example
 * exp(1) // => 2.718281828459045
 */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  let series = INVERSE_FACTORIALS[13];
  for (let n = 12; n >= 0; n--) series = series * r + INVERSE_FACTORIALS[n];
  if (k > 1023) return series * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1021) return series * powerOfTwo(k + 1000) * powerOfTwo(-1000);
  return series * powerOfTwo(k);
}

/**
 * Natural logarithm: x = m·2^e with m in [√½, √2), log m = 2·atanh(s), s = (m − 1)/(m + 1), by its
 * odd series to s^23, plus e·ln 2.
 *
 * @example
 * log(Math.E) // => 1
 */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: a subnormal made normal
    shift = -54;
  }
  WORDS[0] = x;
  const high = HALVES[HIGH];
  let e = ((high >>> 20) & 0x7ff) - 1023 + shift;
  HALVES[HIGH] = (high & 0x000fffff) | 0x3ff00000;
  let m = WORDS[0];
  if (m >= 2 * SQRT_HALF) {
    m /= 2;
    e += 1;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  let series = ODD_INVERSES[11];
  for (let n = 10; n >= 0; n--) series = series * z + ODD_INVERSES[n];
  return e * LN2_HI + (2 * s * series + e * LN2_LO);
}

/**
 * log(1 + x), accurate for small x: log(u) · x / (u − 1) with u = 1 + x corrects the rounding of u.
 *
 * @example
 * log1p(1e-10) // => 9.9999999995e-11
 */
export function log1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Infinity) return Infinity;
  return (log(u) * x) / (u - 1);
}

/**
 * x^y for the model's and the sampler's uses: x ≥ 0 (any y), or a negative x with a whole y.
 *
 * @example
 * pow(1.1, -1 / 12) // => 0.9920889...
 */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x > 0) return exp(y * log(x));
  if (math.floor(y) !== y) return NaN;
  const magnitude = exp(y * log(-x));
  return y % 2 === 0 ? magnitude : -magnitude;
}

/**
 * sin x for |x| ≤ π/2 (the copula's 2·sin(πρ/6) needs |x| ≤ π/6), by its Taylor series to x^23.
 *
 * @example
 * sinSmall(Math.PI / 6) // => 0.5 (within an ulp)
 */
export function sinSmall(x: number): number {
  if (!(math.abs(x) <= math.PI / 2)) throw new RangeError(`sinSmall takes |x| ≤ π/2; got ${x}`);
  const z = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n <= 11; n++) {
    term = (-term * z) / ((2 * n) * (2 * n + 1));
    sum += term;
  }
  return sum;
}

/**
 * asin x for |x| ≤ ½ (the copula's inverse 6/π·asin(r/2)), by its series Σ c_n x^(2n+1),
 * c_{n+1} = c_n·(2n + 1)² / ((2n + 2)(2n + 3)), to x^81.
 *
 * @example
 * asinSmall(0.5) // => π/6 (within an ulp)
 */
export function asinSmall(x: number): number {
  if (!(math.abs(x) <= 0.5)) throw new RangeError(`asinSmall takes |x| ≤ 1/2; got ${x}`);
  const z = x * x;
  let power = x;
  let coefficient = 1;
  let sum = x;
  for (let n = 0; n < 40; n++) {
    coefficient = (coefficient * (2 * n + 1) * (2 * n + 1)) / ((2 * n + 2) * (2 * n + 3));
    power *= z;
    sum += coefficient * power;
  }
  return sum;
}

/**
 * The largest power of ten at most x (x > 0, finite): 10^k built by exact multiplications (and a
 * division for k < 0), so a sample's histogram bins are the same everywhere.
 *
 * @example
 * powerOfTenAtMost(1999) // => 1000
 */
export function powerOfTenAtMost(x: number): number {
  let k = math.floor(log(x) / LN10);
  // log(x)/ln 10 can round across a whole number: one step either way puts k right.
  if (tenTo(k) > x) k -= 1;
  else if (tenTo(k + 1) <= x) k += 1;
  return tenTo(k);
}

/** 10^k for a whole k: a product of tens, or one over it. */
function tenTo(k: number): number {
  let product = 1;
  for (let i = 0; i < math.abs(k); i++) product *= 10;
  return k >= 0 ? product : 1 / product;
}
