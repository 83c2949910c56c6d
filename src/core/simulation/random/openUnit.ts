/** The largest double below 1. */
const BELOW_ONE = 1 - 2 ** -53;

/**
 * p kept strictly inside (0, 1): a probability computed as F(a) + u·mass or Φ(y) can round to
 * exactly 0 or 1, which an unbounded distribution's quantile would turn into ∓Infinity.
 *
 * @example
 * insideOpenUnit(1) // => 0.9999999999999999
 */
export function insideOpenUnit(p: number): number {
  return p >= BELOW_ONE ? BELOW_ONE : p <= 0 ? Number.MIN_VALUE : p;
}
