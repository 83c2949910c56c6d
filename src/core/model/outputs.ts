import { irr } from '../finance/irr';
import { npv } from '../finance/npv';
import { paybackPeriod } from '../finance/payback';
import { benefitCostRatio } from '../formulas/benefitCostRatio';
import { costPerContact } from '../formulas/costPerContact';
import { fte } from '../formulas/fte';
import { reviewCost } from '../formulas/reviewCost';
import { roi } from '../formulas/roi';
import type { BusinessCaseInputs } from '../inputs/schema';
import { fail, finite, Result } from '../result';
import { aiUsagePerMonth } from './monthlyModel';
import type { ScenarioDrivers, ScenarioMultipliers } from './scenarios';
import type { AnnualSummary, CaseOutputs, MonthlyModel } from './types';

function presentValue(rate: number, flows: readonly number[]): number {
  return npv(rate, flows.slice(1), flows[0]);
}

function ratioOverPvCosts(what: string, pvCosts: number, compute: () => number): Result<number> {
  if (pvCosts <= 0) {
    return fail('divideByZero', `${what} is not defined: the present value of costs is 0 (it needs costs above 0).`);
  }
  return finite(compute(), what);
}

/** Payback in months, reworded for the model: n/a says the horizon and where the cumulative flow ends. */
function paybackMonths(flows: readonly number[], what: string): Result<number> {
  const result = paybackPeriod(flows.slice(1), flows[0]);
  if (result.ok || result.error.kind !== 'neverPaysBack') return result;
  const months = flows.length - 1;
  const end = flows.reduce((sum, flow) => sum + flow, 0);
  return fail('neverPaysBack', `${what} is not reached within the ${months}-month horizon: the cumulative flow ends at ${end.toFixed(2)}.`);
}

/** Cost of an AI-taken contact used by the blended cost per contact: what the pricing model charges per contact. */
function aiCostPerAiContact(inputs: BusinessCaseInputs): number {
  switch (inputs.ai_pricing_model) {
    case 'per_conversation':
      return inputs.ai_cost_per_contact;
    case 'per_resolution':
      return inputs.containment_rate * inputs.ai_cost_per_contact;
    case 'per_seat':
    case 'platform_fee':
      return 0;
  }
}

/**
 * Blended cost per contact at full adoption and today's volume, before risk adjustment:
 * humans handle the contacts the AI does not take and the failed containment, in a handle time
 * shortened by r_s; running costs (subscription, monitoring, review, seats or fee) are spread
 * over the month's contacts.
 */
export function costPerContactAfter(inputs: BusinessCaseInputs, drivers: ScenarioDrivers, multipliers: ScenarioMultipliers): number {
  const volume = inputs.contacts_per_month;
  const ch = inputs.human_cost_per_contact;
  const review = reviewCost(volume * drivers.deflection, inputs.review_share, inputs.minutes_per_review, inputs.reviewer_hourly_cost);
  const running =
    (inputs.platform_subscription_per_year / 12 + inputs.monitoring_per_year / 12 + review + aiUsagePerMonth(inputs)) * multipliers.cost;
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
  return presentValue(inputs.discount_rate, monthly.benefitsAdjusted) - presentValue(inputs.discount_rate, monthly.costsAdjusted);
}

export function buildOutputs(
  inputs: BusinessCaseInputs,
  monthly: MonthlyModel,
  annual: AnnualSummary,
  drivers: ScenarioDrivers,
  multipliers: ScenarioMultipliers,
): CaseOutputs {
  const pvBenefits = presentValue(inputs.discount_rate, monthly.benefitsAdjusted);
  const pvCosts = presentValue(inputs.discount_rate, monthly.costsAdjusted);
  const year1 = annual.years[0];
  const people = staffing(inputs, monthly, drivers);
  return {
    pvBenefits,
    pvCosts,
    npv: pvBenefits - pvCosts,
    roiHorizon: ratioOverPvCosts('ROI over the horizon', pvCosts, () => roi(pvBenefits, pvCosts)),
    benefitCostRatio: ratioOverPvCosts('The benefit/cost ratio', pvCosts, () => benefitCostRatio(pvBenefits, pvCosts)),
    irr: irr(monthly.net),
    paybackMonths: paybackMonths(monthly.net, 'Payback'),
    discountedPaybackMonths: paybackMonths(monthly.discountedNet, 'Discounted payback'),
    roiByYear: annual.years.map((year) => year.roi),
    year1Benefits: year1.benefitsAdjusted,
    year1Costs: year1.costsAdjusted,
    year1Roi: year1.roi,
    costPerContactBefore: inputs.human_cost_per_contact,
    costPerContactAfter: costPerContactAfter(inputs, drivers, multipliers),
    fteBefore: people.before,
    fteAfter: people.after,
    fteFreed: people.freed,
  };
}
