import { irrInBracket } from '../finance/irrSearchBracket';
import { mirr } from '../finance/mirr';
import { countSignChanges, SIGN_CHANGE_ZERO } from '../finance/signChanges';
import { benefitCostRatio } from '../formulas/benefitCostRatio';
import { costPerContact } from '../formulas/costPerContact';
import { fte } from '../formulas/fte';
import { reviewCost } from '../formulas/reviewCost';
import { roi } from '../formulas/roi';
import type { BusinessCaseInputs } from '../inputs/schema';
import { fail, finite, ok, Result } from '../result';
import { presentValue } from './annualSummary';
import { aiCostPerAiContact, aiUsagePerMonth } from './monthlyModel';
import type { ScenarioDrivers, ScenarioMultipliers } from './scenarios';
import type { AnnualSummary, CaseOutputs, MonthlyModel } from './types';

function ratioOverPvCosts(what: string, pvCosts: number, compute: () => number): Result<number> {
  if (pvCosts <= 0) {
    return fail('divideByZero', `${what} is not defined: the present value of costs is 0 (it needs costs above 0).`);
  }
  return finite(compute(), what);
}

/**
 * Payback in months on the cumulative net flow read to the cent, as the workbook's rows read it:
 * the first month whose cumulative, negative before, is ≥ 0, interpolated inside that month;
 * 0 ("immediate") when it is never negative; n/a when it never turns. Reading to the cent keeps
 * floating-point dust (a cumulative of −1e-287) from counting as an investment.
 */
function paybackMonths(flows: readonly number[], what: string): Result<number> {
  let cumulative = 0;
  let everNegative = false;
  for (let m = 0; m < flows.length; m++) {
    const next = cumulative + flows[m];
    if (roundToCents(next) < 0) everNegative = true;
    // At most m: a cumulative that rounds to zero from just below has paid back in this month.
    if (m > 0 && roundToCents(cumulative) < 0 && roundToCents(next) >= 0) return ok(Math.min(m, m - 1 - cumulative / (next - cumulative)));
    cumulative = next;
  }
  if (!everNegative) return ok(0);
  return fail('neverPaysBack', `${what} is not reached within the ${flows.length - 1}-month horizon: the cumulative flow ends at ${groupedMoney(cumulative)}.`);
}

function groupedMoney(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
}

/**
 * A payback that does not last: the first month after payback in which the cumulative flow is
 * below zero again (a later investment, a falling line), named so no reader takes payback for
 * "stays paid back".
 */
export function paybackRelapse(flows: readonly number[], payback: Result<number>, what: string, flow: string): string | null {
  if (!payback.ok) return null;
  let cumulative = 0;
  for (let m = 0; m < flows.length; m++) {
    cumulative += flows[m];
    if (m > payback.value && roundToCents(cumulative) < 0) {
      const end = flows.reduce((sum, flow) => sum + flow, 0);
      return `${what}: the ${flow} falls below zero again in month ${m} after paying back, and ends the horizon at ${groupedMoney(end)}.`;
    }
  }
  return null;
}

/**
 * The flows IRR and MIRR read: monthly net flows (12 a year), or under end-of-year discounting
 * the Initial column and each year's net (1 a year), so that NPV at the IRR is zero under the
 * convention the NPV uses. Rounded to the cent like the workbook's row: floating-point dust
 * (a month-0 flow of −1e-287) must not make a rate out of nothing.
 */
export function periodFlows(inputs: BusinessCaseInputs, monthly: MonthlyModel, annual: AnnualSummary): { flows: number[]; periodsPerYear: number } {
  if (inputs.discounting === 'annual_end_of_year') {
    return { flows: [annual.initial.net, ...annual.years.map((year) => year.net)].map(roundToCents), periodsPerYear: 1 };
  }
  return { flows: monthly.net.map(roundToCents), periodsPerYear: 12 };
}

/** Rounds half away from zero, as Excel's ROUND(x, 2) does. */
function roundToCents(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
}

/** IRR only where it means one thing: exactly one sign change gives exactly one rate. */
export function caseIrr(flows: readonly number[], periodsPerYear: number): Result<number> {
  const changes = countSignChanges(flows);
  if (changes === 0) {
    const positive = flows.some((flow) => flow >= SIGN_CHANGE_ZERO);
    return fail('noSolution', positive
      ? 'IRR needs an investment: the net flows are never negative (nothing to earn a rate on).'
      : 'IRR needs a return: the net flows are never positive.');
  }
  if (changes > 1) return fail('noSolution', `the net flows change sign ${changes} times: IRR is ambiguous; see MIRR.`);
  return irrInBracket(flows, periodsPerYear);
}

/** MIRR at the case's finance and reinvestment rates (each the discount rate unless given). */
export function caseMirr(flows: readonly number[], periodsPerYear: number, inputs: BusinessCaseInputs): Result<number> {
  const finance = inputs.mirr_finance_rate ?? inputs.discount_rate;
  const reinvest = inputs.mirr_reinvest_rate ?? inputs.discount_rate;
  const result = mirr(flows, finance, reinvest, periodsPerYear);
  if (result.ok || result.error.kind !== 'divideByZero') return result;
  return fail('divideByZero', 'MIRR needs net flows with a negative and a positive amount (an investment and a return).');
}

