/**
 * Monthly savings when the AI takes a share of contacts end to end and every AI-taken contact
 * stays resolved: V·d·(Ch − Ca).
 *
 * @param contacts - contacts per month (V)
 * @param humanCost - fully loaded cost of one human-handled contact (Ch)
 * @param deflectionRate - share of contacts the AI takes end to end, 0..1 (d)
 * @param aiCost - cost of one AI-handled contact (Ca)
 * @returns savings per month, in currency
 *
 * @example
 * deflectionSavings(100000, 4, 0.4, 0.5) // => 140000 (1.68 M a year)
 */
export function deflectionSavings(contacts: number, humanCost: number, deflectionRate: number, aiCost: number): number {
  return contacts * deflectionRate * (humanCost - aiCost);
}
