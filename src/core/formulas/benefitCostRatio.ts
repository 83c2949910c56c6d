/**
 * Benefit/cost ratio: what comes back per unit spent. Callers make sure costs > 0.
 *
 * @param benefits - total benefits
 * @param costs - total costs (> 0)
 * @returns ratio ("3.50 back per 1 spent" = 3.5)
 *
 * @example
 * benefitCostRatio(1400000, 400000) // => 3.5
 */
export function benefitCostRatio(benefits: number, costs: number): number {
  return benefits / costs;
}
