/**
 * Replacement costs avoided when fewer agents leave: agents·attrition_reduction·replacement_cost.
 *
 * @param agents - agents on the team
 * @param attritionReduction - fewer agents leaving per year, as a fraction of agents
 * @param replacementCost - cost to recruit and onboard one agent
 * @returns savings per year, in currency
 *
 * @example
 * attritionSavings(200, 0.1, 8000) // => 160000
 */
export function attritionSavings(agents: number, attritionReduction: number, replacementCost: number): number {
  return agents * attritionReduction * replacementCost;
}
