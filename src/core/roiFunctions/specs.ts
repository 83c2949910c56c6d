import { ahtCapacityGain } from '../formulas/ahtCapacityGain';
import { assistSavings } from '../formulas/assistSavings';
import { attritionSavings } from '../formulas/attritionSavings';
import { benefitCostRatio } from '../formulas/benefitCostRatio';
import { capacityFte } from '../formulas/capacityFte';
import { containedSavings } from '../formulas/containedSavings';
import { costPerContact } from '../formulas/costPerContact';
import { deflectionSavings } from '../formulas/deflectionSavings';
import { fte } from '../formulas/fte';
import { netAnnualValue } from '../formulas/netAnnualValue';
import { paybackMonths } from '../formulas/paybackMonths';
import { ramp, RampShape } from '../formulas/ramp';
import { retainedRevenue } from '../formulas/retainedRevenue';
import { reviewCost } from '../formulas/reviewCost';
import { riskAdjust, RiskKind } from '../formulas/riskAdjust';
import { roi } from '../formulas/roi';
import { upsellRevenue } from '../formulas/upsellRevenue';
import { irr } from '../finance/irr';
import { mirr } from '../finance/mirr';
import { npv } from '../finance/npv';
import { paybackPeriod } from '../finance/payback';
import { fail, finite, Result } from '../result';
import { NumberSpec } from '../validation/numberSpec';
import { ArgValue, ChoiceParam, FlowsParam, NO_DEFAULT, NumberParam, ParamSpec } from './params';

/**
 * One row per =ROI.* function: its parameters (type, accepted range, default) and the pure
 * function it calls. Validation happens once, from this table, before any math runs.
 */
export interface RoiFunctionSpec {
  readonly name: RoiFunctionName;
  /** what the function computes: Excel's tooltip, docs/functions.md and the help page all show this */
  readonly description: string;
  /** what the result is, in its unit */
  readonly returns: string;
  readonly params: readonly ParamSpec[];
  /** receives arguments already validated against params, in order */
  readonly compute: (args: readonly ArgValue[]) => Result<number>;
}

export type RoiFunctionName =
  | 'DEFLECTION_SAVINGS'
  | 'CONTAINED_SAVINGS'
  | 'COST_PER_CONTACT'
  | 'ASSIST_SAVINGS'
  | 'AHT_CAPACITY_GAIN'
  | 'CAPACITY_FTE'
  | 'UPSELL_REVENUE'
  | 'RETAINED_REVENUE'
  | 'ATTRITION_SAVINGS'
  | 'REVIEW_COST'
  | 'NET_ANNUAL_VALUE'
  | 'ROI'
  | 'BENEFIT_COST_RATIO'
  | 'RISK_ADJUST'
  | 'PAYBACK_MONTHS'
  | 'PAYBACK_PERIOD'
  | 'NPV'
  | 'IRR'
  | 'MIRR'
  | 'RAMP'
  | 'FTE';

const BIG = 1e15;

function number(spec: NumberSpec, description: string, dflt?: NumberParam['default']): NumberParam {
  return dflt === undefined ? { kind: 'number', spec, description } : { kind: 'number', spec, description, default: dflt };
}
const money = (name: string, description: string, min = 0): NumberParam =>
  number({ name, unit: 'money', min, max: BIG }, description);
const signedMoney = (name: string, description: string): NumberParam => money(name, description, -BIG);
const count = (name: string, description: string): NumberParam => number({ name, unit: 'count', min: 0, max: BIG }, description);
const rate = (name: string, description: string): NumberParam => number({ name, unit: 'rate', min: 0, max: 1 }, description);
const flows = (name: string, description: string, minCount = 1): FlowsParam => ({ kind: 'flows', name, minCount, description });
const periodsPerYear: NumberParam = number(
  { name: 'periods_per_year', unit: 'periods', min: 1, max: 366, integer: true },
  'Periods in a year: 12 for monthly flows (default), 4 quarterly, 1 annual.',
  12,
);

const n = (value: ArgValue): number => value as number;

/** Runs a formula and guards the result: no NaN or Infinity ever leaves the core. */
function guarded(name: string, formula: (...args: number[]) => number) {
  return (args: readonly ArgValue[]): Result<number> => finite(formula(...args.map(n)), name);
}

