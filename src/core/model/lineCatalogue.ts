import { CUSTOM_LINE_LIMIT } from '../inputs/fields';
import type { BusinessCaseInputs } from '../inputs/schema';
import { Expr, byPricing, custom, difference, input, number, per, product, quantity, sum } from './expression';
import { CustomBenefitLineId, CustomCostLineId, LineKind, StandardLineId, customLineId } from './lines';

/**
 * Every benefit and cost line of the business case, declared once. The core model evaluates these
 * expressions, the Model sheet prints them as its formulas, and the batch evaluation runs them
 * over many input sets: adding a line here adds it to all three.
 */

/** The per-line risk overrides (null in the inputs = the default benefit or cost risk). */
export type RiskInputKey = Extract<keyof BusinessCaseInputs, `risk_${string}`>;

export interface CatalogueLine {
  readonly id: StandardLineId | CustomBenefitLineId | CustomCostLineId;
  readonly kind: LineKind;
  /** what every output shows; a custom line shows the user's label instead */
  readonly label: string;
  /** the amount of month 0 (one-time costs), when the line has one */
  readonly month0?: Expr;
  /** the amount of each month 1..H, when the line runs */
  readonly running?: Expr;
  /** where the line's risk comes from: a named override input, or the custom line's own risk */
  readonly risk: { readonly input: RiskInputKey } | { readonly customSlot: number };
}

/**
 * The saving per AI-taken contact under the pricing model: per-contact AI usage is netted inside
 * the automation line; seat and flat-fee pricing have their own cost line, so automation then
 * saves the human cost of the contained contacts only.
 */
export const AUTOMATION_UNIT_VALUE: Expr = byPricing({
  per_conversation: difference(product(input('containment_rate'), input('human_cost_per_contact')), input('ai_cost_per_contact')),
  per_resolution: product(input('containment_rate'), difference(input('human_cost_per_contact'), input('ai_cost_per_contact'))),
  per_seat: product(input('containment_rate'), input('human_cost_per_contact')),
  platform_fee: product(input('containment_rate'), input('human_cost_per_contact')),
});

/** The AI usage cost line per month: seats or a flat fee; per-contact pricing sits in automation. */
export const AI_USAGE_PER_MONTH: Expr = byPricing({
  per_seat: product(input('ai_seats'), input('ai_price_per_seat_per_month')),
  platform_fee: input('ai_platform_fee_per_month'),
  per_conversation: number(0),
  per_resolution: number(0),
});

/** What AI usage costs per AI-taken contact, for the cost per contact after AI. */
export const AI_COST_PER_AI_CONTACT: Expr = byPricing({
  per_conversation: input('ai_cost_per_contact'),
  per_resolution: product(input('containment_rate'), input('ai_cost_per_contact')),
  per_seat: number(0),
  platform_fee: number(0),
});

/** The one-time cost inputs of month 0, in the order the Inputs sheet lists them. */
export const ONE_TIME_COST_FIELDS = ['implementation_cost', 'integration_cost', 'training_change_cost', 'knowledge_base_cost'] as const;

/** The four one-time costs as one amount: the Sensitivity moves them together by replacing this node. */
export const ONE_TIME_COSTS_TOTAL: Expr = sum(...ONE_TIME_COST_FIELDS.map((key) => input(key)));

const adoption = quantity('adoption');
const costs = quantity('costMultiplier');
const perYear = per(number(12));

export const STANDARD_LINES: readonly CatalogueLine[] = [
  { id: 'automation', kind: 'benefit', label: 'Automation savings (AI-taken contacts)', risk: { input: 'risk_deflection' },
    running: product(quantity('aiContacts'), quantity('automationUnitValue')) },
  { id: 'assist', kind: 'benefit', label: 'Agent assist (shorter handle time)', risk: { input: 'risk_assist' },
    running: product(quantity('humanContacts'), input('human_cost_per_contact'), quantity('ahtReduction'), adoption) },
  { id: 'upsell', kind: 'benefit', label: 'Upsell margin', risk: { input: 'risk_upsell' },
    running: product(input('upsell_eligible_contacts_per_month'), difference(input('upsell_conversion_after'), input('upsell_conversion_before')),
      input('upsell_order_value'), input('revenue_margin'), quantity('revenueMultiplier'), adoption) },
  { id: 'retention', kind: 'benefit', label: 'Retained revenue margin', risk: { input: 'risk_retention' },
    running: product(input('customers'), input('churn_reduction'), input('revenue_per_customer_per_year'), input('revenue_margin'), perYear, quantity('revenueMultiplier'), adoption) },
  { id: 'attrition', kind: 'benefit', label: 'Agent attrition savings', risk: { input: 'risk_attrition' },
    running: product(input('agents'), input('agent_attrition_reduction'), input('replacement_cost_per_agent'), perYear, adoption) },
  { id: 'one_time', kind: 'cost', label: 'One-time costs (implementation, integration, training, knowledge base)', risk: { input: 'risk_one_time' },
    month0: product(ONE_TIME_COSTS_TOTAL, costs) },
  { id: 'ai_usage', kind: 'cost', label: 'AI seats or platform fee (pricing model)', risk: { input: 'risk_ai_usage' },
    running: product(AI_USAGE_PER_MONTH, costs) },
  { id: 'subscription', kind: 'cost', label: 'Platform subscription', risk: { input: 'risk_subscription' },
    running: product(input('platform_subscription_per_year'), perYear, costs) },
  { id: 'monitoring', kind: 'cost', label: 'Monitoring and optimisation', risk: { input: 'risk_monitoring' },
    running: product(input('monitoring_per_year'), perYear, costs) },
  { id: 'review', kind: 'cost', label: 'Human review of AI answers', risk: { input: 'risk_review' },
    running: product(quantity('aiContacts'), input('review_share'), input('minutes_per_review'), per(number(60)), input('reviewer_hourly_cost'), costs) },
];

/** The custom line in a slot (1-based): its amount (benefits ramp with adoption inside it), costs scaled like every cost. */
export function customCatalogueLine(kind: LineKind, slot: number): CatalogueLine {
  const id = kind === 'benefit' ? customLineId('benefit', slot - 1) : customLineId('cost', slot - 1);
  const label = `Custom ${kind} ${slot}`;
  if (kind === 'benefit') return { id, kind, label, risk: { customSlot: slot }, running: custom('benefit', slot, 'amount') };
  return { id, kind, label, risk: { customSlot: slot }, month0: product(custom('cost', slot, 'initial'), costs), running: product(custom('cost', slot, 'amount'), costs) };
}

export const CUSTOM_SLOT_NUMBERS: readonly number[] = Array.from({ length: CUSTOM_LINE_LIMIT }, (_, index) => index + 1);

/** Every line in the order every output lists them: benefits, then the custom benefits, costs, then the custom costs. */
export function lineCatalogue(customSlots: { readonly benefit: number; readonly cost: number }): CatalogueLine[] {
  const customs = (kind: LineKind, count: number) => Array.from({ length: count }, (_, index) => customCatalogueLine(kind, index + 1));
  const ofKind = (kind: LineKind) => STANDARD_LINES.filter((line) => line.kind === kind);
  return [...ofKind('benefit'), ...customs('benefit', customSlots.benefit), ...ofKind('cost'), ...customs('cost', customSlots.cost)];
}
