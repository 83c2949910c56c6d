import { ramp } from '../formulas/ramp';
import { reviewCost } from '../formulas/reviewCost';
import { riskAdjust } from '../formulas/riskAdjust';
import type { BusinessCaseInputs } from '../inputs/schema';
import { customLineId, effectiveRisk, LINE_LABELS, LINE_RISK_INPUT, LineId, LineKind, StandardLineId } from './lines';
import { ScenarioMultipliers, scenarioDrivers } from './scenarios';
import type { ModelLine, MonthlyModel } from './types';

/** What a line needs to know about one month (1..H). */
interface MonthState {
  readonly volume: number;
  readonly adoption: number;
  readonly aiContacts: number;
  readonly humanContacts: number;
}

interface LineDefinition {
  readonly id: LineId;
  readonly kind: LineKind;
  readonly label: string;
  readonly risk: number;
  /** one-time lines sit in month 0 only; running lines in months 1..H only */
  readonly timing: 'month0' | 'running';
  readonly amount: (state: MonthState) => number;
}

/**
 * Saving per AI-taken contact under the pricing model: per-contact AI usage is netted inside
 * the automation line (as MODEL.md's seed case does); seat and flat-fee pricing have their own
 * cost line, so automation then saves the human cost of the contained contacts only.
 */
export function automationValuePerAiContact(inputs: BusinessCaseInputs): number {
  const k = inputs.containment_rate;
  const ch = inputs.human_cost_per_contact;
  const ca = inputs.ai_cost_per_contact;
  switch (inputs.ai_pricing_model) {
    case 'per_conversation':
      return k * ch - ca;
    case 'per_resolution':
      return k * (ch - ca);
    case 'per_seat':
    case 'platform_fee':
      return k * ch;
  }
}

/** The ai_usage cost line per month: seats or a flat fee; per-contact pricing sits in automation. */
export function aiUsagePerMonth(inputs: BusinessCaseInputs): number {
  switch (inputs.ai_pricing_model) {
    case 'per_seat':
      return inputs.ai_seats * inputs.ai_price_per_seat_per_month;
    case 'platform_fee':
      return inputs.ai_platform_fee_per_month;
    case 'per_conversation':
    case 'per_resolution':
      return 0;
  }
}

/** The one-time cost inputs of month 0, in the order the Inputs sheet lists them. */
export const ONE_TIME_COST_FIELDS = ['implementation_cost', 'integration_cost', 'training_change_cost', 'knowledge_base_cost'] as const;

export function oneTimeCostTotal(inputs: BusinessCaseInputs): number {
  return ONE_TIME_COST_FIELDS.reduce((total, key) => total + inputs[key], 0);
}

function lineDefinitions(inputs: BusinessCaseInputs, multipliers: ScenarioMultipliers, ahtReduction: number): LineDefinition[] {
  const standard = (id: StandardLineId, kind: LineKind, timing: LineDefinition['timing'], amount: LineDefinition['amount']): LineDefinition => ({
    id,
    kind,
    label: LINE_LABELS[id],
    risk: effectiveRisk(inputs[LINE_RISK_INPUT[id]] as number | null, kind, inputs),
    timing,
    amount,
  });
  const ch = inputs.human_cost_per_contact;
  const perAiContact = automationValuePerAiContact(inputs);
  const upsellPerMonth =
    inputs.upsell_eligible_contacts_per_month *
    (inputs.upsell_conversion_after - inputs.upsell_conversion_before) *
    inputs.upsell_order_value *
    inputs.revenue_margin *
    multipliers.revenue;
  const retentionPerMonth =
    ((inputs.customers * inputs.churn_reduction * inputs.revenue_per_customer_per_year * inputs.revenue_margin) / 12) *
    multipliers.revenue;
  const attritionPerMonth = (inputs.agents * inputs.agent_attrition_reduction * inputs.replacement_cost_per_agent) / 12;
  const cost = multipliers.cost;
  const oneTime = oneTimeCostTotal(inputs) * cost;
  const aiUsage = aiUsagePerMonth(inputs) * cost;
  const subscription = (inputs.platform_subscription_per_year / 12) * cost;
  const monitoring = (inputs.monitoring_per_year / 12) * cost;

  return [
    standard('automation', 'benefit', 'running', (s) => s.aiContacts * perAiContact),
    standard('assist', 'benefit', 'running', (s) => s.humanContacts * ch * ahtReduction * s.adoption),
    standard('upsell', 'benefit', 'running', (s) => upsellPerMonth * s.adoption),
    standard('retention', 'benefit', 'running', (s) => retentionPerMonth * s.adoption),
    standard('attrition', 'benefit', 'running', (s) => attritionPerMonth * s.adoption),
    ...inputs.custom_benefits.map((line, index): LineDefinition => ({
      id: customLineId('benefit', index),
      kind: 'benefit',
      label: line.label,
      risk: effectiveRisk(line.risk, 'benefit', inputs),
      timing: 'running',
      amount: (s) => line.amount_per_month * s.adoption,
    })),
    standard('one_time', 'cost', 'month0', () => oneTime),
    standard('ai_usage', 'cost', 'running', () => aiUsage),
    standard('subscription', 'cost', 'running', () => subscription),
    standard('monitoring', 'cost', 'running', () => monitoring),
    standard('review', 'cost', 'running', (s) =>
      reviewCost(s.aiContacts, inputs.review_share, inputs.minutes_per_review, inputs.reviewer_hourly_cost) * cost),
    ...inputs.custom_costs.map((line, index): LineDefinition => ({
      id: customLineId('cost', index),
      kind: 'cost',
      label: line.label,
      risk: effectiveRisk(line.risk, 'cost', inputs),
      timing: 'running',
      amount: () => line.amount_per_month * cost,
    })),
  ];
}

