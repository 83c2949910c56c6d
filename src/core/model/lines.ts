import type { BusinessCaseInputs } from '../inputs/schema';

/**
 * The ids of the benefit and cost lines (their definitions are in lineCatalogue.ts). Custom lines
 * a user adds get ids custom_benefit_1.., custom_cost_1.. (1-based, like the
 * workbook's input slots) and keep the user's own label.
 */

export const STANDARD_BENEFIT_LINE_IDS = ['automation', 'assist', 'upsell', 'retention', 'attrition'] as const;
export const STANDARD_COST_LINE_IDS = ['one_time', 'ai_usage', 'subscription', 'monitoring', 'review'] as const;

export type StandardBenefitLineId = (typeof STANDARD_BENEFIT_LINE_IDS)[number];
export type StandardCostLineId = (typeof STANDARD_COST_LINE_IDS)[number];
export type StandardLineId = StandardBenefitLineId | StandardCostLineId;
export type CustomBenefitLineId = `custom_benefit_${number}`;
export type CustomCostLineId = `custom_cost_${number}`;
export type BenefitLineId = StandardBenefitLineId | CustomBenefitLineId;
export type CostLineId = StandardCostLineId | CustomCostLineId;
export type LineId = BenefitLineId | CostLineId;
export type LineKind = 'benefit' | 'cost';

/** Id of the custom line at a 0-based position in custom_benefits or custom_costs. */
export function customLineId(kind: 'benefit', index: number): CustomBenefitLineId;
export function customLineId(kind: 'cost', index: number): CustomCostLineId;
export function customLineId(kind: LineKind, index: number): CustomBenefitLineId | CustomCostLineId {
  return kind === 'benefit' ? `custom_benefit_${index + 1}` : `custom_cost_${index + 1}`;
}

/** A line's effective risk: its override, or the default benefit or cost risk when the override is blank. */
export function effectiveRisk(override: number | null, kind: LineKind, inputs: BusinessCaseInputs): number {
  if (override !== null) return override;
  return kind === 'benefit' ? inputs.benefit_risk : inputs.cost_risk;
}