/**
 * Blended cost per contact at full adoption and today's volume, before risk adjustment:
 * humans handle the contacts the AI does not take and the failed containment, in a handle time
 * shortened by r_s; running costs (subscription, monitoring, review, seats or fee) are spread
 * over the month's contacts, the user's own cost lines included (at their last month's amount,
 * the steady state; already scaled by the scenario's cost multiplier).
 */
export function costPerContactAfter(
  inputs: BusinessCaseInputs,
  drivers: ScenarioDrivers,
  multipliers: ScenarioMultipliers,
  customRunningCosts: number,
): number {
  const volume = inputs.contacts_per_month;
  const ch = inputs.human_cost_per_contact;
  const review = reviewCost(volume * drivers.deflection, inputs.review_share, inputs.minutes_per_review, inputs.reviewer_hourly_cost);
  const running =
    (inputs.platform_subscription_per_year / 12 + inputs.monitoring_per_year / 12 + review + aiUsagePerMonth(inputs)) * multipliers.cost +
    customRunningCosts;
  return (
    costPerContact(ch * (1 - drivers.ahtReduction), aiCostPerAiContact(inputs), drivers.deflection, inputs.containment_rate) +
    running / volume
  );
}

interface Staffing {
  readonly before: Result<number>;
  readonly after: Result<number>;
  readonly freed: Result<number>;
}

/** FTE equivalents of the last month: human workload hours over productive hours per FTE. */
function staffing(inputs: BusinessCaseInputs, monthly: MonthlyModel, drivers: ScenarioDrivers): Staffing {
  const last = monthly.horizonMonths;
  const aht = inputs.handle_time_minutes;
  const toFte = (hours: number, what: string) =>
    finite(fte(hours, inputs.paid_hours_per_fte_per_month, inputs.occupancy, inputs.shrinkage), what);
  const before = toFte((monthly.volume[last] * aht) / 60, 'FTE needed without AI');
  const after = toFte((monthly.humanContacts[last] * aht * (1 - drivers.ahtReduction * monthly.adoption[last])) / 60, 'FTE needed with AI');
  const freed = before.ok && after.ok ? finite(before.value - after.value, 'FTE freed') : before.ok ? after : before;
  return { before, after, freed };
}

/** NPV alone, for sensitivity runs that need nothing else. */
export function caseNpv(inputs: BusinessCaseInputs, monthly: MonthlyModel): number {
  return presentValue(monthly.benefitsAdjusted, monthly.discountFactor) - presentValue(monthly.costsAdjusted, monthly.discountFactor);
}

/** The user's own running-cost lines in the last month, before risk: the steady state cost per contact counts. */
function customRunningCosts(monthly: MonthlyModel): number {
  const last = monthly.horizonMonths;
  return monthly.costLines.filter((line) => line.id.startsWith('custom_cost_')).reduce((total, line) => total + line.unadjusted[last], 0);
}

export function buildOutputs(
  inputs: BusinessCaseInputs,
  monthly: MonthlyModel,
  annual: AnnualSummary,
  drivers: ScenarioDrivers,
  multipliers: ScenarioMultipliers,
): CaseOutputs {
  const { benefitsAdjusted: pvBenefits, costsAdjusted: pvCosts } = annual.presentValue;
  const [initial, year1] = [annual.initial, annual.years[0]];
  const people = staffing(inputs, monthly, drivers);
  const period = periodFlows(inputs, monthly, annual);
  const payback = paybackMonths(monthly.net, 'Payback');
  const discountedPayback = paybackMonths(monthly.discountedNet, 'Discounted payback');
  const warnings = [
    paybackRelapse(monthly.net, payback, 'Payback', 'cumulative net cash flow'),
    paybackRelapse(monthly.discountedNet, discountedPayback, 'Discounted payback', 'cumulative discounted cash flow'),
  ];
  return {
    pvBenefits,
    pvCosts,
    npv: pvBenefits - pvCosts,
    roiHorizon: ratioOverPvCosts('ROI over the horizon', pvCosts, () => roi(pvBenefits, pvCosts)),
    benefitCostRatio: ratioOverPvCosts('The benefit/cost ratio', pvCosts, () => benefitCostRatio(pvBenefits, pvCosts)),
    irr: caseIrr(period.flows, period.periodsPerYear),
    mirr: caseMirr(period.flows, period.periodsPerYear, inputs),
    paybackMonths: payback,
    discountedPaybackMonths: discountedPayback,
    paybackWarnings: warnings.filter((warning): warning is string => warning !== null),
    cumulativeAtHorizon: monthly.cumulative[monthly.horizonMonths],
    roiByYear: annual.years.map((year) => year.roi),
    year1Benefits: initial.benefitsAdjusted + year1.benefitsAdjusted,
    year1Costs: initial.costsAdjusted + year1.costsAdjusted,
    year1Roi: year1.roi,
    costPerContactBefore: inputs.human_cost_per_contact,
    costPerContactAfter: costPerContactAfter(inputs, drivers, multipliers, customRunningCosts(monthly)),
    fteBefore: people.before,
    fteAfter: people.after,
    fteFreed: people.freed,
  };
}