const NOTHING_RUNS: MonthState = { volume: 0, adoption: 0, aiContacts: 0, humanContacts: 0 };

function sumLines(lines: readonly ModelLine[], pick: 'unadjusted' | 'adjusted', months: number): number[] {
  const totals = new Array<number>(months + 1).fill(0);
  for (const line of lines) {
    const values = line[pick];
    for (let m = 0; m <= months; m++) totals[m] += values[m];
  }
  return totals;
}

function runningSum(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

/**
 * The model month by month for one scenario (the base case when every multiplier is 1),
 * exactly as docs/business-case-model.md defines each row.
 */
export function buildMonthlyModel(inputs: BusinessCaseInputs, multipliers: ScenarioMultipliers): MonthlyModel {
  const months = inputs.horizon_months;
  const drivers = scenarioDrivers(inputs, multipliers);
  const goLive = inputs.implementation_months + 1;
  const k = inputs.containment_rate;

  const states: MonthState[] = [NOTHING_RUNS];
  for (let m = 1; m <= months; m++) {
    const volume = inputs.contacts_per_month * Math.pow(1 + inputs.annual_volume_growth, (m - 1) / 12);
    const adoption = ramp(m, goLive, inputs.ramp_months, inputs.ramp_shape);
    const aiContacts = volume * (drivers.deflection * adoption);
    states.push({ volume, adoption, aiContacts, humanContacts: volume - aiContacts * k });
  }

  const lines = lineDefinitions(inputs, multipliers, drivers.ahtReduction).map((definition): ModelLine => {
    const inMonth = (m: number) => (definition.timing === 'month0' ? m === 0 : m > 0);
    const unadjusted = states.map((state, m) => (inMonth(m) ? definition.amount(state) : 0));
    return {
      id: definition.id,
      kind: definition.kind,
      label: definition.label,
      risk: definition.risk,
      unadjusted,
      adjusted: unadjusted.map((value) => riskAdjust(value, definition.risk, definition.kind)),
    };
  });
  const benefitLines = lines.filter((line) => line.kind === 'benefit');
  const costLines = lines.filter((line) => line.kind === 'cost');

  const benefits = sumLines(benefitLines, 'unadjusted', months);
  const benefitsAdjusted = sumLines(benefitLines, 'adjusted', months);
  const costs = sumLines(costLines, 'unadjusted', months);
  const costsAdjusted = sumLines(costLines, 'adjusted', months);
  const net = benefitsAdjusted.map((value, m) => value - costsAdjusted[m]);
  const month = states.map((_, m) => m);
  const discountFactor = month.map((m) => Math.pow(1 + inputs.discount_rate, -m / 12));
  const discountedNet = net.map((value, m) => value * discountFactor[m]);

  return {
    horizonMonths: months,
    month,
    year: month.map((m) => (m === 0 ? 0 : Math.ceil(m / 12))),
    volume: states.map((s) => s.volume),
    adoption: states.map((s) => s.adoption),
    deflection: states.map((s) => drivers.deflection * s.adoption),
    aiContacts: states.map((s) => s.aiContacts),
    humanContacts: states.map((s) => s.humanContacts),
    benefitLines,
    costLines,
    benefits,
    benefitsAdjusted,
    costs,
    costsAdjusted,
    netUnadjusted: benefits.map((value, m) => value - costs[m]),
    net,
    cumulative: runningSum(net),
    discountFactor,
    discountedNet,
    cumulativeDiscounted: runningSum(discountedNet),
  };
}
