import { ramp } from '../formulas/ramp';
import { reviewCost } from '../formulas/reviewCost';
import { riskAdjust } from '../formulas/riskAdjust';
import type { BusinessCaseInputs, CustomLine } from '../inputs/schema';
import { customLineId, effectiveRisk, LINE_LABELS, LINE_RISK_INPUT, LineId, LineKind, StandardLineId } from './lines';
import { ScenarioMultipliers, scenarioDrivers } from './scenarios';
import type { ModelLine, MonthlyModel } from './types';

/** What a line needs to know about one month (1..H). */
interface MonthState {
  readonly volume: number;
  readonly adoption: number;
  readonly aiContacts: number;
  readonly humanContacts: number;
  /** year of the timeline (1 for months 1..12) and how many months of the horizon it has */
  readonly year: number;
  readonly monthsInYear: number;
}

interface LineDefinition {
  readonly id: LineId;
  readonly kind: LineKind;
  readonly label: string;
  readonly risk: number;
  /** the amount of month 0 (one-time costs, a custom cost's initial amount) */
  readonly month0: number;
  /** the amount of a month 1..H */
  readonly running: (state: MonthState) => number;
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

/**
 * A custom line's amount in a month: a per-year amount spread evenly over the months the
 * horizon has of that year (taken as given: no ramp), or the monthly amount scaled by adoption
 * for benefits (costs run in full from month 1).
 */
function customLineAmount(line: CustomLine, kind: LineKind, state: MonthState): number {
  if (line.amounts_per_year !== null) return (line.amounts_per_year[state.year - 1] ?? 0) / state.monthsInYear;
  return (line.amount_per_month ?? 0) * (kind === 'benefit' ? state.adoption : 1);
}

function customLineDefinitions(inputs: BusinessCaseInputs, kind: LineKind, costMultiplier: number): LineDefinition[] {
  const lines = kind === 'benefit' ? inputs.custom_benefits : inputs.custom_costs;
  const scale = kind === 'cost' ? costMultiplier : 1;
  return lines.map((line, index) => ({
    id: kind === 'benefit' ? customLineId('benefit', index) : customLineId('cost', index),
    kind,
    label: line.label,
    risk: effectiveRisk(line.risk, kind, inputs),
    month0: kind === 'cost' ? line.initial * scale : 0,
    running: (state) => customLineAmount(line, kind, state) * scale,
  }));
}

function lineDefinitions(inputs: BusinessCaseInputs, multipliers: ScenarioMultipliers, ahtReduction: number): LineDefinition[] {
  const standard = (id: StandardLineId, kind: LineKind, running: LineDefinition['running'], month0 = 0): LineDefinition => ({
    id,
    kind,
    label: LINE_LABELS[id],
    risk: effectiveRisk(inputs[LINE_RISK_INPUT[id]] as number | null, kind, inputs),
    month0,
    running,
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
    standard('automation', 'benefit', (s) => s.aiContacts * perAiContact),
    standard('assist', 'benefit', (s) => s.humanContacts * ch * ahtReduction * s.adoption),
    standard('upsell', 'benefit', (s) => upsellPerMonth * s.adoption),
    standard('retention', 'benefit', (s) => retentionPerMonth * s.adoption),
    standard('attrition', 'benefit', (s) => attritionPerMonth * s.adoption),
    ...customLineDefinitions(inputs, 'benefit', cost),
    standard('one_time', 'cost', () => 0, oneTime),
    standard('ai_usage', 'cost', () => aiUsage),
    standard('subscription', 'cost', () => subscription),
    standard('monitoring', 'cost', () => monitoring),
    standard('review', 'cost', (s) =>
      reviewCost(s.aiContacts, inputs.review_share, inputs.minutes_per_review, inputs.reviewer_hourly_cost) * cost),
    ...customLineDefinitions(inputs, 'cost', cost),
  ];
}

/** Year of the timeline: 0 for month 0, 1 for months 1..12, … */
export function timelineYear(month: number): number {
  return Math.ceil(month / 12);
}

/**
 * Discount factor of a month: (1 + r)^(−m/12) monthly; (1 + r)^(−year) at the end of each year
 * as Forrester's TEI studies discount. Month 0 is never discounted.
 */
export function discountFactorOf(month: number, inputs: Pick<BusinessCaseInputs, 'discount_rate' | 'discounting'>): number {
  const periods = inputs.discounting === 'annual_end_of_year' ? timelineYear(month) : month / 12;
  return Math.pow(1 + inputs.discount_rate, -periods);
}

const NOTHING_RUNS: MonthState = { volume: 0, adoption: 0, aiContacts: 0, humanContacts: 0, year: 0, monthsInYear: 0 };

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
    const year = timelineYear(m);
    states.push({ volume, adoption, aiContacts, humanContacts: volume - aiContacts * k, year, monthsInYear: Math.min(12, months - 12 * (year - 1)) });
  }

  const lines = lineDefinitions(inputs, multipliers, drivers.ahtReduction).map((definition): ModelLine => {
    const unadjusted = states.map((state, m) => (m === 0 ? definition.month0 : definition.running(state)));
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
  const discountFactor = month.map((m) => discountFactorOf(m, inputs));
  const discountedNet = net.map((value, m) => value * discountFactor[m]);

  return {
    horizonMonths: months,
    month,
    year: month.map(timelineYear),
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
