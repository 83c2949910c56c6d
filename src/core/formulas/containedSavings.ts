/**
 * Monthly savings net of failed containment: V·d·(k·Ch − Ca). A contact whose containment
 * fails reaches a human anyway, so it costs the AI usage and the human contact.
 *
 * @param contacts - contacts per month (V)
 * @param humanCost - fully loaded cost of one human-handled contact (Ch)
 * @param deflectionRate - share of contacts the AI takes end to end, 0..1 (d)
 * @param aiCost - cost of one AI-handled contact (Ca)
 * @param containmentRate - share of AI-taken contacts that stay resolved, 0..1 (k)
 * @returns savings per month, in currency
 *
 * @example
 * containedSavings(100000, 4, 0.4, 0.5, 0.8) // => 108000 (equals deflectionSavings at k = 1)
 */
export function containedSavings(
  contacts: number,
  humanCost: number,
  deflectionRate: number,
  aiCost: number,
  containmentRate: number,
): number {
  return contacts * deflectionRate * (containmentRate * humanCost - aiCost);
}
