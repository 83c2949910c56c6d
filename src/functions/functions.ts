import './outsideExcel';
import { runRoiFunction } from './run';

/*
 * The =ROI.* custom functions. Each is a thin adapter: the parameter table in
 * src/core/roiFunctions/specs.ts validates and computes; these declarations exist so the
 * metadata generator can read names, help text and parameter types from their JSDoc.
 * Optional arguments arrive from Excel as null, never undefined: the core treats both as omitted.
 * Cash-flow ranges are typed any[][] so blank cells arrive as blanks and are skipped.
 */

/**
 * Savings per period when the AI takes a share of contacts end to end: V·d·(Ch − Ca). Seed: 100000, 4, 40%, 0.5 → 140,000 a month.
 * @customfunction DEFLECTION_SAVINGS
 * @helpurl https://localhost:3000/assets/help.html#deflection_savings
 * @param contacts Contacts in the period (e.g. per month), all channels.
 * @param human_cost Fully loaded cost of one human-handled contact, in currency.
 * @param deflection_rate Share of contacts the AI takes end to end, as a fraction (40% or 0.4).
 * @param ai_cost Cost of one AI-handled contact (platform usage), in currency.
 * @returns Savings in currency per period.
 */
function DEFLECTION_SAVINGS(contacts: number, human_cost: number, deflection_rate: number, ai_cost: number): number {
  return runRoiFunction('DEFLECTION_SAVINGS', [contacts, human_cost, deflection_rate, ai_cost]);
}

/**
 * Savings net of failed containment: V·d·(k·Ch − Ca). A failed AI contact costs the AI usage and a human contact. Equals DEFLECTION_SAVINGS at k = 100%.
 * @customfunction CONTAINED_SAVINGS
 * @helpurl https://localhost:3000/assets/help.html#contained_savings
 * @param contacts Contacts in the period, all channels.
 * @param human_cost Fully loaded cost of one human-handled contact, in currency.
 * @param deflection_rate Share of contacts the AI takes end to end (40% or 0.4).
 * @param ai_cost Cost of one AI-handled contact, in currency.
 * @param containment_rate Share of AI-taken contacts that stay resolved: no reopen, repeat or escalation (85% or 0.85).
 * @returns Savings in currency per period.
 */
function CONTAINED_SAVINGS(
  contacts: number,
  human_cost: number,
  deflection_rate: number,
  ai_cost: number,
  containment_rate: number,
): number {
  return runRoiFunction('CONTAINED_SAVINGS', [contacts, human_cost, deflection_rate, ai_cost, containment_rate]);
}

/**
 * Blended cost of one contact with AI: d·Ca + (1 − d)·Ch + d·(1 − k)·Ch. Seed: 4, 0.5, 40% → 2.60.
 * @customfunction COST_PER_CONTACT
 * @helpurl https://localhost:3000/assets/help.html#cost_per_contact
 * @param human_cost Cost of one human-handled contact, in currency.
 * @param ai_cost Cost of one AI-handled contact, in currency.
 * @param deflection_rate Share of contacts the AI takes (40% or 0.4).
 * @param [containment_rate] Share of AI contacts that stay resolved; 100% if omitted.
 * @returns Cost per contact, in currency.
 */
function COST_PER_CONTACT(human_cost: number, ai_cost: number, deflection_rate: number, containment_rate?: number): number {
  return runRoiFunction('COST_PER_CONTACT', [human_cost, ai_cost, deflection_rate, containment_rate]);
}

/**
 * Agent-assist savings on contacts humans still handle: human_contacts·Ch·r (no double count with deflection).
 * @customfunction ASSIST_SAVINGS
 * @helpurl https://localhost:3000/assets/help.html#assist_savings
 * @param human_contacts Contacts still handled by people in the period (after deflection).
 * @param human_cost Fully loaded cost of one human-handled contact, in currency.
 * @param aht_reduction Share of average handle time removed by agent assist (20% or 0.2).
 * @returns Savings in currency per period.
 */
function ASSIST_SAVINGS(human_contacts: number, human_cost: number, aht_reduction: number): number {
  return runRoiFunction('ASSIST_SAVINGS', [human_contacts, human_cost, aht_reduction]);
}

/**
 * Extra throughput from a shorter handle time: 1/(1 − r) − 1. A 20% shorter handle time gives 25% more capacity.
 * @customfunction AHT_CAPACITY_GAIN
 * @helpurl https://localhost:3000/assets/help.html#aht_capacity_gain
 * @param aht_reduction Share of average handle time removed, below 100% (20% or 0.2).
 * @returns Capacity gain as a fraction (0.25 = 25%).
 */
