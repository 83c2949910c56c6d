import { ramp } from '../formulas/ramp';
import { riskAdjust } from '../formulas/riskAdjust';
import type { BusinessCaseInputs, CustomLine } from '../inputs/schema';
import { Quantity, Scope, evaluate } from './expression';
import { AI_COST_PER_AI_CONTACT, AI_USAGE_PER_MONTH, AUTOMATION_UNIT_VALUE, CatalogueLine, ONE_TIME_COST_FIELDS, lineCatalogue } from './lineCatalogue';
import { effectiveRisk, LineKind } from './lines';
import { isMonthly } from './quantityCatalogue';
import { monthQuantities } from './quantityScope';
import { ScenarioMultipliers } from './scenarios';
import type { ModelLine, MonthlyModel } from './types';
import { pow } from '../portableMath';

/** What a line needs to know about one month (1..H). */
interface MonthState {
  readonly quantity: (name: Quantity) => number;
  /** year of the timeline (1 for months 1..12) and how many months of the horizon it has */
  readonly year: number;
  readonly monthsInYear: number;
}

/** A scope for the pricing scalars, which read inputs only. */
function inputsOnly(inputs: BusinessCaseInputs): Scope {
  return {
    inputs,
    quantity: (name) => {
      throw new Error(`${name} is not known outside a month`);
    },
    custom: () => 0,
  };
}

/** Saving per AI-taken contact under the pricing model (see AUTOMATION_UNIT_VALUE). */
export function automationValuePerAiContact(inputs: BusinessCaseInputs): number {
  return evaluate(AUTOMATION_UNIT_VALUE, inputsOnly(inputs));
}

/** The ai_usage cost line per month: seats or a flat fee; per-contact pricing sits in automation. */
export function aiUsagePerMonth(inputs: BusinessCaseInputs): number {
  return evaluate(AI_USAGE_PER_MONTH, inputsOnly(inputs));
}

/** What the pricing model charges per AI-taken contact, for the blended cost per contact. */
export function aiCostPerAiContact(inputs: BusinessCaseInputs): number {
  return evaluate(AI_COST_PER_AI_CONTACT, inputsOnly(inputs));
}

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
  return (line.amount_per_month ?? 0) * (kind === 'benefit' ? state.quantity('adoption') : 1);
}

/** What a month's expressions read: its quantities and the custom lines. */
function monthScope(inputs: BusinessCaseInputs, state: MonthState): Scope {
  return {
    inputs,
    quantity: state.quantity,
    custom: (kind, slot, part) => {
      const line = (kind === 'benefit' ? inputs.custom_benefits : inputs.custom_costs)[slot - 1];
      return part === 'initial' ? line.initial : customLineAmount(line, kind, state);
    },
  };
}

/** A catalogue line's label and risk for these inputs: a custom line takes the user's. */
function lineIdentity(line: CatalogueLine, inputs: BusinessCaseInputs): { label: string; risk: number } {
  if ('input' in line.risk) return { label: line.label, risk: effectiveRisk(inputs[line.risk.input], line.kind, inputs) };
  const custom = (line.kind === 'benefit' ? inputs.custom_benefits : inputs.custom_costs)[line.risk.customSlot - 1];
  return { label: custom.label, risk: effectiveRisk(custom.risk, line.kind, inputs) };
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
  return pow(1 + inputs.discount_rate, -periods);
}

/** Month 0: nothing runs, so every monthly quantity is 0; the scalars (one-time costs' multiplier) are the case's. */
function monthZero(inputs: BusinessCaseInputs, multipliers: ScenarioMultipliers): MonthState {
  const scalars = monthQuantities(inputs, { month: 0, adoption: 0, multipliers });
  return { quantity: (name) => (isMonthly(name) ? 0 : scalars(name)), year: 0, monthsInYear: 0 };
}

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
export function buildMonthlyModel(
  inputs: BusinessCaseInputs,
  multipliers: ScenarioMultipliers,
  catalogue: readonly CatalogueLine[] = lineCatalogue({ benefit: inputs.custom_benefits.length, cost: inputs.custom_costs.length }),
): MonthlyModel {
  const months = inputs.horizon_months;
  const goLive = inputs.implementation_months + 1;
  const states: MonthState[] = [monthZero(inputs, multipliers)];
  for (let m = 1; m <= months; m++) {
    const year = timelineYear(m);
    const quantity = monthQuantities(inputs, { month: m, adoption: ramp(m, goLive, inputs.ramp_months, inputs.ramp_shape), multipliers });
    states.push({ quantity, year, monthsInYear: Math.min(12, months - 12 * (year - 1)) });
  }

  const scopes = states.map((state) => monthScope(inputs, state));
  const lines = catalogue.map((line): ModelLine => {
    const { label, risk } = lineIdentity(line, inputs);
    const unadjusted = scopes.map((scope, m) => {
      const expr = m === 0 ? line.month0 : line.running;
      return expr === undefined ? 0 : evaluate(expr, scope);
    });
    return { id: line.id, kind: line.kind, label, risk, unadjusted, adjusted: unadjusted.map((value) => riskAdjust(value, risk, line.kind)) };
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
    volume: states.map((s) => s.quantity('volume')),
    adoption: states.map((s) => s.quantity('adoption')),
    deflection: states.map((s) => s.quantity('deflection')),
    aiContacts: states.map((s) => s.quantity('aiContacts')),
    humanContacts: states.map((s) => s.quantity('humanContacts')),
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
