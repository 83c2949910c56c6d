/**
 * Agents' worth of extra capacity when each agent handles more cases:
 * agents·(cases_after/cases_before − 1).
 *
 * @param agents - agents on the team
 * @param casesBefore - cases per agent per day before AI (> 0)
 * @param casesAfter - cases per agent per day with AI
 * @returns full-time agents of extra capacity
 *
 * @example
 * capacityFte(200, 50, 60) // => 40 (the seed article's "~40 more agents")
 */
export function capacityFte(agents: number, casesBefore: number, casesAfter: number): number {
  return agents * (casesAfter / casesBefore - 1);
}
