/**
 * Incremental upsell value: eligible·(conv_after − conv_before)·order_value·margin.
 *
 * @param eligible - contacts per month where an offer can be made
 * @param conversionBefore - conversion without AI, 0..1
 * @param conversionAfter - conversion with AI, 0..1
 * @param orderValue - revenue per converted offer
 * @param margin - profit per unit of revenue, 0..1; 1 counts revenue
 * @returns value per month, in currency
 *
 * @example
 * upsellRevenue(50000, 0.05, 0.07, 100) // => 100000
 */
export function upsellRevenue(
  eligible: number,
  conversionBefore: number,
  conversionAfter: number,
  orderValue: number,
  margin = 1,
): number {
  return eligible * (conversionAfter - conversionBefore) * orderValue * margin;
}
