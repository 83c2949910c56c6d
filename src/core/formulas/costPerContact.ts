/**
 * Blended cost of one contact once the AI takes a share: d·Ca + (1 − d)·Ch + d·(1 − k)·Ch.
 *
 * @param humanCost - cost of one human-handled contact (Ch)
 * @param aiCost - cost of one AI-handled contact (Ca)
 * @param deflectionRate - share of contacts the AI takes, 0..1 (d)
 * @param containmentRate - share of AI-taken contacts that stay resolved, 0..1 (k); 1 by default
 * @returns cost per contact, in currency
 *
 * @example
 * costPerContact(4, 0.5, 0.4) // => 2.6
 */
export function costPerContact(humanCost: number, aiCost: number, deflectionRate: number, containmentRate = 1): number {
  return (
    deflectionRate * aiCost +
    (1 - deflectionRate) * humanCost +
    deflectionRate * (1 - containmentRate) * humanCost
  );
}