export const ROI_FUNCTIONS: readonly RoiFunctionSpec[] = [
  {
    name: 'DEFLECTION_SAVINGS',
    description: 'Savings per period when the AI takes a share of contacts end to end: V·d·(Ch − Ca). Seed: 100000, 4, 40%, 0.5 → 140,000 a month.',
    returns: 'Savings in currency per period.',
    params: [
      count('contacts', 'Contacts in the period (e.g. per month), all channels.'),
      money('human_cost', 'Fully loaded cost of one human-handled contact, in currency.'),
      rate('deflection_rate', 'Share of contacts the AI takes end to end, as a fraction (40% or 0.4).'),
      money('ai_cost', 'Cost of one AI-handled contact (platform usage), in currency.'),
    ],
    compute: guarded('DEFLECTION_SAVINGS', deflectionSavings),
  },
  {
    name: 'CONTAINED_SAVINGS',
    description: 'Savings net of failed containment: V·d·(k·Ch − Ca). A failed AI contact costs the AI usage and a human contact. Equals DEFLECTION_SAVINGS at k = 100%.',
    returns: 'Savings in currency per period.',
    params: [
      count('contacts', 'Contacts in the period, all channels.'),
      money('human_cost', 'Fully loaded cost of one human-handled contact, in currency.'),
      rate('deflection_rate', 'Share of contacts the AI takes end to end (40% or 0.4).'),
      money('ai_cost', 'Cost of one AI-handled contact, in currency.'),
      rate('containment_rate', 'Share of AI-taken contacts that stay resolved: no reopen, repeat or escalation (85% or 0.85).'),
    ],
    compute: guarded('CONTAINED_SAVINGS', containedSavings),
  },
  {
    name: 'COST_PER_CONTACT',
    description: 'Blended cost of one contact with AI: d·Ca + (1 − d)·Ch + d·(1 − k)·Ch. Seed: 4, 0.5, 40% → 2.60.',
    returns: 'Cost per contact, in currency.',
    params: [
      money('human_cost', 'Cost of one human-handled contact, in currency.'),
      money('ai_cost', 'Cost of one AI-handled contact, in currency.'),
      rate('deflection_rate', 'Share of contacts the AI takes (40% or 0.4).'),
      number({ name: 'containment_rate', unit: 'rate', min: 0, max: 1 }, 'Share of AI contacts that stay resolved; 100% if omitted.', 1),
    ],
    compute: guarded('COST_PER_CONTACT', costPerContact),
  },
  {
    name: 'ASSIST_SAVINGS',
    description: 'Agent-assist savings on contacts humans still handle: human_contacts·Ch·r (no double count with deflection).',
    returns: 'Savings in currency per period.',
    params: [
      count('human_contacts', 'Contacts still handled by people in the period (after deflection).'),
      money('human_cost', 'Fully loaded cost of one human-handled contact, in currency.'),
      rate('aht_reduction', 'Share of average handle time removed by agent assist (20% or 0.2).'),
    ],
    compute: guarded('ASSIST_SAVINGS', assistSavings),
  },
  {
    name: 'AHT_CAPACITY_GAIN',
    description: 'Extra throughput from a shorter handle time: 1/(1 − r) − 1. A 20% shorter handle time gives 25% more capacity.',
    returns: 'Capacity gain as a fraction (0.25 = 25%).',
    params: [rate('aht_reduction', 'Share of average handle time removed, below 100% (20% or 0.2).')],
    compute: (args) =>
      n(args[0]) === 1
        ? fail('divideByZero', 'aht_reduction of 100% means zero handle time: the capacity gain is unbounded.', 'aht_reduction')
        : finite(ahtCapacityGain(n(args[0])), 'AHT_CAPACITY_GAIN'),
  },
  {
    name: 'CAPACITY_FTE',
    description: 'Agents of extra capacity: agents·(cases_after/cases_before − 1). 200, 50, 60 → 40 (the seed\'s loose 20%; the exact figure is AHT_CAPACITY_GAIN).',
    returns: 'Full-time agents of extra capacity.',
    params: [
      count('agents', 'Agents on the team.'),
      count('cases_before', 'Cases per agent per day before AI (above 0).'),
      count('cases_after', 'Cases per agent per day with AI.'),
    ],
    compute: (args) =>
      n(args[1]) === 0
        ? fail('divideByZero', 'cases_before must be above 0: it is the divisor of the capacity gain.', 'cases_before')
        : finite(capacityFte(n(args[0]), n(args[1]), n(args[2])), 'CAPACITY_FTE'),
  },
  {
    name: 'UPSELL_REVENUE',
    description: 'Incremental upsell value: eligible·(conv_after − conv_before)·order_value·margin. Seed: 50000, 5%, 7%, 100 → 100,000.',
    returns: 'Value in currency per period.',
    params: [
      count('eligible', 'Contacts in the period where an offer can be made.'),
      rate('conversion_before', 'Conversion without AI (5% or 0.05).'),
      rate('conversion_after', 'Conversion with AI (7% or 0.07).'),
      money('order_value', 'Revenue per converted offer, in currency.'),
      number({ name: 'margin', unit: 'rate', min: 0, max: 1 }, 'Profit per unit of revenue; 100% (revenue) if omitted.', 1),
    ],
    compute: guarded('UPSELL_REVENUE', upsellRevenue),
  },
  {
    name: 'RETAINED_REVENUE',
    description: 'Revenue kept by lower churn: customers·churn_reduction·revenue_per_customer. Seed: 500000, 200, 1% → 1,000,000 a year.',
    returns: 'Revenue retained in currency over the same period.',
    params: [
      count('customers', 'Active customers.'),
      money('revenue_per_customer', 'Revenue of one customer over the period (usually a year), in currency.'),
      rate('churn_reduction', 'Fewer customers lost, as a fraction of customers (1 point = 1% or 0.01).'),
    ],
    compute: guarded('RETAINED_REVENUE', retainedRevenue),
  },
  {
    name: 'ATTRITION_SAVINGS',
    description: 'Replacement costs avoided when fewer agents leave: agents·attrition_reduction·replacement_cost.',
    returns: 'Savings in currency per year.',
    params: [
      count('agents', 'Agents on the team.'),
      rate('attrition_reduction', 'Fewer agents leaving per year, as a fraction of agents (10% or 0.1).'),
      money('replacement_cost', 'Cost to recruit, onboard and train one agent, in currency.'),
    ],
    compute: guarded('ATTRITION_SAVINGS', attritionSavings),
  },
  {
    name: 'REVIEW_COST',
    description: 'Cost of people reviewing AI answers: ai_contacts·review_share·minutes/60·hourly_cost.',
    returns: 'Review cost in currency per period.',
    params: [
      count('ai_contacts', 'Contacts handled by the AI in the period.'),
      rate('review_share', 'Share of AI contacts a person reviews (5% or 0.05).'),
      number({ name: 'minutes_per_review', unit: 'minutes', min: 0, max: 1440 }, 'Reviewer minutes per reviewed contact.'),
      money('hourly_cost', 'Fully loaded reviewer cost per hour.'),
    ],
    compute: guarded('REVIEW_COST', reviewCost),
  },
  {
    name: 'NET_ANNUAL_VALUE',
    description: 'Net annual value: labor + rework + capacity + experience − implementation − operating − review.',
    returns: 'Net value in currency per year.',
    params: [
      signedMoney('labor', 'Annual labour savings, in currency.'),
      signedMoney('rework', 'Avoided rework (reopens, repeat contacts), in currency.'),
      signedMoney('capacity', 'Value of freed capacity, in currency.'),
      signedMoney('experience', 'Customer-experience value (retention, upsell), in currency.'),
      money('implementation', 'Implementation cost counted in the year, in currency.'),
      money('operating', 'Operating cost (platform, hosting, maintenance), in currency.'),
      money('review', 'Human review cost, in currency.'),
    ],
    compute: guarded('NET_ANNUAL_VALUE', netAnnualValue),
  },
  {
    name: 'ROI',
    description: 'Return on investment: (benefits − costs)/costs, as a fraction. Seed: 1680000, 400000 → 3.2 (320%). Costs of 0 give #DIV/0!.',
    returns: 'ROI as a fraction (format as %).',
    params: [signedMoney('benefits', 'Total benefits, in currency.'), money('costs', 'Total costs, in currency (above 0).')],
    compute: (args) =>
      n(args[1]) === 0
        ? fail('divideByZero', 'ROI needs costs above 0: with no cost the return is undefined.', 'costs')
        : finite(roi(n(args[0]), n(args[1])), 'ROI'),
  },
  {
    name: 'BENEFIT_COST_RATIO',
    description: 'Benefits per unit of cost: benefits/costs ("3.50 back per 1 spent" = 3.5). Costs of 0 give #DIV/0!.',
    returns: 'Benefit/cost ratio.',
    params: [signedMoney('benefits', 'Total benefits, in currency.'), money('costs', 'Total costs, in currency (above 0).')],
    compute: (args) =>
      n(args[1]) === 0
        ? fail('divideByZero', 'BENEFIT_COST_RATIO needs costs above 0.', 'costs')
        : finite(benefitCostRatio(n(args[0]), n(args[1])), 'BENEFIT_COST_RATIO'),
  },
  {
    name: 'RISK_ADJUST',
    description: 'Forrester TEI risk adjustment, always against the case: a benefit becomes value − |value|·risk, a cost value + |value|·risk. A −925,000 benefit at 90% risk → −1,757,500.',
    returns: 'The risk-adjusted amount, in currency.',
    params: [
      signedMoney('value', 'The unadjusted amount, in currency; a negative benefit gets more negative, a negative cost (a credit) smaller.'),
      rate('risk', 'Risk as a fraction: typically 5–20% for benefits, 5–10% for costs.'),
      { kind: 'choice', name: 'kind', choices: ['benefit', 'cost'], default: 'benefit',
        description: '"benefit" (lowered by risk × the absolute value, default) or "cost" (raised by it).' } satisfies ChoiceParam,
    ],
    compute: (args) => finite(riskAdjust(n(args[0]), n(args[1]), args[2] as RiskKind), 'RISK_ADJUST'),
  },
  {
    name: 'PAYBACK_MONTHS',
    description: 'Months to recover an upfront amount from a constant monthly net benefit: upfront/monthly_net. #N/A when it never pays back.',
    returns: 'Months to pay back.',
    params: [money('upfront', 'One-time investment, in currency.'), signedMoney('monthly_net', 'Net benefit per month, in currency.')],
    compute: (args) =>
      n(args[0]) > 0 && n(args[1]) <= 0
        ? fail('neverPaysBack', 'Never pays back: monthly_net must be above 0 to recover the upfront amount.', 'monthly_net')
        : finite(n(args[0]) === 0 ? 0 : paybackMonths(n(args[0]), n(args[1])), 'PAYBACK_MONTHS'),
  },
  {
    name: 'PAYBACK_PERIOD',
    description: 'Periods until cumulative net cash flow first reaches 0, interpolated inside the crossing period. #N/A when it never pays back.',
    returns: 'Periods (months for monthly flows) to pay back.',
    params: [
      flows('cash_flows', 'Net cash flows of periods 1..n: a row or a column; blank cells are skipped.'),
      number({ name: 'initial', unit: 'money', min: -BIG, max: BIG }, 'Amount at period 0, usually the negative one-time cost; 0 if omitted.', 0),
    ],
    compute: (args) => paybackPeriod(args[0] as number[], n(args[1])),
  },
  {
    name: 'NPV',
    description: 'Net present value: initial + Σ cf_t/(1+p)^t with p = (1+annual_rate)^(1/periods_per_year) − 1. Unlike Excel\'s NPV, the initial amount is not discounted.',
    returns: 'Net present value, in currency.',
    params: [
      number({ name: 'annual_rate', unit: 'rate', min: -0.99, max: 1 }, 'Annual discount rate (10% or 0.1).'),
      flows('cash_flows', 'Net cash flows of periods 1..n (a row or a column; blanks skipped like Excel\'s NPV).'),
      number({ name: 'initial', unit: 'money', min: -BIG, max: BIG }, 'Amount at period 0, NOT discounted (unlike Excel\'s NPV); 0 if omitted.', 0),
      periodsPerYear,
    ],
    compute: (args) => finite(npv(n(args[0]), args[1] as number[], n(args[2]), n(args[3])), 'NPV'),
  },
  {
    name: 'IRR',
    description:
      'Annual internal rate of return of periodic flows (the first at period 0): (1+irr_period)^periods − 1. ' +
      'With one sign change the flows have exactly one IRR, returned whatever the guess. With several there can be ' +
      'several IRRs: it returns the one reached from guess (without one, the root nearest a plausible rate); ' +
      'when flows change sign more than once, use ROI.MIRR. #NUM! without a sign change or solution.',
    returns: 'Annual IRR as a fraction (format as %).',
    params: [
      flows('cash_flows_with_t0', 'Net cash flows, the first at period 0; needs a negative and a positive amount; blanks skipped.', 2),
      periodsPerYear,
      number(
        { name: 'guess', unit: 'rate', min: -0.99, max: 1000 },
        'Annual rate to start the search from (20% or 0.2), like the result; it matters only when the flows change sign more than once.',
        NO_DEFAULT,
      ),
    ],
    compute: (args) => irr(args[0] as number[], n(args[1]), args[2] as number | undefined),
  },
  {
    name: 'MIRR',
    description:
      'Modified internal rate of return, annualised like ROI.IRR: Excel\'s MIRR on the periodic flows at the per-period ' +
      'equivalents of the annual rates, then (1+mirr_period)^periods − 1. One value however often the flows change sign; ' +
      '#DIV/0! without both a negative and a positive amount.',
    returns: 'Annual MIRR as a fraction (format as %).',
    params: [
      flows('cash_flows_with_t0', 'Net cash flows, the first at period 0; needs a negative and a positive amount; blanks skipped.', 2),
      number({ name: 'finance_rate', unit: 'rate', min: -0.99, max: 1 }, 'Annual rate paid on the money invested: the cost of financing the negative flows (10% or 0.1).'),
      number({ name: 'reinvest_rate', unit: 'rate', min: -0.99, max: 1 }, 'Annual rate earned by reinvesting the positive flows (10% or 0.1).'),
      periodsPerYear,
    ],
    compute: (args) => mirr(args[0] as number[], n(args[1]), n(args[2]), n(args[3])),
  },
  {
    name: 'RAMP',
    description: 'Adoption in a month, 0 before go-live rising to 1: min(1, (month − go_live_month + 1)/months_to_full), or an S-curve.',
    returns: 'Adoption as a fraction from 0 to 1.',
    params: [
      number({ name: 'month', unit: 'month', min: 0, max: 1200 }, 'Month on the timeline (1 = first month).'),
      number({ name: 'go_live_month', unit: 'month', min: 0, max: 1200 }, 'First month with adoption.'),
      number({ name: 'months_to_full', unit: 'months', min: 0, max: 1200 }, 'Months from go-live to full adoption (0 or 1 = full at go-live).'),
      { kind: 'choice', name: 'shape', choices: ['linear', 's_curve'], default: 'linear',
        description: '"linear" (default) or "s_curve" (slow start, same end point).' } satisfies ChoiceParam,
    ],
    compute: (args) => finite(ramp(n(args[0]), n(args[1]), n(args[2]), args[3] as RampShape), 'RAMP'),
  },
  {
    name: 'FTE',
    description: 'Full-time equivalents for a workload: work_hours/(hours_per_fte·occupancy·(1 − shrinkage)).',
    returns: 'Full-time equivalents.',
    params: [
      number({ name: 'work_hours', unit: 'hours', min: 0, max: BIG }, 'Hours of handling work in the period (contacts × handle time).'),
      number({ name: 'hours_per_fte', unit: 'hours', min: 0, max: BIG, minExclusive: true }, 'Paid hours of one FTE in the same period.'),
      number({ name: 'occupancy', unit: 'rate', min: 0, max: 1, minExclusive: true }, 'Share of available time spent on contacts (85% or 0.85).'),
      number({ name: 'shrinkage', unit: 'rate', min: 0, max: 1, maxExclusive: true }, 'Share of paid time not available (30% or 0.3).'),
    ],
    compute: guarded('FTE', fte),
  },
];

export function roiFunctionSpec(name: RoiFunctionName): RoiFunctionSpec {
  const spec = ROI_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`No ROI function named ${name}`);
  return spec;
}