function AHT_CAPACITY_GAIN(aht_reduction: number): number {
  return runRoiFunction('AHT_CAPACITY_GAIN', [aht_reduction]);
}

/**
 * Agents of extra capacity: agents·(cases_after/cases_before − 1). 200, 50, 60 → 40 (the seed's loose 20%; the exact figure is AHT_CAPACITY_GAIN).
 * @customfunction CAPACITY_FTE
 * @helpurl https://localhost:3000/assets/help.html#capacity_fte
 * @param agents Agents on the team.
 * @param cases_before Cases per agent per day before AI (above 0).
 * @param cases_after Cases per agent per day with AI.
 * @returns Full-time agents of extra capacity.
 */
function CAPACITY_FTE(agents: number, cases_before: number, cases_after: number): number {
  return runRoiFunction('CAPACITY_FTE', [agents, cases_before, cases_after]);
}

/**
 * Incremental upsell value: eligible·(conv_after − conv_before)·order_value·margin. Seed: 50000, 5%, 7%, 100 → 100,000.
 * @customfunction UPSELL_REVENUE
 * @helpurl https://localhost:3000/assets/help.html#upsell_revenue
 * @param eligible Contacts in the period where an offer can be made.
 * @param conversion_before Conversion without AI (5% or 0.05).
 * @param conversion_after Conversion with AI (7% or 0.07).
 * @param order_value Revenue per converted offer, in currency.
 * @param [margin] Profit per unit of revenue; 100% (revenue) if omitted.
 * @returns Value in currency per period.
 */
function UPSELL_REVENUE(
  eligible: number,
  conversion_before: number,
  conversion_after: number,
  order_value: number,
  margin?: number,
): number {
  return runRoiFunction('UPSELL_REVENUE', [eligible, conversion_before, conversion_after, order_value, margin]);
}

/**
 * Revenue kept by lower churn: customers·churn_reduction·revenue_per_customer. Seed: 500000, 200, 1% → 1,000,000 a year.
 * @customfunction RETAINED_REVENUE
 * @helpurl https://localhost:3000/assets/help.html#retained_revenue
 * @param customers Active customers.
 * @param revenue_per_customer Revenue of one customer over the period (usually a year), in currency.
 * @param churn_reduction Fewer customers lost, as a fraction of customers (1 point = 1% or 0.01).
 * @returns Revenue retained in currency over the same period.
 */
function RETAINED_REVENUE(customers: number, revenue_per_customer: number, churn_reduction: number): number {
  return runRoiFunction('RETAINED_REVENUE', [customers, revenue_per_customer, churn_reduction]);
}

/**
 * Replacement costs avoided when fewer agents leave: agents·attrition_reduction·replacement_cost.
 * @customfunction ATTRITION_SAVINGS
 * @helpurl https://localhost:3000/assets/help.html#attrition_savings
 * @param agents Agents on the team.
 * @param attrition_reduction Fewer agents leaving per year, as a fraction of agents (10% or 0.1).
 * @param replacement_cost Cost to recruit, onboard and train one agent, in currency.
 * @returns Savings in currency per year.
 */
function ATTRITION_SAVINGS(agents: number, attrition_reduction: number, replacement_cost: number): number {
  return runRoiFunction('ATTRITION_SAVINGS', [agents, attrition_reduction, replacement_cost]);
}

/**
 * Cost of people reviewing AI answers: ai_contacts·review_share·minutes/60·hourly_cost.
 * @customfunction REVIEW_COST
 * @helpurl https://localhost:3000/assets/help.html#review_cost
 * @param ai_contacts Contacts handled by the AI in the period.
 * @param review_share Share of AI contacts a person reviews (5% or 0.05).
 * @param minutes_per_review Reviewer minutes per reviewed contact.
 * @param hourly_cost Fully loaded reviewer cost per hour, in currency.
 * @returns Review cost in currency per period.
 */
function REVIEW_COST(ai_contacts: number, review_share: number, minutes_per_review: number, hourly_cost: number): number {
  return runRoiFunction('REVIEW_COST', [ai_contacts, review_share, minutes_per_review, hourly_cost]);
}

