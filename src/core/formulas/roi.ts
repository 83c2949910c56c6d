/**
 * Return on investment: (benefits − costs)/costs. Callers make sure costs > 0.
 *
 * @param benefits - total benefits
 * @param costs - total costs (> 0)
 * @returns ROI as a fraction (3.2 = 320%)
 *
 * @example
 * roi(1680000, 400000) // => 3.2
 */
export function roi(benefits: number, costs: number): number {
  return (benefits - costs) / costs;
}
