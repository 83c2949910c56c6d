/**
 * Flows whose absolute value is below half a cent count as zero when counting sign changes:
 * they round to 0.00 in any money format, and sums of monthly lines leave floating-point noise
 * (1e-10 instead of 0) that must not read as an extra investment or return.
 */
export const SIGN_CHANGE_ZERO = 0.005;

/**
 * Number of sign changes between consecutive non-zero flows. By Descartes' rule of signs it
 * bounds the number of IRRs: one change means exactly one IRR, several may mean several.
 *
 * @param flows - cash flows in time order
 * @returns how often the sign flips, ignoring flows below SIGN_CHANGE_ZERO in absolute value
 *
 * @example
 * countSignChanges([-1000, 0, 600, 600]) // => 1
 * countSignChanges([-1000, 2300, -1320]) // => 2
 * countSignChanges([-1000, 1e-10, -5, 1100]) // => 1 (the noise is not a change)
 */
export function countSignChanges(flows: readonly number[]): number {
  let changes = 0;
  let previousSign = 0;
  for (const flow of flows) {
    if (!(Math.abs(flow) >= SIGN_CHANGE_ZERO)) continue; // also skips NaN, which has no sign
    const sign = Math.sign(flow);
    if (previousSign !== 0 && sign !== previousSign) changes++;
    previousSign = sign;
  }
  return changes;
}