/**
 * Net annual value: labor + rework + capacity + experience − implementation − operating − review.
 * @customfunction NET_ANNUAL_VALUE
 * @helpurl https://localhost:3000/assets/help.html#net_annual_value
 * @param labor Annual labour savings, in currency.
 * @param rework Avoided rework (reopens, repeat contacts), in currency.
 * @param capacity Value of freed capacity, in currency.
 * @param experience Customer-experience value (retention, upsell), in currency.
 * @param implementation Implementation cost counted in the year, in currency.
 * @param operating Operating cost (platform, hosting, maintenance), in currency.
 * @param review Human review cost, in currency.
 * @returns Net value in currency per year.
 */
function NET_ANNUAL_VALUE(
  labor: number,
  rework: number,
  capacity: number,
  experience: number,
  implementation: number,
  operating: number,
  review: number,
): number {
  return runRoiFunction('NET_ANNUAL_VALUE', [labor, rework, capacity, experience, implementation, operating, review]);
}

/**
 * Return on investment: (benefits − costs)/costs, as a fraction. Seed: 1680000, 400000 → 3.2 (320%). Costs of 0 give #DIV/0!.
 * @customfunction ROI
 * @helpurl https://localhost:3000/assets/help.html#roi
 * @param benefits Total benefits, in currency.
 * @param costs Total costs, in currency (above 0).
 * @returns ROI as a fraction (format as %).
 */
function ROI(benefits: number, costs: number): number {
  return runRoiFunction('ROI', [benefits, costs]);
}

/**
 * Benefits per unit of cost: benefits/costs ("3.50 back per 1 spent" = 3.5). Costs of 0 give #DIV/0!.
 * @customfunction BENEFIT_COST_RATIO
 * @helpurl https://localhost:3000/assets/help.html#benefit_cost_ratio
 * @param benefits Total benefits, in currency.
 * @param costs Total costs, in currency (above 0).
 * @returns Benefit/cost ratio.
 */
function BENEFIT_COST_RATIO(benefits: number, costs: number): number {
  return runRoiFunction('BENEFIT_COST_RATIO', [benefits, costs]);
}

/**
 * Forrester TEI risk adjustment, always against the case: a benefit becomes value − |value|·risk, a cost value + |value|·risk. A −925,000 benefit at 90% risk → −1,757,500.
 * @customfunction RISK_ADJUST
 * @helpurl https://localhost:3000/assets/help.html#risk_adjust
 * @param value The unadjusted amount, in currency; a negative benefit gets more negative, a negative cost (a credit) smaller.
 * @param risk Risk as a fraction: typically 5–20% for benefits, 5–10% for costs.
 * @param [kind] "benefit" (lowered, default) or "cost" (raised).
 * @returns The risk-adjusted amount, in currency.
 */
function RISK_ADJUST(value: number, risk: number, kind?: string): number {
  return runRoiFunction('RISK_ADJUST', [value, risk, kind]);
}

/**
 * Months to recover an upfront amount from a constant monthly net benefit: upfront/monthly_net. #N/A when it never pays back.
 * @customfunction PAYBACK_MONTHS
 * @helpurl https://localhost:3000/assets/help.html#payback_months
 * @param upfront One-time investment, in currency.
 * @param monthly_net Net benefit per month, in currency.
 * @returns Months to pay back.
 */
function PAYBACK_MONTHS(upfront: number, monthly_net: number): number {
  return runRoiFunction('PAYBACK_MONTHS', [upfront, monthly_net]);
}

/**
 * Periods until cumulative net cash flow first reaches 0, interpolated inside the crossing period. #N/A when it never pays back.
 * @customfunction PAYBACK_PERIOD
 * @helpurl https://localhost:3000/assets/help.html#payback_period
 * @param cash_flows Net cash flows of periods 1..n: a row or a column; blank cells are skipped.
 * @param [initial] Amount at period 0, usually the negative one-time cost; 0 if omitted.
 * @returns Periods (months for monthly flows) to pay back.
 */
function PAYBACK_PERIOD(cash_flows: any[][], initial?: number): number {
  return runRoiFunction('PAYBACK_PERIOD', [cash_flows, initial]);
}

/**
 * Net present value: initial + Σ cf_t/(1+p)^t with p = (1+annual_rate)^(1/periods_per_year) − 1. Unlike Excel's NPV, the initial amount is not discounted.
 * @customfunction NPV
 * @helpurl https://localhost:3000/assets/help.html#npv
 * @param annual_rate Annual discount rate (10% or 0.1).
 * @param cash_flows Net cash flows of periods 1..n: a row or a column; blank cells are skipped like Excel's NPV.
 * @param [initial] Amount at period 0, not discounted; 0 if omitted.
 * @param [periods_per_year] Periods in a year: 12 (monthly, default), 4, 1.
 * @returns Net present value, in currency.
 */
