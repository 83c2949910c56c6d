/**
 * Simple payback of an upfront amount from a constant monthly net benefit. Callers make sure
 * monthlyNet > 0 (otherwise it never pays back).
 *
 * @param upfront - one-time investment (≥ 0)
 * @param monthlyNet - net benefit per month (> 0)
 * @returns months to pay back
 *
 * @example
 * paybackMonths(300000, 100000) // => 3
 */
export function paybackMonths(upfront: number, monthlyNet: number): number {
  return upfront / monthlyNet;
}
