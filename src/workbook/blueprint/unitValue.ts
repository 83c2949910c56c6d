/**
 * Saving per AI-taken contact under the AI pricing model (docs/business-case-model.md,
 * `automation` line): per conversation k·Ch − Ca; per resolution k·(Ch − Ca); per seat or flat
 * fee k·Ch (the AI cost then sits in its own cost line). Arguments are formula fragments, so
 * the Model and the sensitivity variants (with one driver replaced) share this expression.
 */
export function automationUnitValue(k: string, ch: string, ca: string): string {
  return (
    `IF(ai_pricing_model="per_conversation",${k}*${ch}-${ca},` +
    `IF(ai_pricing_model="per_resolution",${k}*(${ch}-${ca}),${k}*${ch}))`
  );
}