function NPV(annual_rate: number, cash_flows: any[][], initial?: number, periods_per_year?: number): number {
  return runRoiFunction('NPV', [annual_rate, cash_flows, initial, periods_per_year]);
}

/**
 * Annual internal rate of return of periodic cash flows (the first at period 0): (1 + irr per period)^periods_per_year − 1. With one sign change there is exactly one IRR, returned whatever the guess; with several, the one reached from guess (without one, the root nearest a plausible rate): use ROI.MIRR for such flows. #NUM! without a sign change or solution.
 * @customfunction IRR
 * @helpurl https://localhost:3000/assets/help.html#irr
 * @param cash_flows_with_t0 Net cash flows, the first at period 0; needs a negative and a positive amount; blanks skipped.
 * @param [periods_per_year] Periods in a year: 12 (monthly, default), 4, 1.
 * @param [guess] Annual rate to start the search from (20% or 0.2); matters only when the flows change sign more than once.
 * @returns Annual IRR as a fraction (format as %).
 */
function IRR(cash_flows_with_t0: any[][], periods_per_year?: number, guess?: number): number {
  return runRoiFunction('IRR', [cash_flows_with_t0, periods_per_year, guess]);
}

/**
 * Modified internal rate of return, annualised like ROI.IRR: Excel's MIRR on the periodic flows at the per-period equivalents of the annual rates, then (1 + mirr per period)^periods_per_year − 1. One value however often the flows change sign. #DIV/0! without both a negative and a positive amount.
 * @customfunction MIRR
 * @helpurl https://localhost:3000/assets/help.html#mirr
 * @param cash_flows_with_t0 Net cash flows, the first at period 0; needs a negative and a positive amount; blanks skipped.
 * @param finance_rate Annual rate paid on the money invested, the negative flows (10% or 0.1).
 * @param reinvest_rate Annual rate earned by reinvesting the positive flows (10% or 0.1).
 * @param [periods_per_year] Periods in a year: 12 (monthly, default), 4, 1.
 * @returns Annual MIRR as a fraction (format as %).
 */
function MIRR(cash_flows_with_t0: any[][], finance_rate: number, reinvest_rate: number, periods_per_year?: number): number {
  return runRoiFunction('MIRR', [cash_flows_with_t0, finance_rate, reinvest_rate, periods_per_year]);
}

/**
 * Adoption in a month, 0 before go-live rising to 1: min(1, (month − go_live_month + 1)/months_to_full), or an S-curve.
 * @customfunction RAMP
 * @helpurl https://localhost:3000/assets/help.html#ramp
 * @param month Month on the timeline (1 = first month).
 * @param go_live_month First month with adoption.
 * @param months_to_full Months from go-live to full adoption (0 or 1 = full at go-live).
 * @param [shape] "linear" (default) or "s_curve" (slow start, same end point).
 * @returns Adoption as a fraction from 0 to 1.
 */
function RAMP(month: number, go_live_month: number, months_to_full: number, shape?: string): number {
  return runRoiFunction('RAMP', [month, go_live_month, months_to_full, shape]);
}

/**
 * Full-time equivalents for a workload: work_hours/(hours_per_fte·occupancy·(1 − shrinkage)).
 * @customfunction FTE
 * @helpurl https://localhost:3000/assets/help.html#fte
 * @param work_hours Hours of handling work in the period (contacts × handle time).
 * @param hours_per_fte Paid hours of one FTE in the same period.
 * @param occupancy Share of available time spent on contacts (85% or 0.85).
 * @param shrinkage Share of paid time not available: leave, training, meetings (30% or 0.3).
 * @returns Full-time equivalents.
 */
function FTE(work_hours: number, hours_per_fte: number, occupancy: number, shrinkage: number): number {
  return runRoiFunction('FTE', [work_hours, hours_per_fte, occupancy, shrinkage]);
}

export {
  DEFLECTION_SAVINGS,
  CONTAINED_SAVINGS,
  COST_PER_CONTACT,
  ASSIST_SAVINGS,
  AHT_CAPACITY_GAIN,
  CAPACITY_FTE,
  UPSELL_REVENUE,
  RETAINED_REVENUE,
  ATTRITION_SAVINGS,
  REVIEW_COST,
  NET_ANNUAL_VALUE,
  ROI,
  BENEFIT_COST_RATIO,
  RISK_ADJUST,
  PAYBACK_MONTHS,
  PAYBACK_PERIOD,
  NPV,
  IRR,
  MIRR,
  RAMP,
  FTE,
};
