/**
 * Savings from agent assist on the contacts humans still handle: human_contacts·Ch·r.
 * Counting only human-handled contacts avoids double counting with deflection.
 *
 * @param humanContacts - contacts per month still handled by people
 * @param humanCost - fully loaded cost of one human-handled contact (Ch)
 * @param ahtReduction - share of average handle time removed, 0..1 (r)
 * @returns savings per month, in currency
 *
 * @example
 * assistSavings(60000, 4, 0.2) // => 48000
 */
export function assistSavings(humanContacts: number, humanCost: number, ahtReduction: number): number {
  return humanContacts * humanCost * ahtReduction;
}
